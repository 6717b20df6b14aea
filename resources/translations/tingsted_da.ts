<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da_DK">
<context>
    <name>Areas</name>
    <message>
        <location filename="../../ui/areas.py" line="27" />
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="30" />
        <source>The assembly at a glance: remit, days, members and what is next.</source>
        <translation>Borgertinget på én side: opgaven, dagene, medlemmerne og hvad der sker nu.</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="34" />
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="37" />
        <source>The members of the assembly: import the roster, check members in on the day, record withdrawals and replacements.</source>
        <translation>Borgertingets medlemmer: indlæs listen, tjek medlemmer ind på dagen, registrér udtrædelser og erstatninger.</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="45" />
        <source>Lottery</source>
        <translation>Lodtrækning</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="48" />
        <source>Draw the members from the pool of respondents by stratified lottery.</source>
        <translation>Træk medlemmerne blandt dem, der har meldt sig, ved stratificeret lodtrækning.</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="52" />
        <source>Tables</source>
        <translation>Borde</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="55" />
        <source>Seat the members at small, diverse tables for each round.</source>
        <translation>Placér medlemmerne ved små, blandede borde i hver runde.</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="59" />
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="62" />
        <source>Plan the days: agenda, experts, presentations and questions.</source>
        <translation>Planlæg dagene: dagsorden, eksperter, oplæg og spørgsmål.</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="66" />
        <source>Recommendations</source>
        <translation>Anbefalinger</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="69" />
        <source>Draft, amend and finalise the assembly's recommendations.</source>
        <translation>Skriv, ændr og færdiggør borgertingets anbefalinger.</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="73" />
        <source>Voting</source>
        <translation>Afstemning</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="76" />
        <source>Vote on the recommendations and show the tally on the projector.</source>
        <translation>Stem om anbefalingerne og vis optællingen på projektoren.</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="80" />
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../../ui/areas.py" line="83" />
        <source>Export the recommendation report, the evaluation and the data behind them.</source>
        <translation>Lav anbefalingsrapporten, evalueringen og data bag dem.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../ui/launcher.py" line="128" />
        <source>The automatic backup failed: {0}</source>
        <translation>Den automatiske sikkerhedskopi mislykkedes: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/launcher.py" line="138" />
        <source>New citizens' assembly</source>
        <translation>Nyt borgerting</translation>
    </message>
    <message>
        <location filename="../../ui/launcher.py" line="164" />
        <source>Welcome to Tingsted</source>
        <translation>Velkommen til Tingsted</translation>
    </message>
    <message>
        <location filename="../../ui/launcher.py" line="168" />
        <source>Open a recent assembly:</source>
        <translation>Åbn et borgerting, du har brugt for nylig:</translation>
    </message>
    <message>
        <location filename="../../ui/launcher.py" line="170" />
        <source>No recent assemblies yet.</source>
        <translation>Du har ikke åbnet nogen borgerting endnu.</translation>
    </message>
    <message>
        <location filename="../../ui/launcher.py" line="187" />
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <location filename="../../ui/launcher.py" line="190" />
        <source>New assembly…</source>
        <translation>Nyt borgerting…</translation>
    </message>
    <message>
        <location filename="../../ui/launcher.py" line="191" />
        <source>Open a file…</source>
        <translation>Åbn en fil…</translation>
    </message>
    <message>
        <location filename="../../ui/launcher.py" line="192" />
        <source>The demo assembly</source>
        <translation>Demo-borgertinget</translation>
    </message>
    <message>
        <location filename="../../ui/launcher.py" line="194" />
        <source>A fresh copy of a complete example assembly to try everything out</source>
        <translation>En frisk kopi af et komplet eksempel på et borgerting, så du kan prøve det hele</translation>
    </message>
    <message>
        <location filename="../../ui/launcher.py" line="228" />
        <source>Open an assembly</source>
        <translation>Åbn et borgerting</translation>
    </message>
    <message>
        <location filename="../../ui/launcher.py" line="230" />
        <location filename="../../ui/launcher.py" line="238" />
        <source>Tingsted assemblies (*.tingsted *.db)</source>
        <translation>Tingsted-borgerting (*.tingsted *.db)</translation>
    </message>
    <message>
        <location filename="../../ui/launcher.py" line="236" />
        <location filename="../../ui/launcher.py" line="244" />
        <source>New assembly</source>
        <translation>Nyt borgerting</translation>
    </message>
    <message>
        <location filename="../../ui/launcher.py" line="245" />
        <source>The assembly's name:</source>
        <translation>Borgertingets navn:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="109" />
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122" />
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123" />
        <source>&amp;New assembly…</source>
        <translation>&amp;Nyt borgerting…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125" />
        <source>&amp;Open…</source>
        <translation>Å&amp;bn…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129" />
        <source>Open &amp;recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132" />
        <source>Save a &amp;backup copy…</source>
        <translation>Gem en &amp;sikkerhedskopi…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136" />
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140" />
        <source>&amp;Go</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147" />
        <source>&amp;Projector</source>
        <translation>&amp;Projektor</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149" />
        <source>Show &amp;projector</source>
        <translation>Vis &amp;projektor</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152" />
        <source>Show or hide the projector window (F5)</source>
        <translation>Vis eller skjul projektorvinduet (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163" />
        <source>(no recent assemblies)</source>
        <translation>(ingen seneste borgerting)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <source>New assembly</source>
        <translation>Nyt borgerting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <location filename="../../ui/main_window.py" line="185" />
        <source>Tingsted assemblies (*.tingsted *.db)</source>
        <translation>Tingsted-borgerting (*.tingsted *.db)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178" />
        <source>Open an assembly</source>
        <translation>Åbn et borgerting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178" />
        <source>Tingsted assemblies (*.tingsted *.db);;All files (*)</source>
        <translation>Tingsted-borgerting (*.tingsted *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185" />
        <source>Save a backup copy</source>
        <translation>Gem en sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192" />
        <source>Backup copy</source>
        <translation>Sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194" />
        <source>Backup copy saved to {0}</source>
        <translation>Sikkerhedskopien er gemt i {0}</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/overview/page.py" line="48" />
        <source>Remit</source>
        <translation>Opgaven</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="58" />
        <source>The assembly in figures</source>
        <translation>Borgertinget i tal</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="63" />
        <source>members</source>
        <translation>medlemmer</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="64" />
        <source>respondents in the pool</source>
        <translation>har meldt sig</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="65" />
        <source>meeting days</source>
        <translation>mødedage</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="66" />
        <source>tables</source>
        <translation>borde</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="67" />
        <source>recommendations</source>
        <translation>anbefalinger</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="68" />
        <source>open ballots</source>
        <translation>åbne afstemninger</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="85" />
        <source>Meeting days</source>
        <translation>Mødedage</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="93" />
        <source>Next on the agenda</source>
        <translation>Næste på dagsordenen</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="107" />
        <source>Plenary</source>
        <translation>Plenum</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="108" />
        <source>Presentation</source>
        <translation>Oplæg</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="109" />
        <source>Table dialogue</source>
        <translation>Borddialog</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="110" />
        <source>Vote</source>
        <translation>Afstemning</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="111" />
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="117" />
        <source>ddd d MMM yyyy</source>
        <translation>ddd d. MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="135" />
        <source>No remit question yet.</source>
        <translation>Opgaven er ikke formuleret endnu.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="137" />
        <source>Commissioned by {0}</source>
        <translation>Bestilt af {0}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="153" />
        <source>held</source>
        <translation>afholdt</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="153" />
        <source>next</source>
        <translation>næste</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="161" />
        <source>Day {0}</source>
        <translation>Dag {0}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="172" />
        <source>No meeting days planned yet. Add them under Program.</source>
        <translation>Ingen mødedage endnu. Tilføj dem under Program.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="176" />
        <source>Day {0}, {1}</source>
        <translation>Dag {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/page.py" line="187" />
        <source>Nothing more on the agenda.</source>
        <translation>Der er ikke mere på dagsordenen.</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../ui/projector/window.py" line="32" />
        <source>Tingsted – projector</source>
        <translation>Tingsted – projektor</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../ui/projector/welcome.py" line="47" />
        <source>dddd d MMMM yyyy</source>
        <translation>dddd 'den' d. MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/projector/welcome.py" line="48" />
        <source>Day {0} · {1}</source>
        <translation>Dag {0} · {1}</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="192" />
        <source>Propose an amendment to {0}</source>
        <translation>Stil et ændringsforslag til {0}</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="196" />
        <source>Against version {0}. Edit the wording below; what changes is shown underneath.</source>
        <translation>Til version {0}. Ret formuleringen herunder; hvad der ændres, vises nederst.</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="208" />
        <source>Why (optional)</source>
        <translation>Hvorfor (valgfrit)</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="210" />
        <source>A name or a table</source>
        <translation>Et navn eller et bord</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="211" />
        <source>(no table)</source>
        <translation>(intet bord)</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="212" />
        <source>&amp;Rationale</source>
        <translation>&amp;Begrundelse</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="213" />
        <source>Proposed &amp;by</source>
        <translation>Stillet &amp;af</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="217" />
        <source>At t&amp;able</source>
        <translation>Ved b&amp;ord</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="224" />
        <source>Propose</source>
        <translation>Stil forslag</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="234" />
        <source>Version {0} (now)</source>
        <translation>Version {0} (nu)</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="235" />
        <source>With this amendment</source>
        <translation>Med dette ændringsforslag</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="252" />
        <source>Amendment to {0} proposed</source>
        <translation>Ændringsforslag til {0} stillet</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../ui/recommendations/compare.py" line="145" />
        <source>Compare versions</source>
        <translation>Sammenlign versioner</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../ui/recommendations/compare.py" line="75" />
        <source>struck through, red</source>
        <translation>overstreget, rødt</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/compare.py" line="76" />
        <source>underlined, green</source>
        <translation>understreget, grønt</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/compare.py" line="77" />
        <source>Removed: {0}</source>
        <translation>Fjernet: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/compare.py" line="78" />
        <source>Added: {0}</source>
        <translation>Tilføjet: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/compare.py" line="131" />
        <source>The two texts are the same.</source>
        <translation>De to tekster er ens.</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/compare.py" line="133" />
        <source>Only punctuation or spacing differs.</source>
        <translation>Kun tegnsætning eller mellemrum er forskellige.</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/compare.py" line="135" />
        <source>1 word added</source>
        <translation>1 ord tilføjet</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/compare.py" line="135" />
        <source>{0} words added</source>
        <translation>{0} ord tilføjet</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/compare.py" line="136" />
        <source>1 word removed</source>
        <translation>1 ord fjernet</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/compare.py" line="136" />
        <source>{0} words removed</source>
        <translation>{0} ord fjernet</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="264" />
        <source>Merge into {0}</source>
        <translation>Læg sammen med {0}</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="272" />
        <source>&amp;Merge this draft</source>
        <translation>&amp;Læg dette udkast</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="273" />
        <source>into</source>
        <translation>sammen med</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="277" />
        <source>The other draft is marked as merged and keeps its history; its initiatives move here. Write the merged wording below.</source>
        <translation>Det andet udkast markeres som lagt sammen og beholder sin historik; dets initiativer flyttes hertil. Skriv den samlede formulering herunder.</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="305" />
        <source>Who wrote the merged text</source>
        <translation>Hvem skrev den samlede tekst</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="306" />
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="307" />
        <source>Merged &amp;text</source>
        <translation>Samlet &amp;tekst</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="308" />
        <source>Written &amp;by</source>
        <translation>Skrevet &amp;af</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="312" />
        <source>Merge</source>
        <translation>Læg sammen</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="321" />
        <source>(no other draft to merge)</source>
        <translation>(intet andet udkast at lægge sammen)</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="333" />
        <source>There is no other draft to merge.</source>
        <translation>Der er intet andet udkast at lægge sammen.</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="338" />
        <source>{0} merged into {1}</source>
        <translation>{0} lagt sammen med {1}</translation>
    </message>
</context>
<context>
    <name>RecommendationDialog</name>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="96" />
        <source>New recommendation</source>
        <translation>Ny anbefaling</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="96" />
        <source>Edit details</source>
        <translation>Ret oplysninger</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="104" />
        <source>A short title, e.g. A youth council</source>
        <translation>En kort titel, fx Et ungeråd</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="109" />
        <source>e.g. Climate</source>
        <translation>fx Klima</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="110" />
        <source>(no table)</source>
        <translation>(intet bord)</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="111" />
        <source>&amp;Code</source>
        <translation>&amp;Kode</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="112" />
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="113" />
        <source>T&amp;heme</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="114" />
        <source>From t&amp;able</source>
        <translation>Fra b&amp;ord</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="121" />
        <source>The recommendation's first draft</source>
        <translation>Anbefalingens første udkast</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="125" />
        <source>One concrete initiative per line (optional)</source>
        <translation>Ét konkret initiativ pr. linje (valgfrit)</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="128" />
        <source>Who wrote it</source>
        <translation>Hvem skrev den</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="129" />
        <source>Te&amp;xt</source>
        <translation>Te&amp;kst</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="130" />
        <source>&amp;Initiatives</source>
        <translation>&amp;Initiativer</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="131" />
        <source>Written &amp;by</source>
        <translation>Skrevet &amp;af</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="135" />
        <source>Create</source>
        <translation>Opret</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="135" />
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="158" />
        <source>Recommendation {0} created</source>
        <translation>Anbefaling {0} oprettet</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="170" />
        <source>Details of {0} saved</source>
        <translation>Oplysninger om {0} gemt</translation>
    </message>
</context>
<context>
    <name>RecommendationListModel</name>
    <message>
        <location filename="../../ui/recommendations/models.py" line="57" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/models.py" line="57" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/models.py" line="57" />
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/models.py" line="57" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/models.py" line="57" />
        <source>Versions</source>
        <translation>Versioner</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/models.py" line="105" />
        <source>From {0}</source>
        <translation>Fra {0}</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/models.py" line="106" />
        <source>1 initiative</source>
        <translation>1 initiativ</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/models.py" line="106" />
        <source>{0} initiatives</source>
        <translation>{0} initiativer</translation>
    </message>
</context>
<context>
    <name>RecommendationStatus</name>
    <message>
        <location filename="../../ui/recommendations/models.py" line="30" />
        <source>Draft</source>
        <translation>Udkast</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/models.py" line="34" />
        <source>1 open amendment</source>
        <translation>1 åbent ændringsforslag</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/models.py" line="35" />
        <source>{0} open amendments</source>
        <translation>{0} åbne ændringsforslag</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/models.py" line="39" />
        <source>Final</source>
        <translation>Endelig</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/models.py" line="42" />
        <source>Merged into {0}</source>
        <translation>Lagt sammen med {0}</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/models.py" line="44" />
        <source>Merged</source>
        <translation>Lagt sammen</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/models.py" line="47" />
        <source>Withdrawn</source>
        <translation>Trukket tilbage</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <location filename="../../ui/recommendations/page.py" line="93" />
        <source>New recommendation…</source>
        <translation>Ny anbefaling…</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="96" />
        <source>Draft a new recommendation (Ctrl+N)</source>
        <translation>Skriv en ny anbefaling (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="99" />
        <source>Import from a spreadsheet…</source>
        <translation>Indlæs fra et regneark…</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="100" />
        <source>Import recommendations from CSV or Excel (code, title, theme, text)</source>
        <translation>Indlæs anbefalinger fra CSV eller Excel (kode, titel, tema, tekst)</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="102" />
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="107" />
        <source>Save as new version</source>
        <translation>Gem som ny version</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="120" />
        <source>No recommendations yet. Draft the assembly's recommendations here: every edit is kept as a version, tables propose amendments, and the final wording goes to the vote.</source>
        <translation>Ingen anbefalinger endnu. Skriv borgertingets anbefalinger her: hver ændring gemmes som en version, bordene stiller ændringsforslag, og den endelige formulering sendes til afstemning.</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="163" />
        <source>Search (Ctrl+F)</source>
        <translation>Søg (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="164" />
        <source>Search the codes, titles, themes and texts (Ctrl+F)</source>
        <translation>Søg i koder, titler, temaer og tekster (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="171" />
        <source>Show one theme only</source>
        <translation>Vis kun ét tema</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="204" />
        <source>Import…</source>
        <translation>Indlæs…</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="213" />
        <source>Choose a recommendation on the left.</source>
        <translation>Vælg en anbefaling til venstre.</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="241" />
        <source>Edit…</source>
        <translation>Ret…</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="241" />
        <source>Edit the code, title, theme and origin table</source>
        <translation>Ret kode, titel, tema og bordet, den kommer fra</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="244" />
        <source>Merge…</source>
        <translation>Læg sammen…</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="244" />
        <source>Merge another draft into this one</source>
        <translation>Læg et andet udkast sammen med dette</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="247" />
        <source>Mark final</source>
        <translation>Markér endelig</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="249" />
        <source>The current version becomes the final wording that goes to the vote</source>
        <translation>Den nuværende version bliver den endelige formulering, der sendes til afstemning</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="252" />
        <source>Withdraw</source>
        <translation>Træk tilbage</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="266" />
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="267" />
        <source>Initiatives</source>
        <translation>Initiativer</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="268" />
        <source>Amendments</source>
        <translation>Ændringsforslag</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="269" />
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="270" />
        <source>Minority</source>
        <translation>Mindretal</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="271" />
        <source>Minority statement</source>
        <translation>Mindretalsudtalelse</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="290" />
        <source>Your name</source>
        <translation>Dit navn</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="291" />
        <source>Who made this change</source>
        <translation>Hvem lavede ændringen</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="293" />
        <source>The table the change comes from</source>
        <translation>Bordet, ændringen kommer fra</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="295" />
        <source>Note (optional)</source>
        <translation>Note (valgfri)</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="296" />
        <source>A note about this version, e.g. after the plenary</source>
        <translation>En note om denne version, fx efter plenum</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="299" />
        <source>Keep the old text and save this as a new version (Ctrl+S)</source>
        <translation>Bevar den gamle tekst og gem denne som en ny version (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="323" />
        <source>Concrete initiatives under this recommendation. Double-click one to edit it.</source>
        <translation>Konkrete initiativer under denne anbefaling. Dobbeltklik på et for at rette det.</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="337" />
        <source>A new initiative – press Enter to add it</source>
        <translation>Et nyt initiativ – tryk Enter for at tilføje det</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="339" />
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="345" />
        <source>Up</source>
        <translation>Op</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="345" />
        <source>Move the initiative up</source>
        <translation>Flyt initiativet op</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="347" />
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="347" />
        <source>Move the initiative down</source>
        <translation>Flyt initiativet ned</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="349" />
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="351" />
        <source>Undo remove</source>
        <translation>Fortryd fjern</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="365" />
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="365" />
        <source>Against</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="365" />
        <source>Proposed by</source>
        <translation>Stillet af</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="365" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="365" />
        <source>Rationale</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="374" />
        <source>Propose…</source>
        <translation>Stil forslag…</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="374" />
        <source>Propose an amendment to the current version</source>
        <translation>Stil et ændringsforslag til den nuværende version</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="377" />
        <source>Accept</source>
        <translation>Vedtag</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="377" />
        <source>Its text becomes a new version</source>
        <translation>Dets tekst bliver en ny version</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="379" />
        <source>Reject</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="382" />
        <source>Propose again…</source>
        <translation>Stil igen…</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="384" />
        <source>Start a new amendment against the current version with this amendment's wording</source>
        <translation>Stil et nyt ændringsforslag til den nuværende version med dette forslags formulering</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="388" />
        <source>Compare…</source>
        <translation>Sammenlign…</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="388" />
        <source>Show the change in a large side-by-side view</source>
        <translation>Vis ændringen side om side i stor visning</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="412" />
        <source>Every saved text is kept. Choose one version to compare it with the one before, or two (Ctrl+click) to compare them.</source>
        <translation>Hver gemt tekst bevares. Vælg én version for at sammenligne den med den forrige, eller to (Ctrl+klik) for at sammenligne dem.</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="420" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="420" />
        <source>Saved</source>
        <translation>Gemt</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="420" />
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="420" />
        <source>Table</source>
        <translation>Bord</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="420" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="429" />
        <source>Choose a version to read its text here.</source>
        <translation>Vælg en version for at læse dens tekst her.</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="433" />
        <source>Show two versions side by side</source>
        <translation>Vis to versioner side om side</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="437" />
        <source>Restore</source>
        <translation>Gendan</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="437" />
        <source>Save this older text again as a new version</source>
        <translation>Gem denne ældre tekst igen som en ny version</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="441" />
        <source>Use as final</source>
        <translation>Brug som endelig</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="441" />
        <source>Mark this version as the final wording</source>
        <translation>Markér denne version som den endelige formulering</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="454" />
        <source>A minority's statement, printed beside the recommendation in the report.</source>
        <translation>En mindretalsudtalelse, som trykkes ved anbefalingen i rapporten.</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="463" />
        <source>Save statement</source>
        <translation>Gem udtalelse</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="522" />
        <source>All themes</source>
        <translation>Alle temaer</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="537" />
        <source>{0} of {1} shown</source>
        <translation>{0} af {1} vist</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="539" />
        <source>1 recommendation</source>
        <translation>1 anbefaling</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="539" />
        <source>{0} recommendations</source>
        <translation>{0} anbefalinger</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="616" />
        <source>Merged into {0}</source>
        <translation>Lagt sammen med {0}</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="621" />
        <source>Theme: {0}</source>
        <translation>Tema: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="623" />
        <source>From {0}</source>
        <translation>Fra {0}</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="624" />
        <source>1 version</source>
        <translation>1 version</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="624" />
        <source>{0} versions</source>
        <translation>{0} versioner</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="627" />
        <source>final wording: version {0}</source>
        <translation>endelig formulering: version {0}</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="629" />
        <source>merged from {0}</source>
        <translation>sammenlagt med {0}</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="638" />
        <source>Reopen</source>
        <translation>Genåbn</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="640" />
        <source>Back to draft; the final wording is cleared</source>
        <translation>Tilbage til udkast; den endelige formulering ryddes</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="654" />
        <source>Version {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="660" />
        <source>final wording</source>
        <translation>endelig formulering</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="662" />
        <source>current</source>
        <translation>nuværende</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="668" />
        <source>⚠ Not saved yet</source>
        <translation>⚠ Ikke gemt endnu</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="699" />
        <source>A newer version was saved meanwhile ({0}); your edit is not saved yet.</source>
        <translation>En nyere version er gemt i mellemtiden ({0}); din ændring er ikke gemt endnu.</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="701" />
        <source>Your edit is not saved yet (based on {0}).</source>
        <translation>Din ændring er ikke gemt endnu (bygger på {0}).</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="704" />
        <source>No text yet.</source>
        <translation>Ingen tekst endnu.</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="712" />
        <source>This is the final wording. Reopen it for editing to change it.</source>
        <translation>Dette er den endelige formulering. Genåbn den for at ændre den.</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="713" />
        <source>Merged into {0}; its history is kept here.</source>
        <translation>Lagt sammen med {0}; dens historik bevares her.</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="714" />
        <source>Withdrawn. Restore it to edit it again.</source>
        <translation>Trukket tilbage. Gendan den for at rette den igen.</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="720" />
        <source>(no table)</source>
        <translation>(intet bord)</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="732" />
        <source>Initiative {0}</source>
        <translation>Initiativ {0}</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="740" />
        <source>Initiatives ({0})</source>
        <translation>Initiativer ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="751" />
        <source>Outdated (text now at version {0})</source>
        <translation>Forældet (teksten er nu version {0})</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="754" />
        <source>Proposed</source>
        <translation>Stillet</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="757" />
        <source>Accepted</source>
        <translation>Vedtaget</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="760" />
        <source>Rejected</source>
        <translation>Forkastet</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="764" />
        <source>version {0}</source>
        <translation>version {0}</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="780" />
        <source>Amendments ({0} open)</source>
        <translation>Ændringsforslag (åbne: {0})</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="789" />
        <source>final</source>
        <translation>endelig</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="801" />
        <source>History ({0})</source>
        <translation>Historik ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="807" />
        <source>Not done: {0}</source>
        <translation>Ikke udført: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="873" />
        <source>New version of {0} saved</source>
        <translation>Ny version af {0} gemt</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="882" />
        <source>{0} reopened for editing</source>
        <translation>{0} genåbnet</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="885" />
        <source>the text has unsaved changes; save them as a new version first.</source>
        <translation>teksten har ændringer, der ikke er gemt; gem dem som en ny version først.</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="887" />
        <source>Final wording of {0} marked</source>
        <translation>Den endelige formulering af {0} er markeret</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="894" />
        <source>{0} restored as a draft</source>
        <translation>{0} gendannet som udkast</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="896" />
        <source>{0} withdrawn</source>
        <translation>{0} trukket tilbage</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="905" />
        <source>Minority statement of {0} saved</source>
        <translation>Mindretalsudtalelsen til {0} er gemt</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="928" />
        <source>Initiative added to {0}</source>
        <translation>Initiativ tilføjet til {0}</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="941" />
        <source>Initiative changed</source>
        <translation>Initiativ ændret</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="949" />
        <source>Initiative moved</source>
        <translation>Initiativ flyttet</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="957" />
        <source>Initiative removed</source>
        <translation>Initiativ fjernet</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="967" />
        <source>Initiative put back</source>
        <translation>Initiativ sat tilbage</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="995" />
        <source>No amendments yet. A table can propose a change to the current text.</source>
        <translation>Ingen ændringsforslag endnu. Et bord kan foreslå en ændring af den nuværende tekst.</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="1004" />
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="1008" />
        <source>Version ?</source>
        <translation>Version ?</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="1009" />
        <source>Amendment {0} · {1}</source>
        <translation>Ændringsforslag {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="1014" />
        <source>Outdated: proposed against version {0}, but the text has changed since. Accepting it would undo those changes – propose it again on the current text, or reject it.</source>
        <translation>Forældet: stillet til version {0}, men teksten er ændret siden. At vedtage det ville fortryde de ændringer – stil det igen til den nuværende tekst, eller forkast det.</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="1020" />
        <source>Rationale: {0}</source>
        <translation>Begrundelse: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="1046" />
        <source>Amendment {0} accepted: a new version of {1}</source>
        <translation>Ændringsforslag {0} vedtaget: en ny version af {1}</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="1056" />
        <source>Amendment {0} rejected</source>
        <translation>Ændringsforslag {0} forkastet</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="1097" />
        <source>{0}: version {1} and version {2}</source>
        <translation>{0}: version {1} og version {2}</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="1110" />
        <source>{0}: amendment {1}</source>
        <translation>{0}: ændringsforslag {1}</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="1139" />
        <source>Restored from version {0}</source>
        <translation>Gendannet fra version {0}</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="1142" />
        <source>Version {0} of {1} restored as a new version</source>
        <translation>Version {0} af {1} gendannet som ny version</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="1153" />
        <source>Version {0} is the final wording of {1}</source>
        <translation>Version {0} er den endelige formulering af {1}</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="1161" />
        <source>Import recommendations</source>
        <translation>Indlæs anbefalinger</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="1163" />
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Regneark (*.csv *.xlsx);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="1179" />
        <source>Nothing imported</source>
        <translation>Intet indlæst</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="1181" />
        <source>{0} has {1} problem(s); nothing was imported. Fix them and import again.</source>
        <translation>{0} har {1} problem(er); intet blev indlæst. Ret dem og indlæs igen.</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="1195" />
        <source>1 recommendation imported</source>
        <translation>1 anbefaling indlæst</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations/page.py" line="1195" />
        <source>{0} recommendations imported</source>
        <translation>{0} anbefalinger indlæst</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../ui/recommendations/dialogs.py" line="76" />
        <source>Not saved: {0}</source>
        <translation>Ikke gemt: {0}</translation>
    </message>
</context>
</TS>
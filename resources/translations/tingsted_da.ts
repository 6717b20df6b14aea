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
</TS>
<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
    <context>
        <name>AgendaModel</name>
        <message>
            <location filename="../../ui/program/models.py" line="88" />
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="89" />
            <source>Title</source>
            <translation>Tittel</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="90" />
            <source>Duration</source>
            <translation>Varighet</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="91" />
            <source>Responsible</source>
            <translation>Ansvarlig</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="92" />
            <source>Room</source>
            <translation>Rom</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="93" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="120" />
            <source>Now</source>
            <translation>Nå</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="122" />
            <source>After the day's end</source>
            <translation>Etter dagens slutt</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="146" />
            <source>Ends after the day's end</source>
            <translation>Slutter etter dagens slutt</translation>
        </message>
    </context>
    <context>
        <name>AgendaView</name>
        <message>
            <location filename="../../ui/projector/agenda.py" line="86" />
            <source>Program</source>
            <translation>Program</translation>
        </message>
        <message>
            <location filename="../../ui/projector/agenda.py" line="87" />
            <source>The program is not planned yet.</source>
            <translation>Programmet er ikke planlagt ennå.</translation>
        </message>
        <message>
            <location filename="../../ui/projector/agenda.py" line="91" />
            <source>Day {0}</source>
            <translation>Dag {0}</translation>
        </message>
        <message>
            <location filename="../../ui/projector/agenda.py" line="97" />
            <source>The program for this day is not planned yet.</source>
            <translation>Programmet for denne dagen er ikke planlagt ennå.</translation>
        </message>
        <message>
            <location filename="../../ui/projector/agenda.py" line="115" />
            <source>NOW</source>
            <translation>NÅ</translation>
        </message>
        <message>
            <location filename="../../ui/projector/agenda.py" line="115" />
            <source>NEXT</source>
            <translation>NESTE</translation>
        </message>
        <message>
            <location filename="../../ui/projector/agenda.py" line="119" />
            <source>{0} · NOW until {1}, {2} min left</source>
            <translation>{0} · NÅ til {1}, {2} min igjen</translation>
        </message>
        <message>
            <location filename="../../ui/projector/agenda.py" line="122" />
            <source>{0} · we start at {1}</source>
            <translation>{0} · vi begynner kl. {1}</translation>
        </message>
        <message>
            <location filename="../../ui/projector/agenda.py" line="124" />
            <source>That was the program for today. Thank you!</source>
            <translation>Det var dagens program. Takk for i dag!</translation>
        </message>
    </context>
    <context>
        <name>AmendmentDialog</name>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="187" />
            <source>Propose an amendment to {0}</source>
            <translation>Foreslå en endring i {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="191" />
            <source>Against version {0}. Edit the wording below; what changes is shown underneath.</source>
            <translation>Mot versjon {0}. Rediger ordlyden nedenfor; det som endres, vises nederst.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="203" />
            <source>Why (optional)</source>
            <translation>Hvorfor (valgfritt)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="205" />
            <source>A name or a table</source>
            <translation>Et navn eller et bord</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="206" />
            <source>(no table)</source>
            <translation>(intet bord)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="207" />
            <source>&amp;Rationale</source>
            <translation>&amp;Begrunnelse</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="208" />
            <source>Proposed &amp;by</source>
            <translation>Foreslått &amp;av</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="212" />
            <source>At t&amp;able</source>
            <translation>Ved b&amp;ord</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="219" />
            <source>Propose</source>
            <translation>Foreslå</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="229" />
            <source>Version {0} (now)</source>
            <translation>Versjon {0} (nå)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="230" />
            <source>With this amendment</source>
            <translation>Med dette endringsforslaget</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="247" />
            <source>Amendment to {0} proposed</source>
            <translation>Endringsforslag til {0} fremmet</translation>
        </message>
    </context>
    <context>
        <name>Areas</name>
        <message>
            <location filename="../../ui/areas.py" line="27" />
            <source>Overview</source>
            <translation>Oversikt</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="30" />
            <source>The assembly at a glance: remit, days, members and what is next.</source>
            <translation>Innbyggerpanelet på én side: oppdraget, dagene, medlemmene og hva som skjer nå.</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="34" />
            <source>Members</source>
            <translation>Medlemmer</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="37" />
            <source>The members of the assembly: import the roster, check members in on the day, record withdrawals and replacements.</source>
            <translation>Innbyggerpanelets medlemmer: les inn listen, sjekk inn medlemmer på dagen, registrer uttreden og erstatninger.</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="45" />
            <source>Lottery</source>
            <translation>Loddtrekning</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="48" />
            <source>Draw the members from the pool of respondents by stratified lottery.</source>
            <translation>Trekk medlemmene blant de påmeldte ved stratifisert loddtrekning.</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="52" />
            <source>Tables</source>
            <translation>Bord</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="55" />
            <source>Seat the members at small, diverse tables for each round.</source>
            <translation>Plasser medlemmene ved små, blandede bord i hver runde.</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="59" />
            <source>Program</source>
            <translation>Program</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="62" />
            <source>Plan the days: agenda, experts, presentations and questions.</source>
            <translation>Planlegg dagene: dagsorden, eksperter, innlegg og spørsmål.</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="66" />
            <source>Recommendations</source>
            <translation>Anbefalinger</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="69" />
            <source>Draft, amend and finalise the assembly's recommendations.</source>
            <translation>Skriv, endre og ferdigstill innbyggerpanelets anbefalinger.</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="73" />
            <source>Voting</source>
            <translation>Avstemning</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="76" />
            <source>Vote on the recommendations and show the tally on the projector.</source>
            <translation>Stem over anbefalingene og vis opptellingen på prosjektoren.</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="80" />
            <source>Reports</source>
            <translation>Rapporter</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="83" />
            <source>Export the recommendation report, the evaluation and the data behind them.</source>
            <translation>Lag anbefalingsrapporten, evalueringen og dataene bak dem.</translation>
        </message>
    </context>
    <context>
        <name>BallotEditor</name>
        <message>
            <location filename="../../ui/voting/page.py" line="129" />
            <source>Adoption &amp;threshold</source>
            <translation>Vedtaks&amp;terskel</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="144" />
            <source>Secret ballot</source>
            <translation>Hemmelig avstemning</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="145" />
            <source>Who voted is stored apart from what was voted, with nothing linking them</source>
            <translation>Hvem som har stemt, lagres adskilt fra hva det er stemt, uten noe som kobler dem sammen</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="146" />
            <source>Show the count live on the projector</source>
            <translation>Vis opptellingen fortløpende på prosjektoren</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="147" />
            <source>Otherwise the count stays hidden until you reveal it</source>
            <translation>Ellers er opptellingen skjult til du viser den</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="148" />
            <source>Double entry of paper ballots</source>
            <translation>Dobbeltregistrering av stemmesedler</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="149" />
            <source>Two helpers type each paper; a paper counts when both agree</source>
            <translation>To hjelpere taster inn hver stemmeseddel; den teller når begge stemmer overens</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="152" />
            <source>Several dots on one item</source>
            <translation>Flere prikker på samme punkt</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="167" />
            <source>&amp;Title</source>
            <translation>&amp;Tittel</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="169" />
            <source>&amp;Question</source>
            <translation>&amp;Spørsmål</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="171" />
            <source>&amp;Method</source>
            <translation>&amp;Metode</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="175" />
            <source>Dots per member</source>
            <translation>Prikker per medlem</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="173" />
            <source>Percentage &amp;base</source>
            <translation>Prosent&amp;grunnlag</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="178" />
            <source>Meeting &amp;day</source>
            <translation>Møte&amp;dag</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="190" />
            <source>Recommendations voted on</source>
            <translation>Anbefalinger det stemmes over</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="196" />
            <source>Options (double-click a label to edit it)</source>
            <translation>Svaralternativer (dobbeltklikk på en tekst for å endre den)</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="199" />
            <source>Key</source>
            <translation>Tast</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="199" />
            <source>Label</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="199" />
            <source>Support</source>
            <translation>Støtte</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="209" />
            <source>Save ballot</source>
            <translation>Lagre avstemning</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="211" />
            <source>Save the ballot (Ctrl+S)</source>
            <translation>Lagre avstemningen (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="252" />
            <source>No particular day</source>
            <translation>Ingen bestemt dag</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="275" />
            <source>blank</source>
            <translation>blank</translation>
        </message>
    </context>
    <context>
        <name>BallotView</name>
        <message>
            <location filename="../../ui/projector/ballot.py" line="365" />
            <source>Bars: dots per item ({0} dots in all)</source>
            <translation>Søylene: prikker per punkt ({0} prikker i alt)</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="367" />
            <source>Bars: share of {0} that approve</source>
            <translation>Søylene: andel av {0} som støtter</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="242" />
            <source>No ballot chosen</source>
            <translation>Ingen avstemning valgt</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="332" />
            <source>{0} Borda</source>
            <translation>{0} Borda-poeng</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="335" />
            <source>Order by the Schulze method; bars show Borda points.</source>
            <translation>Rekkefølge etter Schulze-metoden; søylene viser Borda-poeng.</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="361" />
            <source>Line: threshold {0} of {1}</source>
            <translation>Streken: terskel {0} av {1}</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="381" />
            <source>{0} of {1} have voted</source>
            <translation>{0} av {1} har stemt</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="385" />
            <location filename="../../ui/projector/ballot.py" line="432" />
            <source>Voting open</source>
            <translation>Avstemningen er åpen</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="403" />
            <source>Support: {0} of {1}</source>
            <translation>Støtte: {0} av {1}</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="411" />
            <source>Adopted</source>
            <translation>Vedtatt</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="411" />
            <source>Not adopted</source>
            <translation>Ikke vedtatt</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="415" />
            <source>valid votes</source>
            <translation>gyldige stemmer</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="416" />
            <source>votes cast</source>
            <translation>avgitte stemmer</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="417" />
            <source>members present</source>
            <translation>fremmøtte medlemmer</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="418" />
            <source>all members</source>
            <translation>alle medlemmer</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="424" />
            <source>Voting has not started yet.</source>
            <translation>Avstemningen har ikke begynt ennå.</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="426" />
            <source>Voting is open. Results are shown when the count is revealed.</source>
            <translation>Avstemningen er åpen. Resultatet vises når opptellingen offentliggjøres.</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="427" />
            <source>Voting is closed. Results are shown shortly.</source>
            <translation>Avstemningen er lukket. Resultatet vises straks.</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="431" />
            <source>Not open yet</source>
            <translation>Ikke åpnet ennå</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="433" />
            <source>Voting closed</source>
            <translation>Avstemningen er lukket</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="434" />
            <source>Final result</source>
            <translation>Endelig resultat</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="436" />
            <source>{0}  ·  {1} of {2} present have voted</source>
            <translation>{0}  ·  {1} av {2} fremmøtte har stemt</translation>
        </message>
    </context>
    <context>
        <name>BoardModel</name>
        <message>
            <location filename="../../ui/tables/board.py" line="118" />
            <source>{0} moved to {1}</source>
            <translation>{0} flyttet til {1}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/board.py" line="140" />
            <source>{0}: seat fixed</source>
            <translation>{0}: plassen er låst</translation>
        </message>
        <message>
            <location filename="../../ui/tables/board.py" line="140" />
            <source>{0}: seat free again</source>
            <translation>{0}: plassen er ledig igjen</translation>
        </message>
        <message>
            <location filename="../../ui/tables/board.py" line="122" />
            <source>Not moved: {0}</source>
            <translation>Ikke flyttet: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/board.py" line="144" />
            <source>Not changed: {0}</source>
            <translation>Ikke endret: {0}</translation>
        </message>
    </context>
    <context>
        <name>CheckinView</name>
        <message>
            <location filename="../../ui/members/checkin.py" line="74" />
            <source>Check-in needs meeting days. Plan the days in the Program area, then come back here.</source>
            <translation>Innsjekking krever møtedager. Planlegg dagene under Program, og kom så tilbake hit.</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="86" />
            <source>Meeting day</source>
            <translation>Møtedag</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="89" />
            <source>The day members are checked in for</source>
            <translation>Dagen medlemmene sjekkes inn for</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="101" />
            <source>Member number or first letters of the name</source>
            <translation>Medlemsnummer eller navnets første bokstaver</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="104" />
            <source>Type a number or a name, Enter checks in the top match. Up/Down choose. F2 late · F3 left early · F4 absent · Ctrl+Z undo · Esc clear</source>
            <translation>Skriv et nummer eller et navn; Enter sjekker inn det øverste treffet. Opp/Ned velger. F2 forsinket · F3 gått tidlig · F4 fraværende · Ctrl+Z angre · Esc tøm</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="116" />
            <source>Reason (optional) – Enter saves, Esc cancels</source>
            <translation>Årsak (valgfritt) – Enter lagrer, Esc avbryter</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="145" />
            <source>Check in</source>
            <translation>Sjekk inn</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="145" />
            <source>Check in the top match</source>
            <translation>Sjekk inn det øverste treffet</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="146" />
            <location filename="../../ui/members/checkin.py" line="349" />
            <source>Late</source>
            <translation>Forsinket</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="146" />
            <source>Arrived late (then a reason, Enter)</source>
            <translation>Kom for sent (skriv så en årsak, Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="147" />
            <location filename="../../ui/members/checkin.py" line="349" />
            <source>Left early</source>
            <translation>Gått tidlig</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="147" />
            <source>Left early (then a reason, Enter)</source>
            <translation>Gikk tidlig (skriv så en årsak, Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="150" />
            <location filename="../../ui/members/checkin.py" line="349" />
            <source>Absent</source>
            <translation>Fraværende</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="152" />
            <source>Absent (then a reason, Enter)</source>
            <translation>Fraværende (skriv så en årsak, Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="155" />
            <source>Undo</source>
            <translation>Angre</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="155" />
            <source>Undo the last check-in</source>
            <translation>Angre den siste innsjekkingen</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="180" />
            <source>Here now</source>
            <translation>Til stede nå</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="212" />
            <source>Ready: type a number or a name</source>
            <translation>Klar: skriv et nummer eller et navn</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="225" />
            <source>Day {0} – {1}</source>
            <translation>Dag {0} – {1}</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="259" />
            <source>not checked in</source>
            <translation>ikke sjekket inn</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="261" />
            <source>✓ here</source>
            <translation>✓ til stede</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="262" />
            <source>✓ here (late)</source>
            <translation>✓ til stede (forsinket)</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="263" />
            <location filename="../../ui/members/checkin.py" line="388" />
            <source>left early</source>
            <translation>gått tidlig</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="264" />
            <location filename="../../ui/members/checkin.py" line="388" />
            <source>absent</source>
            <translation>fraværende</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="272" />
            <source> · table {0}</source>
            <translation> · bord {0}</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="278" />
            <location filename="../../ui/members/checkin.py" line="321" />
            <source>No member matches “{0}”</source>
            <translation>Ingen medlemmer passer til «{0}»</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="325" />
            <location filename="../../ui/members/checkin.py" line="383" />
            <source>Table {0}</source>
            <translation>Bord {0}</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="328" />
            <source>{0} is already checked in {1}</source>
            <translation>{0} er allerede sjekket inn {1}</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="336" />
            <source>{0} has been recorded as left early</source>
            <translation>{0} er registrert som gått tidlig</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="337" />
            <source>Ctrl+Z undoes it if that was a slip</source>
            <translation>Ctrl+Z angrer hvis det var en feil</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="346" />
            <source>First type a number or a name, then the key.</source>
            <translation>Skriv først et nummer eller et navn, og trykk så på tasten.</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="383" />
            <source>No table today yet</source>
            <translation>Intet bord i dag ennå</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="385" />
            <source>✓ {0} checked in</source>
            <translation>✓ {0} er sjekket inn</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="386" />
            <source>{0} (no. {1}) checked in</source>
            <translation>{0} (nr. {1}) sjekket inn</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="388" />
            <source>late</source>
            <translation>forsinket</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="392" />
            <source>{0} (no. {1}) recorded as {2}</source>
            <translation>{0} (nr. {1}) registrert som {2}</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="401" />
            <source>Nothing to undo</source>
            <translation>Ingenting å angre</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="410" />
            <source>Undone: {0} ({1})</source>
            <translation>Angret: {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="411" />
            <source>Check-in of {0} undone</source>
            <translation>Innsjekkingen av {0} er angret</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="439" />
            <source>{0} / {1}</source>
            <translation>{0} / {1}</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="441" />
            <source>present {0} · late {1} · left early {2} · absent {3} · not yet {4}</source>
            <translation>til stede {0} · forsinket {1} · gått tidlig {2} · fraværende {3} · mangler {4}</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="455" />
            <source>⚠ behind</source>
            <translation>⚠ på etterskudd</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="457" />
            <source>Fewer of these members are here than of the assembly as a whole</source>
            <translation>Færre av disse medlemmene har kommet enn av innbyggerpanelet som helhet</translation>
        </message>
        <message>
            <source>Type a number or a name, Enter checks in the member. Up/Down choose. F2 late · F3 left early · F4 absent · Ctrl+Z undo · Esc clear</source>
            <translation>Skriv et nummer eller et navn; Enter sjekker inn medlemmet. Opp/Ned velger. F2 forsinket · F3 gikk tidlig · F4 fraværende · Ctrl+Z angre · Esc tøm</translation>
        </message>
        <message>
            <source>Enter saves · Esc cancels</source>
            <translation>Enter lagrer · Esc avbryter</translation>
        </message>
        <message>
            <source>Reason (optional)</source>
            <translation>Årsak (valgfritt)</translation>
        </message>
        <message>
            <source>Check in the chosen member</source>
            <translation>Sjekk inn det valgte medlemmet</translation>
        </message>
        <message>
            <source>{0} members match “{1}” – which one?</source>
            <translation>{0} medlemmer passer med «{1}» – hvem av dem?</translation>
        </message>
        <message>
            <source>Choose with ↓ ↑ and press Enter, or type more of the name or the number</source>
            <translation>Velg med ↓ ↑ og trykk Enter, eller skriv mer av navnet eller nummeret</translation>
        </message>
        <message>
            <source>{0}: {1} – a reason, then Enter</source>
            <translation>{0}: {1} – en årsak, så Enter</translation>
        </message>
        <message>
            <source>Check-in of {0} (no. {1}) undone</source>
            <translation>Innsjekkingen av {0} (nr. {1}) er angret</translation>
        </message>
        <message>
            <source>Late arrival of {0} (no. {1}) undone</source>
            <translation>Forsinket ankomst for {0} (nr. {1}) er angret</translation>
        </message>
        <message>
            <source>“Left early” for {0} (no. {1}) undone</source>
            <translation>«Gikk tidlig» for {0} (nr. {1}) er angret</translation>
        </message>
        <message>
            <source>Absence of {0} (no. {1}) undone</source>
            <translation>Fraværet for {0} (nr. {1}) er angret</translation>
        </message>
        <message>
            <source>Now: not checked in</source>
            <translation>Nå: ikke sjekket inn</translation>
        </message>
        <message>
            <source>Now: {0}</source>
            <translation>Nå: {0}</translation>
        </message>
        <message>
            <source>here</source>
            <translation>til stede</translation>
        </message>
        <message>
            <source>here (late)</source>
            <translation>til stede (forsinket)</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <location filename="../../ui/recommendations/compare.py" line="147" />
            <source>Compare versions</source>
            <translation>Sammenlign versjoner</translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message numerus="yes">
            <location filename="../../ui/recommendations/compare.py" line="1" />
            <source>%n word(s) added</source>
            <translation>
                <numerusform>%n ord lagt til</numerusform>
                <numerusform>%n ord lagt til</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/recommendations/compare.py" line="1" />
            <source>%n word(s) removed</source>
            <translation>
                <numerusform>%n ord fjernet</numerusform>
                <numerusform>%n ord fjernet</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/compare.py" line="77" />
            <source>struck through, red</source>
            <translation>overstreket, rødt</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/compare.py" line="78" />
            <source>underlined, green</source>
            <translation>understreket, grønt</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/compare.py" line="79" />
            <source>Removed: {0}</source>
            <translation>Fjernet: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/compare.py" line="80" />
            <source>Added: {0}</source>
            <translation>Lagt til: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/compare.py" line="133" />
            <source>The two texts are the same.</source>
            <translation>De to tekstene er like.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/compare.py" line="135" />
            <source>Only punctuation or spacing differs.</source>
            <translation>Bare tegnsetting eller mellomrom er forskjellig.</translation>
        </message>
    </context>
    <context>
        <name>CountdownView</name>
        <message>
            <location filename="../../ui/projector/countdown.py" line="52" />
            <source>Time is up</source>
            <translation>Tiden er ute</translation>
        </message>
        <message>
            <location filename="../../ui/projector/countdown.py" line="54" />
            <source>Ready</source>
            <translation>Klar</translation>
        </message>
        <message>
            <location filename="../../ui/projector/countdown.py" line="56" />
            <source>Paused</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../ui/projector/countdown.py" line="58" />
            <source>Last minute</source>
            <translation>Siste minutt</translation>
        </message>
        <message>
            <location filename="../../ui/projector/countdown.py" line="58" />
            <source>Almost done</source>
            <translation>Nesten ferdig</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/projector/countdown.py" line="60" />
            <source>%n minute(s) left</source>
            <translation>
                <numerusform>%n minutt igjen</numerusform>
                <numerusform>%n minutter igjen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DayDialog</name>
        <message>
            <location filename="../../ui/program/page.py" line="97" />
            <source>Edit day</source>
            <translation>Rediger dag</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="97" />
            <source>New meeting day</source>
            <translation>Ny møtedag</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="118" />
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="119" />
            <source>Title</source>
            <translation>Tittel</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="120" />
            <source>Venue</source>
            <translation>Sted</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="121" />
            <source>Starts</source>
            <translation>Begynner</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="122" />
            <source>Ends</source>
            <translation>Slutter</translation>
        </message>
    </context>
    <context>
        <name>EvaluationTab</name>
        <message>
            <location filename="../../ui/reports/page.py" line="451" />
            <source>Survey</source>
            <translation>Spørreskjema</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="460" />
            <source>Title of a new survey, e.g. “Day 1”</source>
            <translation>Tittel på et nytt spørreskjema, f.eks. «Dag 1»</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="462" />
            <source>New survey</source>
            <translation>Nytt spørreskjema</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="475" />
            <source>A new question, e.g. “I felt heard at my table”</source>
            <translation>Et nytt spørsmål, f.eks. «Jeg følte meg hørt ved bordet mitt»</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="477" />
            <source>Scale 1–5 (disagree – agree)</source>
            <translation>Skala 1–5 (uenig – enig)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="478" />
            <source>Free text</source>
            <translation>Fritekst</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="479" />
            <source>Add question</source>
            <translation>Legg til spørsmål</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="493" />
            <source>Answers</source>
            <translation>Svar</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="498" />
            <source>Save this response</source>
            <translation>Lagre denne besvarelsen</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="500" />
            <source>Import answers…</source>
            <translation>Importer svar…</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="502" />
            <source>A CSV or XLSX file: one row per filled-in form, one column per question code</source>
            <translation>En CSV- eller XLSX-fil: én rad per utfylt skjema, én kolonne per spørsmålskode</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="521" />
            <source>Results</source>
            <translation>Resultater</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="546" />
            <source>Whole assembly</source>
            <translation>Hele innbyggerpanelet</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="548" />
            <source>Day {0}</source>
            <translation>Dag {0}</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="553" />
            <source>day {0}</source>
            <translation>dag {0}</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="553" />
            <source>whole assembly</source>
            <translation>hele innbyggerpanelet</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="554" />
            <source>{0} ({1}, {2} responses)</source>
            <translation>{0} ({1}, {2} besvarelser)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="573" />
            <source>No survey yet. Give it a title above and press “New survey”.</source>
            <translation>Intet spørreskjema ennå. Gi det en tittel ovenfor, og trykk «Nytt spørreskjema».</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="574" />
            <source>The results appear here once answers are entered.</source>
            <translation>Resultatene vises her når svar er registrert.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="579" />
            <source>scale</source>
            <translation>skala</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="579" />
            <source>free text</source>
            <translation>fritekst</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="587" />
            <source>The survey has no questions yet; add them below.</source>
            <translation>Spørreskjemaet har ingen spørsmål ennå; legg dem til nedenfor.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="594" />
            <source>(no answer)</source>
            <translation>(intet svar)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reports/page.py" line="608" />
            <source>%n response(s)</source>
            <translation>
                <numerusform>%n besvarelse</numerusform>
                <numerusform>%n besvarelser</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reports/page.py" line="611" />
            <source>{0}: average {1} of {2}, %n answer(s)</source>
            <translation>
                <numerusform>{0}: gjennomsnitt {1} av {2}, %n svar</numerusform>
                <numerusform>{0}: gjennomsnitt {1} av {2}, %n svar</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="660" />
            <source>Survey created</source>
            <translation>Spørreskjema opprettet</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="668" />
            <source>Survey “{0}” created</source>
            <translation>Spørreskjemaet «{0}» er opprettet</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="682" />
            <source>Question added</source>
            <translation>Spørsmål lagt til</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="688" />
            <source>Question {0} added</source>
            <translation>Spørsmål {0} lagt til</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="706" />
            <location filename="../../ui/reports/page.py" line="711" />
            <source>Response saved</source>
            <translation>Besvarelse lagret</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="715" />
            <location filename="../../ui/reports/page.py" line="723" />
            <source>Import answers</source>
            <translation>Importer svar</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="715" />
            <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
            <translation>Regneark (*.csv *.xlsx);;Alle filer (*)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="764" />
            <source>{0} problems in {1}; nothing was imported. Correct the file and import it again.</source>
            <translation>{0} problemer i {1}; ingenting ble importert. Rett filen, og importer den på nytt.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="774" />
            <source>{0} responses imported from {1}</source>
            <translation>{0} besvarelser importert fra {1}</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="726" />
            <source>The survey has {0} responses already. Replace them with the file's answers (e.g. a corrected file), or add the file's answers to them?</source>
            <translation>Spørreskjemaet har allerede {0} besvarelser. Skal filens svar erstatte dem (f.eks. en rettet fil), eller skal de legges til?</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="730" />
            <source>Replace</source>
            <translation>Erstatt</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="731" />
            <source>Add</source>
            <translation>Legg til</translation>
        </message>
    </context>
    <context>
        <name>ExpertsModel</name>
        <message>
            <location filename="../../ui/program/models.py" line="199" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="200" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="201" />
            <source>Organisation</source>
            <translation>Organisasjon</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="202" />
            <source>Perspective</source>
            <translation>Perspektiv</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="203" />
            <source>Presentations</source>
            <translation>Innlegg</translation>
        </message>
    </context>
    <context>
        <name>ExportTab</name>
        <message>
            <location filename="../../ui/reports/page.py" line="342" />
            <source>Data export</source>
            <translation>Dataeksport</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="346" />
            <source>Members, attendance, seatings, recommendations with their versions, ballots and results, and the evaluation answers – with a README that says what each file holds and whether it contains personal data. Members appear by number only unless you include contact data.</source>
            <translation>Medlemmer, fremmøte, bordplasseringer, anbefalinger med versjonene sine, avstemninger og resultater samt evalueringssvarene – med en README som forteller hva hver fil inneholder, og om den har personopplysninger. Medlemmene vises bare med nummer med mindre du tar med kontaktopplysninger.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="354" />
            <source>CSV files</source>
            <translation>CSV-filer</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="355" />
            <source>One Excel workbook (XLSX)</source>
            <translation>Én Excel-arbeidsbok (XLSX)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="364" />
            <source>Include names and contact data (personal data)</source>
            <translation>Ta med navn og kontaktopplysninger (personopplysninger)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="368" />
            <source>⚠ The export will contain personal data. Keep it safe and delete it when it is no longer needed.</source>
            <translation>⚠ Eksporten vil inneholde personopplysninger. Oppbevar den trygt, og slett den når den ikke lenger trengs.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="379" />
            <source>Choose…</source>
            <translation>Velg…</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="381" />
            <source>Folder</source>
            <translation>Mappe</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="386" />
            <source>Export data</source>
            <translation>Eksporter data</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="389" />
            <source>Open folder</source>
            <translation>Åpne mappe</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="406" />
            <source>Export to folder</source>
            <translation>Eksporter til mappe</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="424" />
            <source>Nothing was exported: {0}</source>
            <translation>Ingenting ble eksportert: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="428" />
            <source>with personal data</source>
            <translation>med personopplysninger</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="428" />
            <source>no personal data</source>
            <translation>ingen personopplysninger</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="429" />
            <source>{0} files written to {1} ({2})</source>
            <translation>{0} filer skrevet til {1} ({2})</translation>
        </message>
    </context>
    <context>
        <name>FindTableView</name>
        <message>
            <location filename="../../ui/projector/find_table.py" line="73" />
            <source>Find your table</source>
            <translation>Finn bordet ditt</translation>
        </message>
        <message>
            <location filename="../../ui/projector/find_table.py" line="75" />
            <source> · round {0}</source>
            <translation> · runde {0}</translation>
        </message>
        <message>
            <location filename="../../ui/projector/find_table.py" line="163" />
            <source>No seating yet</source>
            <translation>Ingen bordplassering ennå</translation>
        </message>
    </context>
    <context>
        <name>HandCountForm</name>
        <message>
            <location filename="../../ui/voting/page.py" line="670" />
            <source>Counted at</source>
            <translation>Telt ved</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="679" />
            <source>Save &amp;count</source>
            <translation>Lagre &amp;opptelling</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="692" />
            <source>The whole room (total)</source>
            <translation>Hele salen (i alt)</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="695" />
            <source>Table {0}</source>
            <translation>Bord {0}</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="713" />
            <source>Total</source>
            <translation>I alt</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="758" />
            <source>⚠ More votes than members present ({0}) on {1}.</source>
            <translation>⚠ Flere stemmer enn fremmøtte medlemmer ({0}) på {1}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/voting/page.py" line="764" />
            <source>%n member(s) present.</source>
            <translation>
                <numerusform>%n medlem er til stede.</numerusform>
                <numerusform>%n medlemmer er til stede.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="780" />
            <source>Hand count saved</source>
            <translation>Håndopptelling lagret</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="786" />
            <source>More votes than members present</source>
            <translation>Flere stemmer enn fremmøtte</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="49" />
            <source>Import members from a spreadsheet</source>
            <translation>Importer medlemmer fra et regneark</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="62" />
            <source>Choose a CSV or Excel file with one member per row.</source>
            <translation>Velg en CSV- eller Excel-fil med ett medlem per rad.</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="64" />
            <source>Choose file…</source>
            <translation>Velg fil…</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="66" />
            <source>Read the file again</source>
            <translation>Les filen på nytt</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="68" />
            <source>After fixing the problems in the spreadsheet and saving it, read it again (Ctrl+R)</source>
            <translation>Når du har rettet problemene i regnearket og lagret det, les det på nytt (Ctrl+R)</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="82" />
            <source>1. Columns: what each column of the file holds</source>
            <translation>1. Kolonner: hva hver kolonne i filen inneholder</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="85" />
            <source>Column in the file</source>
            <translation>Kolonne i filen</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="85" />
            <source>Read as</source>
            <translation>Leses som</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="85" />
            <source>Example</source>
            <translation>Eksempel</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="89" />
            <source>2. Values the assembly does not know</source>
            <translation>2. Verdier innbyggerpanelet ikke kjenner</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="93" />
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="93" />
            <source>In the file</source>
            <translation>I filen</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="93" />
            <source>Rows</source>
            <translation>Rader</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="93" />
            <source>Means</source>
            <translation>Betyr</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="97" />
            <source>Remember these for the next import</source>
            <translation>Husk disse til neste import</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="103" />
            <source>3. Problems, by row and column</source>
            <translation>3. Problemer etter rad og kolonne</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="109" />
            <source>Row</source>
            <translation>Rad</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="109" />
            <source>Column</source>
            <translation>Kolonne</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="109" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="119" />
            <source>Skip the rows with problems and import only the good rows</source>
            <translation>Hopp over radene med problemer, og importer bare de gode radene</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="123" />
            <location filename="../../ui/members/import_dialog.py" line="309" />
            <location filename="../../ui/members/import_dialog.py" line="313" />
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="147" />
            <source>Roster file</source>
            <translation>Medlemsfil</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="147" />
            <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
            <translation>Regneark (*.csv *.xlsx *.txt);;Alle filer (*)</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="180" />
            <source>The file cannot be read.</source>
            <translation>Filen kan ikke leses.</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="192" />
            <source>(ignore)</source>
            <translation>(ignorer)</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="197" />
            <source>Category: {0}</source>
            <translation>Kategori: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="210" />
            <source>Member number</source>
            <translation>Medlemsnummer</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="211" />
            <source>First name</source>
            <translation>Fornavn</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="212" />
            <source>Last name</source>
            <translation>Etternavn</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="213" />
            <source>Full name</source>
            <translation>Fullt navn</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="214" />
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="215" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="216" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="217" />
            <source>Postcode</source>
            <translation>Postnummer</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="218" />
            <source>Age (a number)</source>
            <translation>Alder (et tall)</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="219" />
            <source>Birth year</source>
            <translation>Fødselsår</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="220" />
            <source>Needs</source>
            <translation>Behov</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="255" />
            <source>(choose a value)</source>
            <translation>(velg en verdi)</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="258" />
            <source>What '{0}' means in {1}</source>
            <translation>Hva '{0}' betyr i {1}</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="271" />
            <source>The file cannot be imported as it is: see the problems below.</source>
            <translation>Filen kan ikke importeres slik den er: se problemene nedenfor.</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="276" />
            <source>{0} rows ready, {1} rows with problems. Fix the file or the choices above, or choose to skip the rows with problems.</source>
            <translation>{0} rader er klare, {1} rader har problemer. Rett filen eller valgene ovenfor, eller velg å hoppe over radene med problemer.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/members/import_dialog.py" line="282" />
            <source>✓ All %n row(s) are ready to import.</source>
            <translation>
                <numerusform>✓ %n rad er klar til import.</numerusform>
                <numerusform>✓ Alle %n rader er klare til import.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/members/import_dialog.py" line="316" />
            <source>Import %n member(s)</source>
            <translation>
                <numerusform>Importer %n medlem</numerusform>
                <numerusform>Importer %n medlemmer</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="337" />
            <source>Nothing was imported.</source>
            <translation>Ingenting ble importert.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/members/import_dialog.py" line="342" />
            <source>%n member(s) imported</source>
            <translation>
                <numerusform>%n medlem importert</numerusform>
                <numerusform>%n medlemmer importert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/members/import_dialog.py" line="344" />
            <source>; %n row(s) with problems skipped</source>
            <translation>
                <numerusform>; %n rad med problemer hoppet over</numerusform>
                <numerusform>; %n rader med problemer hoppet over</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <location filename="../../ui/crash.py" line="1" />
            <source>Something went wrong</source>
            <translation>Noe gikk galt</translation>
        </message>
        <message>
            <location filename="../../ui/crash.py" line="1" />
            <source>Tingsted met an unexpected error ({0}), and what you just did may not have happened.</source>
            <translation>Tingsted støtte på en uventet feil ({0}), og det du nettopp gjorde, har kanskje ikke skjedd.</translation>
        </message>
        <message>
            <location filename="../../ui/crash.py" line="1" />
            <source>Nothing that Tingsted had confirmed is lost: every saved check-in, vote and change is in the assembly file. Check what you just did and try again; if it happens again, restart Tingsted.

A report is in the log (no personal data): {0}</source>
            <translation>Ingenting som Tingsted hadde bekreftet, er tapt: hver lagrede innsjekking, stemme og endring ligger i innbyggerpanelets fil. Sjekk det du nettopp gjorde, og prøv igjen; skjer det igjen, start Tingsted på nytt.

En rapport ligger i loggen (ingen personopplysninger): {0}</translation>
        </message>
    </context>
    <context>
        <name>Launcher</name>
        <message>
            <location filename="../../ui/launcher.py" line="132" />
            <source>The automatic backup failed: {0}</source>
            <translation>Den automatiske sikkerhetskopien mislyktes: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="143" />
            <source>New citizens' assembly</source>
            <translation>Nytt innbyggerpanel</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="169" />
            <source>Welcome to Tingsted</source>
            <translation>Velkommen til Tingsted</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="173" />
            <source>Open a recent assembly:</source>
            <translation>Åpne et innbyggerpanel du nylig har brukt:</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="175" />
            <source>No recent assemblies yet.</source>
            <translation>Du har ikke åpnet noe innbyggerpanel ennå.</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="192" />
            <source>Open</source>
            <translation>Åpne</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="195" />
            <source>New assembly…</source>
            <translation>Nytt innbyggerpanel…</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="196" />
            <source>Open a file…</source>
            <translation>Åpne en fil…</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="197" />
            <source>The demo assembly</source>
            <translation>Demo-innbyggerpanelet</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="199" />
            <source>A fresh copy of a complete example assembly to try everything out</source>
            <translation>En fersk kopi av et komplett eksempel på et innbyggerpanel, så du kan prøve alt</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="236" />
            <source>Open an assembly</source>
            <translation>Åpne et innbyggerpanel</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="238" />
            <location filename="../../ui/launcher.py" line="246" />
            <source>Tingsted assemblies (*.tingsted *.db)</source>
            <translation>Tingsted-innbyggerpaneler (*.tingsted *.db)</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="244" />
            <location filename="../../ui/launcher.py" line="252" />
            <source>New assembly</source>
            <translation>Nytt innbyggerpanel</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="253" />
            <source>The assembly's name:</source>
            <translation>Innbyggerpanelets navn:</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <location filename="../../ui/operations.py" line="48" />
            <source>Not done</source>
            <translation>Ikke gjort</translation>
        </message>
    </context>
    <context>
        <name>LotteryPage</name>
        <message>
            <location filename="../../ui/lottery/page.py" line="80" />
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="81" />
            <source>Value</source>
            <translation>Verdi</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="82" />
            <source>In pool</source>
            <translation>I puljen</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="83" />
            <source>Target %</source>
            <translation>Mål %</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="84" />
            <source>Min</source>
            <translation>Min</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="85" />
            <source>Max</source>
            <translation>Maks</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="149" />
            <source>Target changed</source>
            <translation>Mål endret</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="157" />
            <source>Quota changed</source>
            <translation>Kvote endret</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="160" />
            <source>Type a number.</source>
            <translation>Skriv et tall.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="235" />
            <source>Lottery</source>
            <translation>Loddtrekning</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="242" />
            <location filename="../../ui/lottery/page.py" line="310" />
            <location filename="../../ui/lottery/page.py" line="346" />
            <source>Draw</source>
            <translation>Trekk</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="244" />
            <source>Draw the members by stratified lottery (Ctrl+D)</source>
            <translation>Trekk medlemmene ved stratifisert loddtrekning (Ctrl+D)</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="247" />
            <source>Import the pool…</source>
            <translation>Importer puljen…</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="248" />
            <source>Import the respondents from a CSV or Excel file</source>
            <translation>Importer de påmeldte fra en CSV- eller Excel-fil</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="257" />
            <source>The lottery draws the members from the pool of respondents who answered the invitation, with quotas so the assembly mirrors the population. Start by importing the pool.</source>
            <translation>Loddtrekningen trekker medlemmene fra puljen av dem som svarte på invitasjonen, med kvoter slik at panelet speiler befolkningen. Begynn med å importere puljen.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="276" />
            <source>Pool, targets and quotas</source>
            <translation>Pulje, mål og kvoter</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="279" />
            <source>Import pool…</source>
            <translation>Importer pulje…</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="281" />
            <source>Import quotas…</source>
            <translation>Importer kvoter…</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="282" />
            <source>A file in the layout feature,value,min,max</source>
            <translation>En fil med kolonnene feature,value,min,max</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="300" />
            <source>Quotas from targets: min = ⌊size × share⌋ − tolerance, max = ⌈size × share⌉ + tolerance (shares normalised within each category). Double-click a cell to change it.</source>
            <translation>Kvoter fra mål: min = ⌊størrelse × andel⌋ − toleranse, maks = ⌈størrelse × andel⌉ + toleranse (andelene normaliseres innenfor hver kategori). Dobbeltklikk på en celle for å endre den.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="321" />
            <source>How far a quota may go beyond the rounded target</source>
            <translation>Hvor langt en kvote kan gå utover det avrundede målet</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="322" />
            <source>Quotas from targets</source>
            <translation>Kvoter fra mål</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="328" />
            <source>LEXIMIN (fairest, recommended)</source>
            <translation>LEXIMIN (mest rettferdig, anbefalt)</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="328" />
            <source>Maximin (Tingsted, the lowest chance only)</source>
            <translation>Maximin (Tingsted, bare den laveste sjansen)</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="329" />
            <source>Maximin (sortition-algorithms, slow)</source>
            <translation>Maximin (sortition-algorithms, treg)</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="330" />
            <source>Legacy greedy (sortition-algorithms)</source>
            <translation>Eldre grådig metode (sortition-algorithms)</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="331" />
            <source>At most one person per household</source>
            <translation>Høyst én person per husstand</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="333" />
            <source>Write the seed down: with it, anyone can reproduce the draw</source>
            <translation>Skriv ned frøet: med det kan hvem som helst gjenta loddtrekningen</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="335" />
            <source>000–999, from dice or balls (optional)</source>
            <translation>000–999, fra terninger eller kuler (valgfritt)</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="337" />
            <source>Panel size</source>
            <translation>Panelets størrelse</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="338" />
            <source>Reserves</source>
            <translation>Reserver</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="339" />
            <source>Tolerance</source>
            <translation>Toleranse</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="340" />
            <source>Method</source>
            <translation>Metode</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="342" />
            <source>Seed</source>
            <translation>Tilfeldighetsfrø</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="343" />
            <source>Public number</source>
            <translation>Offentlig tall</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="350" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="371" />
            <source>The drawn panel</source>
            <translation>Det uttrukne panelet</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="372" />
            <location filename="../../ui/lottery/page.py" line="455" />
            <source>No draw yet.</source>
            <translation>Ingen loddtrekning ennå.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="379" />
            <source>Make the drawn panel members</source>
            <translation>Gjør det uttrukne panelet til medlemmer</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="383" />
            <location filename="../../ui/lottery/page.py" line="391" />
            <source>Reproduce draw</source>
            <translation>Gjenta loddtrekningen</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="386" />
            <source>Recompute the recorded draw from its pool, quotas and seed, and check that the same panel comes out</source>
            <translation>Beregn den lagrede loddtrekningen på nytt ut fra puljen, kvotene og frøet, og kontroller at det samme panelet kommer ut</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="407" />
            <source>Panel, pool and population (%)</source>
            <translation>Panel, pulje og befolkning (%)</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="411" />
            <source>Fairness: chance of being selected</source>
            <translation>Rettferdighet: sjansen for å bli trukket ut</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="412" />
            <source>Draw to see each respondent's chance.</source>
            <translation>Trekk for å se sjansen til hver påmeldt.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/lottery/page.py" line="452" />
            <source>%n respondent(s) in the pool</source>
            <translation>
                <numerusform>%n påmeldt i puljen</numerusform>
                <numerusform>%n påmeldte i puljen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="479" />
            <source>, number {0}</source>
            <translation>, tall {0}</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="482" />
            <source>Draw {0} ({1}): {2} members and {3} reserves; seed {4}{5}.</source>
            <translation>Loddtrekning {0} ({1}): {2} medlemmer og {3} reserver; frø {4}{5}.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="489" />
            <source>Inputs hash {0}…</source>
            <translation>Inndataenes hash {0}…</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="492" />
            <source>✓ The drawn panel are members.</source>
            <translation>✓ Det uttrukne panelet er medlemmer.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="494" />
            <source>Superseded by a later draw.</source>
            <translation>Erstattet av en senere loddtrekning.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="496" />
            <source>The drawn panel are not members yet.</source>
            <translation>Det uttrukne panelet er ikke medlemmer ennå.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="501" />
            <source>Panel</source>
            <translation>Panel</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="501" />
            <source>Pool</source>
            <translation>Pulje</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="501" />
            <source>Population</source>
            <translation>Befolkning</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="503" />
            <source>Lowest chance: {0}   highest: {1}   average: {2}</source>
            <translation>Laveste sjanse: {0}   høyeste: {1}   gjennomsnitt: {2}</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="511" />
            <source>Legacy greedy method (estimated from {0} draws): lowest chance {1}</source>
            <translation>Eldre grådig metode (anslått fra {0} trekninger): laveste sjanse {1}</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="518" />
            <source>Legacy greedy method: some respondents were never chosen in {0} draws (lowest chance ≈ 0 %)</source>
            <translation>Eldre grådig metode: noen påmeldte ble aldri trukket i {0} trekninger (laveste sjanse ≈ 0 %)</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="523" />
            <source>Model: {0}</source>
            <translation>Modell: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="524" />
            <source>Lowest chances:</source>
            <translation>Laveste sjanser:</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="533" />
            <source>Import the pool</source>
            <translation>Importer puljen</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="533" />
            <location filename="../../ui/lottery/page.py" line="562" />
            <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
            <translation>Regneark (*.csv *.xlsx);;Alle filer (*)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/lottery/page.py" line="546" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… og %n til</numerusform>
                <numerusform>… og %n til</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="547" />
            <location filename="../../ui/lottery/page.py" line="574" />
            <source>Nothing was imported:</source>
            <translation>Ingenting ble importert:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/lottery/page.py" line="554" />
            <source>%n respondent(s) imported</source>
            <translation>
                <numerusform>%n påmeldt importert</numerusform>
                <numerusform>%n påmeldte importert</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="562" />
            <source>Import quotas</source>
            <translation>Importer kvoter</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="570" />
            <location filename="../../ui/lottery/page.py" line="581" />
            <source>Quotas imported</source>
            <translation>Kvoter importert</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="590" />
            <source>Quotas set from the targets</source>
            <translation>Kvoter satt ut fra målene</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="596" />
            <source>Quotas set from the targets for a panel of {0}</source>
            <translation>Kvoter satt ut fra målene for et panel på {0}</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="605" />
            <source>The public number is three digits, 000–999.</source>
            <translation>Det offentlige tallet har tre sifre, 000–999.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="611" />
            <source>Members were already made from a draw; a new draw is not possible.</source>
            <translation>Medlemmer er allerede laget fra en loddtrekning; en ny loddtrekning er ikke mulig.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="686" />
            <source>✗ This draw has no recorded quotas (it was not made by this lottery); it cannot be recomputed.</source>
            <translation>✗ Denne loddtrekningen har ingen lagrede kvoter (den ble ikke laget av denne loddtrekningen); den kan ikke beregnes på nytt.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="689" />
            <source>✗ Cannot reproduce: the pool's data changed since the draw (the inputs hash differs).</source>
            <translation>✗ Kan ikke gjentas: puljens data er endret siden loddtrekningen (inndataenes hash er en annen).</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="693" />
            <source>✓ Reproduced: draw {0} recomputed from seed {1} gives the same panel and the same reserves.</source>
            <translation>✓ Gjentatt: loddtrekning {0} beregnet på nytt med frø {1} gir det samme panelet og de samme reservene.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="699" />
            <source>✗ Not reproduced: the same panel came out, but the reserves differ.</source>
            <translation>✗ Ikke gjentatt: det samme panelet kom ut, men reservene er andre.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="702" />
            <source>✗ Not reproduced: a different panel came out.</source>
            <translation>✗ Ikke gjentatt: et annet panel kom ut.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="714" />
            <source>The reproduction was cancelled.</source>
            <translation>Gjentakelsen ble avbrutt.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="719" />
            <source>Cancelling…</source>
            <translation>Avbryter…</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="751" />
            <source>Drew {0} members and {1} reserves; lowest chance {2}</source>
            <translation>Trakk {0} medlemmer og {1} reserver; laveste sjanse {2}</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="765" />
            <source>The draw failed: {0}</source>
            <translation>Loddtrekningen mislyktes: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="773" />
            <source>The reproduction failed: {0}</source>
            <translation>Gjentakelsen mislyktes: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="778" />
            <source>The draw was cancelled; nothing changed.</source>
            <translation>Loddtrekningen ble avbrutt; ingenting er endret.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="786" />
            <source>Make members</source>
            <translation>Gjør til medlemmer</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="787" />
            <source>Make the {0} drawn respondents members of the assembly?</source>
            <translation>Gjøre de {0} uttrukne påmeldte til medlemmer av panelet?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/lottery/page.py" line="800" />
            <source>%n member(s) made from the draw</source>
            <translation>
                <numerusform>%n medlem laget fra loddtrekningen</numerusform>
                <numerusform>%n medlemmer laget fra loddtrekningen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="176" />
            <source>&amp;Language</source>
            <translation>&amp;Språk</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="179" />
            <source>System language</source>
            <translation>Systemets språk</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="111" />
            <source>Ready</source>
            <translation>Klar</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="124" />
            <source>&amp;File</source>
            <translation>&amp;Fil</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="125" />
            <source>&amp;New assembly…</source>
            <translation>&amp;Nytt innbyggerpanel…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="127" />
            <source>&amp;Open…</source>
            <translation>&amp;Åpne…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="131" />
            <source>Open &amp;recent</source>
            <translation>Åpne &amp;nylige</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="134" />
            <source>Save a &amp;backup copy…</source>
            <translation>Lagre en &amp;sikkerhetskopi…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="138" />
            <source>&amp;Quit</source>
            <translation>&amp;Avslutt</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="142" />
            <source>&amp;Go</source>
            <translation>&amp;Gå til</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="149" />
            <source>&amp;Projector</source>
            <translation>&amp;Prosjektor</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="151" />
            <source>Show &amp;projector</source>
            <translation>Vis &amp;prosjektor</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="154" />
            <source>Show or hide the projector window (F5)</source>
            <translation>Vis eller skjul prosjektorvinduet (F5)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="165" />
            <source>(no recent assemblies)</source>
            <translation>(ingen nylige innbyggerpaneler)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="173" />
            <source>New assembly</source>
            <translation>Nytt innbyggerpanel</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="173" />
            <location filename="../../ui/main_window.py" line="187" />
            <source>Tingsted assemblies (*.tingsted *.db)</source>
            <translation>Tingsted-innbyggerpaneler (*.tingsted *.db)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="180" />
            <source>Open an assembly</source>
            <translation>Åpne et innbyggerpanel</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="180" />
            <source>Tingsted assemblies (*.tingsted *.db);;All files (*)</source>
            <translation>Tingsted-innbyggerpaneler (*.tingsted *.db);;Alle filer (*)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="187" />
            <source>Save a backup copy</source>
            <translation>Lagre en sikkerhetskopi</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="194" />
            <source>Backup copy</source>
            <translation>Sikkerhetskopi</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="196" />
            <source>Backup copy saved to {0}</source>
            <translation>Sikkerhetskopien er lagret i {0}</translation>
        </message>
        <message>
            <source>Assembly &amp;settings…</source>
            <translation>Borgerpanelets &amp;innstillinger…</translation>
        </message>
    </context>
    <context>
        <name>MemberForm</name>
        <message>
            <location filename="../../ui/members/form.py" line="53" />
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="60" />
            <source>Member number</source>
            <translation>Medlemsnummer</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="61" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="62" />
            <source>First name</source>
            <translation>Fornavn</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="63" />
            <source>Last name</source>
            <translation>Etternavn</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="67" />
            <source>Contact data (personal)</source>
            <translation>Kontaktopplysninger (personlige)</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="69" />
            <source>Kept apart from the profile; left out of exports unless you ask; erased by Forget.</source>
            <translation>Lagres adskilt fra profilen; utelates fra eksporter med mindre du ber om dem; slettes av Glem.</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="79" />
            <source>e.g. wheelchair, sign language, diet</source>
            <translation>f.eks. rullestol, tegnspråk, kosthold</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="83" />
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="84" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="85" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="86" />
            <source>Postcode</source>
            <translation>Postnummer</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="87" />
            <source>Needs</source>
            <translation>Behov</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="88" />
            <source>Notes</source>
            <translation>Notater</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="104" />
            <location filename="../../ui/members/form.py" line="110" />
            <source>Save</source>
            <translation>Lagre</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="107" />
            <source>Save the member (Ctrl+S)</source>
            <translation>Lagre medlemmet (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="132" />
            <source>(not known)</source>
            <translation>(ukjent)</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="152" />
            <source>No member selected</source>
            <translation>Ingen medlem valgt</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="158" />
            <source>Member {0}</source>
            <translation>Medlem {0}</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="166" />
            <source>(forgotten)</source>
            <translation>(glemt)</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="169" />
            <source>Joined {0}</source>
            <translation>Med fra {0}</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="171" />
            <source>Replaces member {0}</source>
            <translation>Erstatter medlem {0}</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="175" />
            <source>Withdrew {0}{1}</source>
            <translation>Trådt ut {0}{1}</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="177" />
            <source>Replaced by member {0}</source>
            <translation>Erstattet av medlem {0}</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="179" />
            <source>Name and contact data erased (forgotten).</source>
            <translation>Navn og kontaktopplysninger er slettet (glemt).</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="189" />
            <source>New member</source>
            <translation>Nytt medlem</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="190" />
            <source>{0} (assigned automatically)</source>
            <translation>{0} (tildeles automatisk)</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="233" />
            <source>Member {0} added</source>
            <translation>Medlem {0} lagt til</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="248" />
            <source>Member {0} saved</source>
            <translation>Medlem {0} lagret</translation>
        </message>
    </context>
    <context>
        <name>Members</name>
        <message>
            <location filename="../../ui/members/models.py" line="28" />
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <location filename="../../ui/members/models.py" line="29" />
            <source>Withdrawn</source>
            <translation>Trådt ut</translation>
        </message>
        <message>
            <location filename="../../ui/members/models.py" line="30" />
            <source>Replaced</source>
            <translation>Erstattet</translation>
        </message>
        <message>
            <location filename="../../ui/members/models.py" line="61" />
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <location filename="../../ui/members/models.py" line="62" />
            <source>First name</source>
            <translation>Fornavn</translation>
        </message>
        <message>
            <location filename="../../ui/members/models.py" line="63" />
            <source>Last name</source>
            <translation>Etternavn</translation>
        </message>
        <message>
            <location filename="../../ui/members/models.py" line="65" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/members/models.py" line="66" />
            <source>Days present</source>
            <translation>Dager til stede</translation>
        </message>
        <message>
            <location filename="../../ui/members/models.py" line="95" />
            <source>(forgotten)</source>
            <translation>(glemt)</translation>
        </message>
    </context>
    <context>
        <name>MembersPage</name>
        <message>
            <location filename="../../ui/members/page.py" line="53" />
            <source>Import members…</source>
            <translation>Importer medlemmer…</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="55" />
            <source>Import the roster from a CSV or Excel file</source>
            <translation>Importer medlemslisten fra en CSV- eller Excel-fil</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="66" />
            <source>Roster</source>
            <translation>Medlemmer</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="67" />
            <source>Check-in</source>
            <translation>Innsjekking</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="68" />
            <source>The members: edit, withdraw and replace, print (Alt+R)</source>
            <translation>Medlemmene: rediger, uttreden og erstatning, skriv ut (Alt+R)</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="69" />
            <source>The check-in desk for a meeting day (Alt+C)</source>
            <translation>Innsjekkingen for en møtedag (Alt+C)</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="164" />
            <location filename="../../ui/members/page.py" line="171" />
            <location filename="../../ui/members/page.py" line="187" />
            <source>Export members</source>
            <translation>Eksporter medlemmer</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="164" />
            <source>Excel (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="172" />
            <source>Export the members anonymised, or with names and contact data?</source>
            <translation>Eksportere medlemmene anonymisert eller med navn og kontaktopplysninger?</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="174" />
            <source>Anonymised: member number, profile, status and attendance – no personal data.</source>
            <translation>Anonymisert: medlemsnummer, profil, status og fremmøte – ingen personopplysninger.</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="176" />
            <source>Anonymised</source>
            <translation>Anonymisert</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="177" />
            <source>With names and contact data</source>
            <translation>Med navn og kontaktopplysninger</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="190" />
            <source>contains personal data (names and contact data)</source>
            <translation>inneholder personopplysninger (navn og kontaktopplysninger)</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="192" />
            <source>anonymised, no personal data</source>
            <translation>anonymisert, ingen personopplysninger</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="194" />
            <source>{0} members exported to {1} – {2}</source>
            <translation>{0} medlemmer eksportert til {1} – {2}</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="199" />
            <source>Name badges</source>
            <translation>Navneskilt</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="199" />
            <source>Sign-in sheet</source>
            <translation>Innsjekkingsliste</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="199" />
            <source>Member list</source>
            <translation>Medlemsliste</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="202" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="213" />
            <source>The assembly has no meeting days yet.</source>
            <translation>Innbyggerpanelet har ingen møtedager ennå.</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="218" />
            <source>Printing {0}…</source>
            <translation>Skriver ut {0}…</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="224" />
            <source>{0} saved to {1} ({2} members; contains names)</source>
            <translation>{0} lagret i {1} ({2} medlemmer; inneholder navn)</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="230" />
            <source>Could not print: {0}</source>
            <translation>Kunne ikke skrive ut: {0}</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="259" />
            <source>Merge into {0}</source>
            <translation>Slå sammen med {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="267" />
            <source>&amp;Merge this draft</source>
            <translation>&amp;Slå sammen dette utkastet</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="268" />
            <source>into</source>
            <translation>med</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="272" />
            <source>The other draft is marked as merged and keeps its history; its initiatives move here. Write the merged wording below.</source>
            <translation>Det andre utkastet markeres som slått sammen og beholder historikken sin; tiltakene flyttes hit. Skriv den sammenslåtte ordlyden nedenfor.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="300" />
            <source>Who wrote the merged text</source>
            <translation>Hvem skrev den sammenslåtte teksten</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="301" />
            <source>&amp;Title</source>
            <translation>&amp;Tittel</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="302" />
            <source>Merged &amp;text</source>
            <translation>Sammenslått &amp;tekst</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="303" />
            <source>Written &amp;by</source>
            <translation>Skrevet &amp;av</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="307" />
            <source>Merge</source>
            <translation>Slå sammen</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="316" />
            <source>(no other draft to merge)</source>
            <translation>(intet annet utkast å slå sammen)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="328" />
            <source>There is no other draft to merge.</source>
            <translation>Det finnes intet annet utkast å slå sammen.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="333" />
            <source>{0} merged into {1}</source>
            <translation>{0} slått sammen med {1}</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <location filename="../../ui/overview/page.py" line="25" />
            <source>Remit</source>
            <translation>Oppdraget</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="35" />
            <source>The assembly in figures</source>
            <translation>Innbyggerpanelet i tall</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="40" />
            <source>members</source>
            <translation>medlemmer</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="41" />
            <source>respondents in the pool</source>
            <translation>påmeldte i puljen</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="42" />
            <source>meeting days</source>
            <translation>møtedager</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="43" />
            <source>tables</source>
            <translation>bord</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="44" />
            <source>recommendations</source>
            <translation>anbefalinger</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="45" />
            <source>open ballots</source>
            <translation>åpne avstemninger</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="62" />
            <source>Meeting days</source>
            <translation>Møtedager</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="70" />
            <source>Next on the agenda</source>
            <translation>Neste på dagsordenen</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="84" />
            <source>Plenary</source>
            <translation>Plenum</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="85" />
            <source>Presentation</source>
            <translation>Innlegg</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="86" />
            <source>Table dialogue</source>
            <translation>Borddialog</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="87" />
            <source>Vote</source>
            <translation>Avstemning</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="88" />
            <source>Break</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="94" />
            <source>ddd d MMM yyyy</source>
            <translation>ddd d. MMM yyyy</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="114" />
            <source>No remit question yet.</source>
            <translation>Oppdraget er ikke formulert ennå.</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="116" />
            <source>Commissioned by {0}</source>
            <translation>Bestilt av {0}</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="132" />
            <source>held</source>
            <translation>avholdt</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="132" />
            <source>next</source>
            <translation>neste</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="142" />
            <source>Day {0}</source>
            <translation>Dag {0}</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="153" />
            <source>No meeting days planned yet. Add them under Program.</source>
            <translation>Ingen møtedager ennå. Legg dem til under Program.</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="158" />
            <source>Day {0}, {1}</source>
            <translation>Dag {0}, {1}</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="171" />
            <source>Nothing more on the agenda.</source>
            <translation>Det er ikke mer på dagsordenen.</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="132" />
            <source>today</source>
            <translation>i dag</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="156" />
            <source>now</source>
            <translation>nå</translation>
        </message>
        <message>
            <source>Assembly settings…</source>
            <translation>Borgerpanelets innstillinger…</translation>
        </message>
        <message>
            <source>The assembly's name, remit question, commissioning body, language, threshold and logo (Ctrl+,)</source>
            <translation>Borgerpanelets navn, mandat, oppdragsgiver, språk, terskel og logo (Ctrl+,)</translation>
        </message>
        <message>
            <source>Write the remit question…</source>
            <translation>Skriv mandatets spørsmål…</translation>
        </message>
    </context>
    <context>
        <name>PaperForm</name>
        <message>
            <location filename="../../ui/voting/page.py" line="73" />
            <source>Keys: j / y = yes · n = no · a / b / h / 0 = abstain (blank)</source>
            <translation>Taster: j / y = ja · n = nei · a / b / h / 0 = avstår (blank)</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="76" />
            <source>Keys: 5 … 1 = the scale step · 0 or . = blank</source>
            <translation>Taster: 5 … 1 = trinnet på skalaen · 0 eller . = blank</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="77" />
            <source>Keys: x or 1 = ticked · 0, . or space = not ticked</source>
            <translation>Taster: x eller 1 = krysset av · 0, . eller mellomrom = ikke krysset av</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="78" />
            <source>Keys: the number of dots on each item (0 for none)</source>
            <translation>Taster: antallet prikker på hvert punkt (0 for ingen)</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="79" />
            <source>Keys: the rank given to each item (1 = first) · 0 or . = not ranked</source>
            <translation>Taster: plassen hvert punkt har fått (1 = først) · 0 eller . = ikke rangert</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="357" />
            <source>Entry &amp;1</source>
            <translation>Registrering &amp;1</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="358" />
            <source>Entry &amp;2</source>
            <translation>Registrering &amp;2</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="384" />
            <source>&amp;Spoilt paper</source>
            <translation>&amp;Ugyldig stemmeseddel</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="392" />
            <source>Paper &amp;number</source>
            <translation>Stemmeseddel &amp;nummer</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="393" />
            <source>&amp;Choices</source>
            <translation>&amp;Valg</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="406" />
            <source>Papers whose two entries disagree</source>
            <translation>Stemmesedler der de to registreringene er forskjellige</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="410" />
            <source>&amp;Resolve the selected paper</source>
            <translation>&amp;Avgjør den valgte stemmeseddelen</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="412" />
            <source>Look at the paper itself and type what it says (Enter on the list does the same)</source>
            <translation>Se på selve stemmeseddelen og tast inn det som står (Enter i listen gjør det samme)</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="447" />
            <source>Papers are typed in while the ballot is open.</source>
            <translation>Stemmesedler tastes inn mens avstemningen er åpen.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="458" />
            <source>Counted: {0} papers ({1} spoilt) · typed once: {2} · disagreeing: {3}</source>
            <translation>Talt: {0} stemmesedler ({1} ugyldige) · tastet én gang: {2} · uenige: {3}</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="466" />
            <source>Typed once, waiting for the other entry: paper {0}</source>
            <translation>Tastet én gang, venter på den andre registreringen: stemmeseddel {0}</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="474" />
            <source>one entry says spoilt</source>
            <translation>den ene registreringen sier ugyldig</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="482" />
            <source>Paper {0} – </source>
            <translation>Stemmeseddel {0} – </translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="489" />
            <source>None – all papers typed twice agree.</source>
            <translation>Ingen – alle dobbelttastede stemmesedler stemmer overens.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="497" />
            <location filename="../../ui/voting/page.py" line="561" />
            <source>blank</source>
            <translation>blank</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="519" />
            <source>Resolving paper {0}: type what the paper says</source>
            <translation>Avgjør stemmeseddel {0}: tast inn det som står på den</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="522" />
            <source>Double entry: entry {0}</source>
            <translation>Dobbeltregistrering: registrering {0}</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="524" />
            <source>Single entry</source>
            <translation>Enkel registrering</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="547" />
            <source>“{0}” is not a key here.</source>
            <translation>«{0}» er ikke en tast her.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="570" />
            <source>The whole paper is spoilt: press Enter to save it.</source>
            <translation>Hele stemmeseddelen er ugyldig: trykk Enter for å lagre den.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="578" />
            <source>press Enter to save</source>
            <translation>trykk Enter for å lagre</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="578" />
            <source>{0} more</source>
            <translation>{0} til</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="586" />
            <source>Type the paper's number first.</source>
            <translation>Tast stemmeseddelens nummer først.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="590" />
            <source>Type one key for each of the {0} items (or mark the paper spoilt).</source>
            <translation>Trykk én tast for hvert av de {0} punktene (eller merk stemmeseddelen som ugyldig).</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="607" />
            <source>✓ Paper {0} counted.</source>
            <translation>✓ Stemmeseddel {0} er talt med.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="610" />
            <source>Paper {0} saved; it counts when the other entry agrees.</source>
            <translation>Stemmeseddel {0} lagret; den teller når den andre registreringen stemmer overens.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="613" />
            <source>⚠ Paper {0}: the two entries disagree – see the list below.</source>
            <translation>⚠ Stemmeseddel {0}: de to registreringene er forskjellige – se listen nedenfor.</translation>
        </message>
    </context>
    <context>
        <name>Program</name>
        <message>
            <location filename="../../ui/program/models.py" line="25" />
            <source>Plenary</source>
            <translation>Plenum</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="26" />
            <source>Presentation</source>
            <translation>Innlegg</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="27" />
            <source>Table dialogue</source>
            <translation>Borddialog</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="28" />
            <source>Vote</source>
            <translation>Avstemning</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="29" />
            <source>Break</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="218" />
            <source>Submitted</source>
            <translation>Sendt inn</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="219" />
            <source>Selected</source>
            <translation>Valgt ut</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="220" />
            <source>Answered</source>
            <translation>Besvart</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="221" />
            <source>Discarded</source>
            <translation>Forkastet</translation>
        </message>
    </context>
    <context>
        <name>ProgramPage</name>
        <message numerus="yes">
            <location filename="../../ui/program/page.py" line="1" />
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n fil</numerusform>
                <numerusform>%n filer</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="179" />
            <source>New agenda item</source>
            <translation>Nytt punkt</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="182" />
            <source>Add an item at the end of the day's agenda</source>
            <translation>Legg til et punkt sist på dagens dagsorden</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="185" />
            <source>Undo delete</source>
            <translation>Angre sletting</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="188" />
            <source>Bring back the agenda item just deleted (Ctrl+Z)</source>
            <translation>Hent tilbake punktet som nettopp ble slettet (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="193" />
            <location filename="../../ui/program/page.py" line="223" />
            <source>New day…</source>
            <translation>Ny dag…</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="194" />
            <location filename="../../ui/program/page.py" line="223" />
            <source>Add a meeting day</source>
            <translation>Legg til en møtedag</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="217" />
            <source>The meeting day to plan or run</source>
            <translation>Møtedagen som skal planlegges eller gjennomføres</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="219" />
            <source>Day</source>
            <translation>Dag</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="224" />
            <source>Edit day…</source>
            <translation>Rediger dag…</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="224" />
            <source>Date, venue, start and end of this day</source>
            <translation>Dato, sted, start og slutt for dagen</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="225" />
            <source>Copy day…</source>
            <translation>Kopier dag…</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="225" />
            <source>A new day with the same agenda, as a template</source>
            <translation>En ny dag med samme dagsorden, som mal</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="226" />
            <location filename="../../ui/program/page.py" line="602" />
            <source>Delete day</source>
            <translation>Slett dag</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="226" />
            <source>Delete this day and its agenda</source>
            <translation>Slett dagen og dagsordenen</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="233" />
            <source>Run sheet…</source>
            <translation>Kjøreplan…</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="234" />
            <source>A printable PDF of the day for facilitators and table hosts</source>
            <translation>En PDF av dagen til utskrift for fasilitatorer og bordverter</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="236" />
            <source>Handout…</source>
            <translation>Program til utdeling…</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="237" />
            <source>The day's program for the members (no internal notes)</source>
            <translation>Dagens program for medlemmene (uten interne notater)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="245" />
            <location filename="../../ui/program/page.py" line="518" />
            <source>Start the day</source>
            <translation>Start dagen</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="248" />
            <source>Run this day: NOW and NEXT are tracked here and shown on the projector's agenda (F7)</source>
            <translation>Gjennomfør dagen: NÅ og NESTE følges her og vises på prosjektorens dagsorden (F7)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="264" />
            <source>Plan the assembly's days here: each day's agenda, with plenaries, expert presentations, table dialogues, votes and breaks. Start by adding the first meeting day.</source>
            <translation>Planlegg innbyggerpanelets dager her: hver dags dagsorden med plenum, ekspertinnlegg, borddialoger, avstemninger og pauser. Begynn med å legge til den første møtedagen.</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="293" />
            <source>Move up</source>
            <translation>Flytt opp</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="295" />
            <source>Move the item one place earlier (Ctrl+Up)</source>
            <translation>Flytt punktet én plass tidligere (Ctrl+Opp)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="297" />
            <source>Move down</source>
            <translation>Flytt ned</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="299" />
            <source>Move the item one place later (Ctrl+Down)</source>
            <translation>Flytt punktet én plass senere (Ctrl+Ned)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="309" />
            <source>Add an item at the end of the day's agenda (Ctrl+Shift+N)</source>
            <translation>Legg til et punkt sist på dagens dagsorden (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="320" />
            <source>Agenda item</source>
            <translation>Punkt på dagsordenen</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="328" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="331" />
            <source>Who leads it</source>
            <translation>Hvem leder det</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="335" />
            <source>Internal notes for facilitators (not on the handout)</source>
            <translation>Interne notater for fasilitatorer (kommer ikke med i programmet)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="341" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="342" />
            <location filename="../../ui/program/page.py" line="931" />
            <source>Title</source>
            <translation>Tittel</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="343" />
            <source>Duration</source>
            <translation>Varighet</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="344" />
            <source>Responsible</source>
            <translation>Ansvarlig</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="345" />
            <source>Room</source>
            <translation>Rom</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="346" />
            <source>Notes</source>
            <translation>Notater</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="347" />
            <source>Presentations</source>
            <translation>Innlegg</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="350" />
            <location filename="../../ui/program/page.py" line="769" />
            <source>Save</source>
            <translation>Lagre</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="352" />
            <source>Save the item (Enter in the title)</source>
            <translation>Lagre punktet (Enter i tittelen)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="354" />
            <location filename="../../ui/program/page.py" line="772" />
            <source>Delete</source>
            <translation>Slett</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="357" />
            <source>Countdown</source>
            <translation>Nedtelling</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="358" />
            <source>Set the projector's countdown to this item and show it (F8)</source>
            <translation>Sett prosjektorens nedtelling til dette punktet og vis den (F8)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="374" />
            <source>Agenda</source>
            <translation>Dagsorden</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="380" />
            <source>Day {0}</source>
            <translation>Dag {0}</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="435" />
            <source>{0}–{1} · planned {2} of {3}</source>
            <translation>{0}–{1} · planlagt {2} av {3}</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="445" />
            <source>the day fits its hours</source>
            <translation>dagen passer i tiden</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="450" />
            <source>The day does not fit its hours: the agenda ends at {0}, {1} too late.</source>
            <translation>Dagen passer ikke i tiden: dagsordenen slutter kl. {0}, {1} for sent.</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="488" />
            <source>none – place one from the Experts tab</source>
            <translation>ingen – plasser en fra fanen Eksperter</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="518" />
            <source>Day running</source>
            <translation>Dagen er i gang</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="520" />
            <source>Not running now</source>
            <translation>Ikke i gang nå</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="520" />
            <source>Outside the day's hours</source>
            <translation>Utenfor dagens tidsrom</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="526" />
            <source>NOW: {0} – {1} min left</source>
            <translation>NÅ: {0} – {1} min igjen</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="528" />
            <source>NEXT {0}: {1}</source>
            <translation>NESTE {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="537" />
            <source>The day has started; the projector's agenda follows the clock.</source>
            <translation>Dagen har begynt; prosjektorens dagsorden følger klokken.</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="546" />
            <source>Countdown set to {0} for “{1}”</source>
            <translation>Nedtelling satt til {0} for «{1}»</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="555" />
            <source>Program</source>
            <translation>Program</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="564" />
            <source>Meeting day added</source>
            <translation>Møtedag lagt til</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="577" />
            <source>Meeting day changed</source>
            <translation>Møtedag endret</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="583" />
            <source>Copy the day as a template</source>
            <translation>Kopier dagen som mal</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="590" />
            <source>Day copied with its agenda</source>
            <translation>Dagen er kopiert med dagsordenen</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="603" />
            <source>Delete day {0} ({1}) and its whole agenda?</source>
            <translation>Slette dag {0} ({1}) og hele dagsordenen?</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="607" />
            <source>Meeting day deleted</source>
            <translation>Møtedag slettet</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="615" />
            <source>New item</source>
            <translation>Nytt punkt</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="616" />
            <source>Agenda item added</source>
            <translation>Punkt lagt til</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="635" />
            <source>Agenda item saved</source>
            <translation>Punkt lagret</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="644" />
            <source>“{0}” deleted – Ctrl+Z brings it back</source>
            <translation>«{0}» slettet – Ctrl+Z henter det tilbake</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="668" />
            <source>“{0}” is back</source>
            <translation>«{0}» er tilbake</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="676" />
            <source>Agenda reordered</source>
            <translation>Dagsordenen er omordnet</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="693" />
            <source>Save the handout</source>
            <translation>Lagre programmet til utdeling</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="693" />
            <source>Save the run sheet</source>
            <translation>Lagre kjøreplanen</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="704" />
            <source>Saved {0}</source>
            <translation>Lagret: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="705" />
            <source>Run sheet</source>
            <translation>Kjøreplan</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="711" />
            <source>New expert…</source>
            <translation>Ny ekspert…</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="717" />
            <source>The experts and stakeholders who speak to the assembly: their role, organisation and perspective, their presentations in the agenda and their slides. Add the first one.</source>
            <translation>Eksperter og interessenter som taler til innbyggerpanelet: rolle, organisasjon og perspektiv, innleggene deres på dagsordenen og lysbildene deres. Legg til den første.</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="736" />
            <location filename="../../ui/program/page.py" line="898" />
            <source>New expert</source>
            <translation>Ny ekspert</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="742" />
            <location filename="../../ui/program/page.py" line="1025" />
            <source>Expert</source>
            <translation>Ekspert</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="746" />
            <location filename="../../ui/program/page.py" line="898" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="747" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="748" />
            <source>Organisation</source>
            <translation>Organisasjon</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="749" />
            <source>Side or perspective</source>
            <translation>Side eller perspektiv</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="758" />
            <source>Short bio</source>
            <translation>Kort presentasjon</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="759" />
            <source>Contact (private: never printed, exported or projected)</source>
            <translation>Kontakt (privat: skrives aldri ut, eksporteres eller vises)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="762" />
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="762" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="764" />
            <source>private – never printed or projected</source>
            <translation>privat – skrives aldri ut eller vises</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="782" />
            <source>Presentations and materials</source>
            <translation>Innlegg og materiell</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="789" />
            <source>New presentation…</source>
            <translation>Nytt innlegg…</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="792" />
            <source>Where the presentation sits in the agenda</source>
            <translation>Hvor innlegget ligger på dagsordenen</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="794" />
            <location filename="../../ui/program/page.py" line="810" />
            <source>Remove</source>
            <translation>Fjern</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="805" />
            <source>Attach file…</source>
            <translation>Legg ved fil…</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="806" />
            <source>Slides or a PDF; stored in the assembly file so a backup carries it</source>
            <translation>Lysbilder eller en PDF; lagres i innbyggerpanelets fil, så sikkerhetskopien får den med</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="808" />
            <source>Open</source>
            <translation>Åpne</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="821" />
            <source>Experts</source>
            <translation>Eksperter</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="861" />
            <source>not placed in the agenda</source>
            <translation>ikke plassert på dagsordenen</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="881" />
            <source>(not in the agenda)</source>
            <translation>(ikke på dagsordenen)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="901" />
            <source>Expert added</source>
            <translation>Ekspert lagt til</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="914" />
            <source>Expert saved</source>
            <translation>Ekspert lagret</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="922" />
            <source>Delete expert</source>
            <translation>Slett ekspert</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="922" />
            <source>Delete {0} with their presentations and materials?</source>
            <translation>Slette {0} med innlegg og materiell?</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="925" />
            <source>Expert deleted</source>
            <translation>Ekspert slettet</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="931" />
            <source>New presentation</source>
            <translation>Nytt innlegg</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="937" />
            <source>Presentation added</source>
            <translation>Innlegg lagt til</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="947" />
            <source>Presentation placed in the agenda</source>
            <translation>Innlegget er plassert på dagsordenen</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="947" />
            <source>Presentation taken off the agenda</source>
            <translation>Innlegget er tatt av dagsordenen</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="953" />
            <source>Presentation removed</source>
            <translation>Innlegg fjernet</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="958" />
            <location filename="../../ui/program/page.py" line="983" />
            <location filename="../../ui/program/page.py" line="988" />
            <source>Materials</source>
            <translation>Materiell</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="958" />
            <source>Add a presentation first.</source>
            <translation>Legg til et innlegg først.</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="963" />
            <source>Attach a file</source>
            <translation>Legg ved en fil</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="965" />
            <source>Slides and documents (*.pdf *.pptx *.ppt *.odp *.key);;All files (*)</source>
            <translation>Lysbilder og dokumenter (*.pdf *.pptx *.ppt *.odp *.key);;Alle filer (*)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="972" />
            <source>{0} attached</source>
            <translation>{0} lagt ved</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="989" />
            <source>No program on this laptop opens {0}. It was saved to {1}.</source>
            <translation>Ingen programmer på denne datamaskinen kan åpne {0}. Den er lagret i {1}.</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="997" />
            <source>Material removed</source>
            <translation>Materiell fjernet</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1002" />
            <location filename="../../ui/program/page.py" line="1022" />
            <source>New question…</source>
            <translation>Nytt spørsmål…</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1008" />
            <source>Questions the tables send to the experts: type them in as the table hosts bring them, group similar ones, choose which go to the expert and show them on the projector.</source>
            <translation>Spørsmål bordene sender til ekspertene: skriv dem inn etter hvert som bordvertene kommer med dem, samle like spørsmål, velg hvilke som går videre til eksperten, og vis dem på prosjektoren.</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1020" />
            <source>Show the questions to one expert</source>
            <translation>Vis spørsmålene til én ekspert</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1023" />
            <source>Type in a question a table sends to an expert</source>
            <translation>Skriv inn et spørsmål som et bord sender til en ekspert</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1029" />
            <source>Show the questions view</source>
            <translation>Vis spørsmålene</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1030" />
            <source>Show the chosen questions on the projector (F9)</source>
            <translation>Vis de utvalgte spørsmålene på prosjektoren (F9)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1044" />
            <source>Group…</source>
            <translation>Grupper…</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1044" />
            <source>Give similar questions one group name</source>
            <translation>Gi like spørsmål ett gruppenavn</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1045" />
            <source>Select</source>
            <translation>Velg ut</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1045" />
            <source>These go to the expert</source>
            <translation>Disse går videre til eksperten</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1047" />
            <source>Answered</source>
            <translation>Besvart</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1048" />
            <source>Mark as answered (leaves the projector)</source>
            <translation>Merk som besvart (forsvinner fra prosjektoren)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1051" />
            <source>Discard</source>
            <translation>Forkast</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1051" />
            <source>Not asked</source>
            <translation>Ikke stilt</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1053" />
            <source>On projector</source>
            <translation>På prosjektoren</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1054" />
            <source>Show these on the projector's questions view</source>
            <translation>Vis disse i prosjektorens spørsmålsvisning</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1057" />
            <source>Off projector</source>
            <translation>Av prosjektoren</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1057" />
            <source>Take these off the projector</source>
            <translation>Ta disse av prosjektoren</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1068" />
            <source>Questions</source>
            <translation>Spørsmål</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1076" />
            <source>All experts</source>
            <translation>Alle eksperter</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1087" />
            <source>{0} of at most {1} on the projector</source>
            <translation>{0} av høyst {1} på prosjektoren</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1108" />
            <source>Question added</source>
            <translation>Spørsmål lagt til</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1116" />
            <source>Group questions</source>
            <translation>Grupper spørsmål</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1116" />
            <source>A short name for the group (empty: no group)</source>
            <translation>Et kort navn på gruppen (tomt: ingen gruppe)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/program/page.py" line="1120" />
            <source>%n question(s) grouped</source>
            <translation>
                <numerusform>%n spørsmål gruppert</numerusform>
                <numerusform>%n spørsmål gruppert</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1126" />
            <source>Questions updated</source>
            <translation>Spørsmål oppdatert</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1133" />
            <source>Shown on the projector</source>
            <translation>Vises på prosjektoren</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1133" />
            <source>Taken off the projector</source>
            <translation>Tatt av prosjektoren</translation>
        </message>
    </context>
    <context>
        <name>ProjectorPanel</name>
        <message>
            <location filename="../../ui/projector/control.py" line="45" />
            <source>Projector</source>
            <translation>Prosjektor</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="62" />
            <location filename="../../ui/projector/control.py" line="247" />
            <source>Show projector</source>
            <translation>Vis prosjektor</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="64" />
            <source>Show or hide the projector window (F5)</source>
            <translation>Vis eller skjul prosjektorvinduet (F5)</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="68" />
            <source>Dark</source>
            <translation>Mørk</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="69" />
            <source>Light</source>
            <translation>Lys</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="70" />
            <source>Dark for a dim hall, light for a bright one</source>
            <translation>Mørk for en dempet sal, lys for en lys sal</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="105" />
            <source>Show “{0}” on the projector ({1})</source>
            <translation>Vis «{0}» på prosjektoren ({1})</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="119" />
            <source>Countdown</source>
            <translation>Nedtelling</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="124" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="125" />
            <source>Length of the countdown; Set starts it over</source>
            <translation>Nedtellingens lengde; Sett starter på nytt</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="126" />
            <source>Set</source>
            <translation>Sett</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="127" />
            <source>Set the countdown to this many minutes (paused)</source>
            <translation>Sett nedtellingen til så mange minutter (på pause)</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="131" />
            <location filename="../../ui/projector/control.py" line="271" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="132" />
            <source>Start or pause the countdown</source>
            <translation>Start eller sett nedtellingen på pause</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="134" />
            <source>−1 min</source>
            <translation>−1 min</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="135" />
            <source>One minute less</source>
            <translation>Ett minutt mindre</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="137" />
            <source>+1 min</source>
            <translation>+1 min</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="138" />
            <source>One minute more</source>
            <translation>Ett minutt mer</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="140" />
            <source>Sound at zero</source>
            <translation>Lyd ved null</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="152" />
            <source>Message</source>
            <translation>Melding</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="155" />
            <source>e.g. Lunch – we continue at 13:00</source>
            <translation>f.eks. Lunsj – vi fortsetter kl. 13.00</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="157" />
            <source>Show</source>
            <translation>Vis</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="158" />
            <source>Show this message on the projector (Enter)</source>
            <translation>Vis meldingen på prosjektoren (Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="195" />
            <source>Projector control &amp;panel</source>
            <translation>Prosjektorens &amp;kontrollpanel</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="198" />
            <source>Show or hide the projector control panel (Shift+F5)</source>
            <translation>Vis eller skjul prosjektorens kontrollpanel (Shift+F5)</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="240" />
            <source>Showing: {0}</source>
            <translation>Viser: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="247" />
            <source>Hide projector</source>
            <translation>Skjul prosjektor</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="261" />
            <source>Second screen found: {0} ({1}×{2}), full screen</source>
            <translation>Andre skjerm funnet: {0} ({1}×{2}), fullskjerm</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="262" />
            <source>projector</source>
            <translation>prosjektor</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="266" />
            <source>No second screen: the projector opens as a window here</source>
            <translation>Ingen andre skjerm: prosjektoren åpnes som et vindu her</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="271" />
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="282" />
            <source>The projector is off.
F5 shows it.</source>
            <translation>Prosjektoren er av.
F5 viser den.</translation>
        </message>
        <message>
            <source>−1</source>
            <translation>−1</translation>
        </message>
        <message>
            <source>+1</source>
            <translation>+1</translation>
        </message>
        <message>
            <source>No second screen: the projector opens as a window here; F5 hides it again</source>
            <translation>Ingen andre skjerm: prosjektoren åpnes som et vindu her; F5 skjuler det igjen</translation>
        </message>
        <message>
            <source>Projector off</source>
            <translation>Prosjektor av</translation>
        </message>
    </context>
    <context>
        <name>ProjectorViews</name>
        <message>
            <location filename="../../ui/projector/generic.py" line="28" />
            <source>Welcome</source>
            <translation>Velkommen</translation>
        </message>
        <message>
            <location filename="../../ui/projector/generic.py" line="30" />
            <source>Agenda</source>
            <translation>Dagsorden</translation>
        </message>
        <message>
            <location filename="../../ui/projector/generic.py" line="32" />
            <source>Countdown</source>
            <translation>Nedtelling</translation>
        </message>
        <message>
            <location filename="../../ui/projector/generic.py" line="35" />
            <source>Questions</source>
            <translation>Spørsmål</translation>
        </message>
        <message>
            <location filename="../../ui/projector/generic.py" line="40" />
            <source>Message</source>
            <translation>Melding</translation>
        </message>
        <message>
            <location filename="../../ui/projector/generic.py" line="42" />
            <source>Blank</source>
            <translation>Svart skjerm</translation>
        </message>
    </context>
    <context>
        <name>ProjectorWindow</name>
        <message>
            <location filename="../../ui/projector/window.py" line="32" />
            <source>Tingsted – projector</source>
            <translation>Tingsted – prosjektor</translation>
        </message>
    </context>
    <context>
        <name>QuestionDialog</name>
        <message>
            <location filename="../../ui/program/page.py" line="143" />
            <source>New question</source>
            <translation>Nytt spørsmål</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="146" />
            <source>(no table)</source>
            <translation>(intet bord)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="150" />
            <source>(any expert)</source>
            <translation>(hvilken som helst ekspert)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="155" />
            <source>The question, as the table wrote it</source>
            <translation>Spørsmålet, slik bordet skrev det</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="156" />
            <source>Table</source>
            <translation>Bord</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="157" />
            <source>To</source>
            <translation>Til</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="158" />
            <source>Question</source>
            <translation>Spørsmål</translation>
        </message>
    </context>
    <context>
        <name>QuestionsModel</name>
        <message>
            <location filename="../../ui/program/models.py" line="226" />
            <source>Question</source>
            <translation>Spørsmål</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="227" />
            <source>Table</source>
            <translation>Bord</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="228" />
            <source>Expert</source>
            <translation>Ekspert</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="229" />
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="230" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="231" />
            <source>On screen</source>
            <translation>På skjermen</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="237" />
            <source>Shown</source>
            <translation>Vises</translation>
        </message>
    </context>
    <context>
        <name>QuestionsView</name>
        <message>
            <location filename="../../ui/projector/questions.py" line="56" />
            <source>Questions for {0}</source>
            <translation>Spørsmål til {0}</translation>
        </message>
        <message>
            <location filename="../../ui/projector/questions.py" line="58" />
            <source>Questions to the experts</source>
            <translation>Spørsmål til ekspertene</translation>
        </message>
        <message>
            <location filename="../../ui/projector/questions.py" line="65" />
            <source>No questions chosen yet.</source>
            <translation>Ingen spørsmål valgt ut ennå.</translation>
        </message>
    </context>
    <context>
        <name>RecommendationDialog</name>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="91" />
            <source>New recommendation</source>
            <translation>Ny anbefaling</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="91" />
            <source>Edit details</source>
            <translation>Rediger opplysninger</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="99" />
            <source>A short title, e.g. A youth council</source>
            <translation>En kort tittel, f.eks. Et ungdomsråd</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="104" />
            <source>e.g. Climate</source>
            <translation>f.eks. Klima</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="105" />
            <source>(no table)</source>
            <translation>(intet bord)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="106" />
            <source>&amp;Code</source>
            <translation>&amp;Kode</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="107" />
            <source>&amp;Title</source>
            <translation>&amp;Tittel</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="108" />
            <source>T&amp;heme</source>
            <translation>T&amp;ema</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="109" />
            <source>From t&amp;able</source>
            <translation>Fra b&amp;ord</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="116" />
            <source>The recommendation's first draft</source>
            <translation>Anbefalingens første utkast</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="120" />
            <source>One concrete initiative per line (optional)</source>
            <translation>Ett konkret tiltak per linje (valgfritt)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="123" />
            <source>Who wrote it</source>
            <translation>Hvem skrev den</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="124" />
            <source>Te&amp;xt</source>
            <translation>Te&amp;kst</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="125" />
            <source>&amp;Initiatives</source>
            <translation>&amp;Tiltak</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="126" />
            <source>Written &amp;by</source>
            <translation>Skrevet &amp;av</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="130" />
            <source>Create</source>
            <translation>Opprett</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="130" />
            <source>Save</source>
            <translation>Lagre</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="153" />
            <source>Recommendation {0} created</source>
            <translation>Anbefaling {0} opprettet</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="165" />
            <source>Details of {0} saved</source>
            <translation>Opplysninger om {0} lagret</translation>
        </message>
    </context>
    <context>
        <name>RecommendationListModel</name>
        <message numerus="yes">
            <location filename="../../ui/recommendations/models.py" line="1" />
            <source>%n initiative(s)</source>
            <translation>
                <numerusform>%n tiltak</numerusform>
                <numerusform>%n tiltak</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/models.py" line="56" />
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/models.py" line="56" />
            <source>Title</source>
            <translation>Tittel</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/models.py" line="56" />
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/models.py" line="56" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/models.py" line="56" />
            <source>Versions</source>
            <translation>Versjoner</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/models.py" line="77" />
            <source>From {0}</source>
            <translation>Fra {0}</translation>
        </message>
    </context>
    <context>
        <name>RecommendationStatus</name>
        <message numerus="yes">
            <location filename="../../ui/recommendations/models.py" line="1" />
            <source>%n open amendment(s)</source>
            <translation>
                <numerusform>%n åpent endringsforslag</numerusform>
                <numerusform>%n åpne endringsforslag</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/models.py" line="31" />
            <source>Draft</source>
            <translation>Utkast</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/models.py" line="40" />
            <source>Final</source>
            <translation>Endelig</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/models.py" line="43" />
            <source>Merged into {0}</source>
            <translation>Slått sammen med {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/models.py" line="45" />
            <source>Merged</source>
            <translation>Slått sammen</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/models.py" line="48" />
            <source>Withdrawn</source>
            <translation>Trukket tilbake</translation>
        </message>
    </context>
    <context>
        <name>RecommendationsPage</name>
        <message numerus="yes">
            <location filename="../../ui/recommendations/page.py" line="1" />
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>%n anbefaling</numerusform>
                <numerusform>%n anbefalinger</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/recommendations/page.py" line="1" />
            <source>%n version(s)</source>
            <translation>
                <numerusform>%n versjon</numerusform>
                <numerusform>%n versjoner</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/recommendations/page.py" line="1" />
            <source>%n recommendation(s) imported</source>
            <translation>
                <numerusform>%n anbefaling lest inn</numerusform>
                <numerusform>%n anbefalinger lest inn</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="96" />
            <source>New recommendation…</source>
            <translation>Ny anbefaling…</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="99" />
            <source>Draft a new recommendation (Ctrl+N)</source>
            <translation>Skriv en ny anbefaling (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="102" />
            <source>Import from a spreadsheet…</source>
            <translation>Les inn fra et regneark…</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="103" />
            <source>Import recommendations from CSV or Excel (code, title, theme, text)</source>
            <translation>Les inn anbefalinger fra CSV eller Excel (kode, tittel, tema, tekst)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="105" />
            <source>Search</source>
            <translation>Søk</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="110" />
            <location filename="../../ui/recommendations/page.py" line="302" />
            <source>Save as new version</source>
            <translation>Lagre som ny versjon</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="123" />
            <source>No recommendations yet. Draft the assembly's recommendations here: every edit is kept as a version, tables propose amendments, and the final wording goes to the vote.</source>
            <translation>Ingen anbefalinger ennå. Skriv innbyggerpanelets anbefalinger her: hver endring lagres som en versjon, bordene fremmer endringsforslag, og den endelige ordlyden går til avstemning.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="166" />
            <source>Search (Ctrl+F)</source>
            <translation>Søk (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="167" />
            <source>Search the codes, titles, themes and texts (Ctrl+F)</source>
            <translation>Søk i koder, titler, temaer og tekster (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="174" />
            <source>Show one theme only</source>
            <translation>Vis bare ett tema</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="207" />
            <source>Import…</source>
            <translation>Les inn…</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="216" />
            <source>Choose a recommendation on the left.</source>
            <translation>Velg en anbefaling til venstre.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="245" />
            <source>Edit…</source>
            <translation>Rediger…</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="245" />
            <source>Edit the code, title, theme and origin table</source>
            <translation>Rediger kode, tittel, tema og bordet den kommer fra</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="248" />
            <source>Merge…</source>
            <translation>Slå sammen…</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="248" />
            <source>Merge another draft into this one</source>
            <translation>Slå sammen et annet utkast med dette</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="251" />
            <location filename="../../ui/recommendations/page.py" line="670" />
            <source>Mark final</source>
            <translation>Merk som endelig</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="253" />
            <location filename="../../ui/recommendations/page.py" line="672" />
            <source>The current version becomes the final wording that goes to the vote</source>
            <translation>Den nåværende versjonen blir den endelige ordlyden som går til avstemning</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="256" />
            <location filename="../../ui/recommendations/page.py" line="678" />
            <source>Withdraw</source>
            <translation>Trekk tilbake</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="270" />
            <source>Text</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="271" />
            <source>Initiatives</source>
            <translation>Tiltak</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="272" />
            <location filename="../../ui/recommendations/page.py" line="808" />
            <source>Amendments</source>
            <translation>Endringsforslag</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="273" />
            <source>History</source>
            <translation>Historikk</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="274" />
            <source>Minority</source>
            <translation>Mindretall</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="275" />
            <source>Minority statement</source>
            <translation>Mindretallsuttalelse</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="295" />
            <source>Your name</source>
            <translation>Navnet ditt</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="296" />
            <source>Who made this change</source>
            <translation>Hvem gjorde endringen</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="298" />
            <source>The table the change comes from</source>
            <translation>Bordet endringen kommer fra</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="300" />
            <source>Note (optional)</source>
            <translation>Notat (valgfritt)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="301" />
            <source>A note about this version, e.g. after the plenary</source>
            <translation>Et notat om denne versjonen, f.eks. etter plenum</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="304" />
            <source>Keep the old text and save this as a new version (Ctrl+S)</source>
            <translation>Behold den gamle teksten og lagre denne som en ny versjon (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="328" />
            <source>Concrete initiatives under this recommendation. Double-click one to edit it.</source>
            <translation>Konkrete tiltak under denne anbefalingen. Dobbeltklikk på ett for å endre det.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="342" />
            <source>A new initiative – press Enter to add it</source>
            <translation>Et nytt tiltak – trykk Enter for å legge det til</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="344" />
            <source>Add</source>
            <translation>Legg til</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="350" />
            <source>Up</source>
            <translation>Opp</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="350" />
            <source>Move the initiative up</source>
            <translation>Flytt tiltaket opp</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="352" />
            <source>Down</source>
            <translation>Ned</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="352" />
            <source>Move the initiative down</source>
            <translation>Flytt tiltaket ned</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="354" />
            <source>Remove</source>
            <translation>Fjern</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="356" />
            <source>Undo remove</source>
            <translation>Angre fjerning</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="370" />
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="370" />
            <source>Against</source>
            <translation>Til</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="370" />
            <source>Proposed by</source>
            <translation>Foreslått av</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="370" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="370" />
            <source>Rationale</source>
            <translation>Begrunnelse</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="379" />
            <source>Propose…</source>
            <translation>Foreslå…</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="379" />
            <source>Propose an amendment to the current version</source>
            <translation>Foreslå en endring i den nåværende versjonen</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="382" />
            <source>Accept</source>
            <translation>Vedta</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="382" />
            <source>Its text becomes a new version</source>
            <translation>Teksten blir en ny versjon</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="384" />
            <location filename="../../ui/recommendations/page.py" line="1020" />
            <source>Reject</source>
            <translation>Forkast</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="387" />
            <source>Propose again…</source>
            <translation>Foreslå igjen…</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="389" />
            <source>Start a new amendment against the current version with this amendment's wording</source>
            <translation>Fremme et nytt endringsforslag mot den nåværende versjonen med dette forslagets ordlyd</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="393" />
            <location filename="../../ui/recommendations/page.py" line="439" />
            <source>Compare…</source>
            <translation>Sammenlign…</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="393" />
            <source>Show the change in a large side-by-side view</source>
            <translation>Vis endringen side om side i stor visning</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="418" />
            <source>Every saved text is kept. Choose one version to compare it with the one before, or two (Ctrl+click) to compare them.</source>
            <translation>Hver lagrede tekst beholdes. Velg én versjon for å sammenligne den med den forrige, eller to (Ctrl+klikk) for å sammenligne dem.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="426" />
            <source>Version</source>
            <translation>Versjon</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="426" />
            <source>Saved</source>
            <translation>Lagret</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="426" />
            <source>By</source>
            <translation>Av</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="426" />
            <source>Table</source>
            <translation>Bord</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="426" />
            <source>Note</source>
            <translation>Notat</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="435" />
            <source>Choose a version to read its text here.</source>
            <translation>Velg en versjon for å lese teksten her.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="439" />
            <source>Show two versions side by side</source>
            <translation>Vis to versjoner side om side</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="443" />
            <location filename="../../ui/recommendations/page.py" line="675" />
            <source>Restore</source>
            <translation>Gjenopprett</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="443" />
            <source>Save this older text again as a new version</source>
            <translation>Lagre denne eldre teksten igjen som en ny versjon</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="447" />
            <source>Use as final</source>
            <translation>Bruk som endelig</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="447" />
            <source>Mark this version as the final wording</source>
            <translation>Merk denne versjonen som den endelige ordlyden</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="460" />
            <source>A minority's statement, printed beside the recommendation in the report.</source>
            <translation>En mindretallsuttalelse, som trykkes ved anbefalingen i rapporten.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="469" />
            <source>Save statement</source>
            <translation>Lagre uttalelse</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="530" />
            <source>All themes</source>
            <translation>Alle temaer</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="557" />
            <source>{0} of {1} shown</source>
            <translation>{0} av {1} vises</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="644" />
            <source>Merged into {0}</source>
            <translation>Slått sammen med {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="649" />
            <source>Theme: {0}</source>
            <translation>Tema: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="651" />
            <source>From {0}</source>
            <translation>Fra {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="655" />
            <source>final wording: version {0}</source>
            <translation>endelig ordlyd: versjon {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="657" />
            <source>merged from {0}</source>
            <translation>slått sammen med {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="666" />
            <source>Reopen</source>
            <translation>Åpne igjen</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="668" />
            <source>Back to draft; the final wording is cleared</source>
            <translation>Tilbake til utkast; den endelige ordlyden fjernes</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="682" />
            <location filename="../../ui/recommendations/page.py" line="815" />
            <source>Version {0}</source>
            <translation>Versjon {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="688" />
            <source>final wording</source>
            <translation>endelig ordlyd</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="690" />
            <location filename="../../ui/recommendations/page.py" line="819" />
            <source>current</source>
            <translation>nåværende</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="696" />
            <source>⚠ Not saved yet</source>
            <translation>⚠ Ikke lagret ennå</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="727" />
            <source>A newer version was saved meanwhile ({0}); your edit is not saved yet.</source>
            <translation>En nyere versjon er lagret i mellomtiden ({0}); endringen din er ikke lagret ennå.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="729" />
            <source>Your edit is not saved yet (based on {0}).</source>
            <translation>Endringen din er ikke lagret ennå (bygger på {0}).</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="732" />
            <source>No text yet.</source>
            <translation>Ingen tekst ennå.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="740" />
            <source>This is the final wording. Reopen it for editing to change it.</source>
            <translation>Dette er den endelige ordlyden. Åpne den igjen for å endre den.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="741" />
            <source>Merged into {0}; its history is kept here.</source>
            <translation>Slått sammen med {0}; historikken beholdes her.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="742" />
            <source>Withdrawn. Restore it to edit it again.</source>
            <translation>Trukket tilbake. Gjenopprett den for å endre den igjen.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="748" />
            <source>(no table)</source>
            <translation>(intet bord)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="760" />
            <source>Initiative {0}</source>
            <translation>Tiltak {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="768" />
            <source>Initiatives ({0})</source>
            <translation>Tiltak ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="779" />
            <source>Outdated (text now at version {0})</source>
            <translation>Utdatert (teksten er nå versjon {0})</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="782" />
            <source>Proposed</source>
            <translation>Foreslått</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="785" />
            <source>Accepted</source>
            <translation>Vedtatt</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="788" />
            <source>Rejected</source>
            <translation>Forkastet</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="792" />
            <source>version {0}</source>
            <translation>versjon {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="808" />
            <source>Amendments ({0} open)</source>
            <translation>Endringsforslag (åpne: {0})</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="817" />
            <source>final</source>
            <translation>endelig</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="829" />
            <source>History ({0})</source>
            <translation>Historikk ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="835" />
            <source>Not done: {0}</source>
            <translation>Ikke utført: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="901" />
            <source>New version of {0} saved</source>
            <translation>Ny versjon av {0} lagret</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="910" />
            <source>{0} reopened for editing</source>
            <translation>{0} åpnet igjen</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="913" />
            <source>the text has unsaved changes; save them as a new version first.</source>
            <translation>teksten har endringer som ikke er lagret; lagre dem som en ny versjon først.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="915" />
            <source>Final wording of {0} marked</source>
            <translation>Den endelige ordlyden av {0} er merket</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="922" />
            <source>{0} restored as a draft</source>
            <translation>{0} gjenopprettet som utkast</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="924" />
            <source>{0} withdrawn</source>
            <translation>{0} trukket tilbake</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="933" />
            <source>Minority statement of {0} saved</source>
            <translation>Mindretallsuttalelsen til {0} er lagret</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="956" />
            <source>Initiative added to {0}</source>
            <translation>Tiltak lagt til {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="969" />
            <source>Initiative changed</source>
            <translation>Tiltak endret</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="977" />
            <source>Initiative moved</source>
            <translation>Tiltak flyttet</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="985" />
            <source>Initiative removed</source>
            <translation>Tiltak fjernet</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="995" />
            <source>Initiative put back</source>
            <translation>Tiltak satt tilbake</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1016" />
            <source>Undo reject</source>
            <translation>Angre forkasting</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1030" />
            <source>No amendments yet. A table can propose a change to the current text.</source>
            <translation>Ingen endringsforslag ennå. Et bord kan foreslå en endring i den nåværende teksten.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1039" />
            <source>unknown</source>
            <translation>ukjent</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1043" />
            <source>Version ?</source>
            <translation>Versjon ?</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1044" />
            <source>Amendment {0} · {1}</source>
            <translation>Endringsforslag {0} · {1}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1049" />
            <source>Outdated: proposed against version {0}, but the text has changed since. Accepting it would undo those changes – propose it again on the current text, or reject it.</source>
            <translation>Utdatert: fremmet mot versjon {0}, men teksten er endret siden. Å vedta det ville angre de endringene – foreslå det på nytt mot den nåværende teksten, eller forkast det.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1055" />
            <source>Rationale: {0}</source>
            <translation>Begrunnelse: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1081" />
            <source>Amendment {0} accepted: a new version of {1}</source>
            <translation>Endringsforslag {0} vedtatt: en ny versjon av {1}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1091" />
            <source>Amendment {0} is open again</source>
            <translation>Endringsforslag {0} er åpent igjen</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1097" />
            <source>Amendment {0} rejected</source>
            <translation>Endringsforslag {0} forkastet</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1138" />
            <source>{0}: version {1} and version {2}</source>
            <translation>{0}: versjon {1} og versjon {2}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1151" />
            <source>{0}: amendment {1}</source>
            <translation>{0}: endringsforslag {1}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1180" />
            <source>Restored from version {0}</source>
            <translation>Gjenopprettet fra versjon {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1183" />
            <source>Version {0} of {1} restored as a new version</source>
            <translation>Versjon {0} av {1} gjenopprettet som ny versjon</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1194" />
            <source>Version {0} is the final wording of {1}</source>
            <translation>Versjon {0} er den endelige ordlyden av {1}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1202" />
            <source>Import recommendations</source>
            <translation>Les inn anbefalinger</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1204" />
            <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
            <translation>Regneark (*.csv *.xlsx);;Alle filer (*)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1220" />
            <source>Nothing imported</source>
            <translation>Ingenting lest inn</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1222" />
            <source>{0} has {1} problem(s); nothing was imported. Fix them and import again.</source>
            <translation>{0} har {1} problem(er); ingenting ble lest inn. Rett dem, og les inn på nytt.</translation>
        </message>
    </context>
    <context>
        <name>ReportTab</name>
        <message>
            <location filename="../../ui/reports/page.py" line="93" />
            <source>Recommendation report</source>
            <translation>Anbefalingsrapport</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="97" />
            <source>The report for the commissioning body: choose what it contains, add a preface and a logo, then build it as a PDF.</source>
            <translation>Rapporten til oppdragsgiveren: velg hva den skal inneholde, legg til et forord og en logo, og lag den som PDF.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="104" />
            <source>Contents</source>
            <translation>Innhold</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="105" />
            <location filename="../../ui/reports/page.py" line="134" />
            <source>Preface</source>
            <translation>Forord</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="106" />
            <source>Process and experts</source>
            <translation>Prosessen og ekspertene</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="107" />
            <source>Members and composition</source>
            <translation>Medlemmer og sammensetning</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="108" />
            <source>Attendance</source>
            <translation>Fremmøte</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="109" />
            <source>Recommendations and votes</source>
            <translation>Anbefalinger og avstemninger</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="110" />
            <source>Minority statements</source>
            <translation>Mindretallsuttalelser</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="111" />
            <source>Evaluation</source>
            <translation>Evaluering</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="112" />
            <source>Appendix: all ballots</source>
            <translation>Vedlegg: alle avstemninger</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="130" />
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="132" />
            <source>A few words to the commissioning body (optional)</source>
            <translation>Noen ord til oppdragsgiveren (valgfritt)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="137" />
            <source>No logo</source>
            <translation>Ingen logo</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="139" />
            <location filename="../../ui/reports/page.py" line="149" />
            <source>Choose…</source>
            <translation>Velg…</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="141" />
            <source>Remove</source>
            <translation>Fjern</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="146" />
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="153" />
            <source>Save as</source>
            <translation>Lagre som</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="157" />
            <source>Build report</source>
            <translation>Lag rapport</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="160" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="163" />
            <source>Open folder</source>
            <translation>Åpne mappe</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="182" />
            <source>Preview of the first pages</source>
            <translation>Forhåndsvisning av de første sidene</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="190" />
            <source>Build the report to see its first pages here.</source>
            <translation>Lag rapporten for å se de første sidene her.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="220" />
            <source>Choose a logo</source>
            <translation>Velg en logo</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="220" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Bilder (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="226" />
            <source>Save the report as</source>
            <translation>Lagre rapporten som</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="249" />
            <source>Building the report…</source>
            <translation>Lager rapporten…</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="267" />
            <source>Cancelling…</source>
            <translation>Avbryter…</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="285" />
            <source>Report saved: {0} ({1} pages)</source>
            <translation>Rapport lagret: {0} ({1} sider)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="294" />
            <source>The report could not be built: {0}</source>
            <translation>Rapporten kunne ikke lages: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="297" />
            <source>The report could not be built ({0}). Please report this.</source>
            <translation>Rapporten kunne ikke lages ({0}). Gi gjerne beskjed om feilen.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="303" />
            <source>Cancelled; no report was written.</source>
            <translation>Avbrutt; ingen rapport ble skrevet.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="322" />
            <source>Page {0}</source>
            <translation>Side {0}</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../../ui/reports/page.py" line="791" />
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="792" />
            <source>Evaluation</source>
            <translation>Evaluering</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="793" />
            <source>Data export</source>
            <translation>Dataeksport</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="796" />
            <source>Build report</source>
            <translation>Lag rapport</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="798" />
            <source>Build the recommendation report as a PDF</source>
            <translation>Lag anbefalingsrapporten som PDF</translation>
        </message>
    </context>
    <context>
        <name>ResultPanel</name>
        <message>
            <location filename="../../ui/voting/page.py" line="815" />
            <source>&amp;Verify the seal</source>
            <translation>&amp;Kontroller forseglingen</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="831" />
            <source>Cast: {0}</source>
            <translation>Avgitt: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="832" />
            <source>present: {0}</source>
            <translation>fremmøtt: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="833" />
            <source>members: {0}</source>
            <translation>medlemmer: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="834" />
            <source>base: {0}</source>
            <translation>grunnlag: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="837" />
            <source>threshold: {0} %</source>
            <translation>terskel: {0} %</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="840" />
            <source>Sealed result, SHA-256: {0}</source>
            <translation>Forseglet resultat, SHA-256: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="842" />
            <source>The result is sealed when the ballot is closed.</source>
            <translation>Resultatet forsegles når avstemningen lukkes.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="844" />
            <source>Closed without a sealed result yet: publishing seals it.</source>
            <translation>Lukket uten forseglet resultat: det forsegles ved offentliggjøring.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="852" />
            <source>Seal intact</source>
            <translation>Forseglingen er intakt</translation>
        </message>
    </context>
    <context>
        <name>ResultsOverviewView</name>
        <message>
            <location filename="../../ui/projector/ballot.py" line="500" />
            <source>Results</source>
            <translation>Resultater</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="552" />
            <source>Adopted</source>
            <translation>Vedtatt</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="552" />
            <source>Not adopted</source>
            <translation>Ikke vedtatt</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="575" />
            <source>No results have been published yet.</source>
            <translation>Ingen resultater er offentliggjort ennå.</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="577" />
            <source>Page {0} of {1}</source>
            <translation>Side {0} av {1}</translation>
        </message>
    </context>
    <context>
        <name>RosterView</name>
        <message>
            <location filename="../../ui/members/roster.py" line="60" />
            <source>No members yet. Import the roster from a spreadsheet (CSV or Excel) – or draw the members in the Lottery area, or add them one by one.</source>
            <translation>Ingen medlemmer ennå. Importer medlemslisten fra et regneark (CSV eller Excel) – eller trekk medlemmene under Loddtrekning, eller legg dem til én og én.</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="76" />
            <source>Search name or number…</source>
            <translation>Søk navn eller nummer…</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="78" />
            <source>Search as you type over names and member numbers (Ctrl+F)</source>
            <translation>Søk mens du skriver i navn og medlemsnumre (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="87" />
            <source>Show members with this status</source>
            <translation>Vis medlemmer med denne statusen</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="89" />
            <source>All statuses</source>
            <translation>Alle statuser</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="90" />
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="91" />
            <source>Withdrawn</source>
            <translation>Trådt ut</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="92" />
            <source>Replaced</source>
            <translation>Erstattet</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="97" />
            <source>Show members with this category value</source>
            <translation>Vis medlemmer med denne kategoriverdien</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="105" />
            <source>New member</source>
            <translation>Nytt medlem</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="108" />
            <source>Add a member by hand</source>
            <translation>Legg til et medlem manuelt</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="109" />
            <source>Withdraw / replace…</source>
            <translation>Uttreden / erstatt…</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="112" />
            <source>Record that the selected member withdrew, and pick a reserve</source>
            <translation>Registrer at det valgte medlemmet har trådt ut, og velg en reserve</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="113" />
            <source>Forget…</source>
            <translation>Glem…</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="115" />
            <source>Erase the selected member's name and contact data for good (counts stay)</source>
            <translation>Slett det valgte medlemmets navn og kontaktopplysninger for godt (tellingene beholdes)</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="117" />
            <source>Export…</source>
            <translation>Eksporter…</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="120" />
            <source>Export the members to CSV or Excel (anonymised unless you choose)</source>
            <translation>Eksporter medlemmene til CSV eller Excel (anonymisert med mindre du velger annet)</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="128" />
            <source>Print</source>
            <translation>Skriv ut</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="129" />
            <source>Badges, sign-in sheets and member lists as PDF</source>
            <translation>Navneskilt, innsjekkingslister og medlemslister som PDF</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="132" />
            <source>Name badges…</source>
            <translation>Navneskilt…</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="133" />
            <source>Sign-in sheet for the day…</source>
            <translation>Innsjekkingsliste for dagen…</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="134" />
            <source>Member list…</source>
            <translation>Medlemsliste…</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="197" />
            <source>All categories</source>
            <translation>Alle kategorier</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="217" />
            <source>{0} of {1} members</source>
            <translation>{0} av {1} medlemmer</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="273" />
            <source>Forget member {0}</source>
            <translation>Glem medlem {0}</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="275" />
            <source>Erase the name and contact data of member {0} ({1}) for good?</source>
            <translation>Slette navn og kontaktopplysninger for medlem {0} ({1}) for godt?</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="280" />
            <source>Attendance, votes and the anonymous profile stay as counts. This cannot be undone.</source>
            <translation>Fremmøte, stemmer og den anonyme profilen beholdes som tellinger. Dette kan ikke angres.</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="282" />
            <source>Forget</source>
            <translation>Glem</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="293" />
            <source>Member {0} forgotten: name and contact data erased</source>
            <translation>Medlem {0} glemt: navn og kontaktopplysninger slettet</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="296" />
            <source>Forget member</source>
            <translation>Glem medlem</translation>
        </message>
    </context>
    <context>
        <name>RuleDialog</name>
        <message>
            <location filename="../../ui/tables/rules.py" line="441" />
            <source>Keep together</source>
            <translation>Hold sammen</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="441" />
            <source>Keep apart</source>
            <translation>Hold adskilt</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="449" />
            <source>These members sit at the same table in every round.</source>
            <translation>Disse medlemmene sitter ved samme bord i hver runde.</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="451" />
            <source>No two of these members sit at the same table in any round.</source>
            <translation>Ingen to av disse medlemmene sitter ved samme bord i noen runde.</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="458" />
            <source>e.g. sign-language interpretation</source>
            <translation>f.eks. tegnspråktolking</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="458" />
            <source>e.g. one family</source>
            <translation>f.eks. én familie</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="460" />
            <source>&amp;Label</source>
            <translation>&amp;Betegnelse</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="462" />
            <source>Name, number or need; Enter ticks the first match</source>
            <translation>Navn, nummer eller behov; Enter krysser av det første treffet</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="466" />
            <source>&amp;Search</source>
            <translation>&amp;Søk</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="492" />
            <source>Add rule</source>
            <translation>Legg til regel</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="515" />
            <source>{0} chosen: {1}</source>
            <translation>{0} valgt: {1}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="517" />
            <source>Tick at least two members.</source>
            <translation>Kryss av minst to medlemmer.</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="542" />
            <source>keep together</source>
            <translation>hold sammen</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="542" />
            <source>keep apart</source>
            <translation>hold adskilt</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="547" />
            <source>Rule added: {0} ({1} members)</source>
            <translation>Regel lagt til: {0} ({1} medlemmer)</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="550" />
            <source>Not added: {0}</source>
            <translation>Ikke lagt til: {0}</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <location filename="../../ui/tables/rules.py" line="105" />
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="105" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="140" />
            <source>Members</source>
            <translation>Medlemmer</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="174" />
            <source>Remove</source>
            <translation>Fjern</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="311" />
            <source>Not saved: {0}</source>
            <translation>Ikke lagret: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="77" />
            <source>Rules and hosts</source>
            <translation>Regler og verter</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="85" />
            <location filename="../../ui/tables/rules.py" line="181" />
            <source>Undo</source>
            <translation>Angre</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="95" />
            <source>Tables and hosts</source>
            <translation>Bord og verter</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="98" />
            <source>Double-click a name or a host to change it (or select it and press F2), Enter saves. A host is a person from the staff, not a member; a table without a name is called by its number.</source>
            <translation>Dobbeltklikk på et navn eller en vert for å endre det (eller velg det og trykk F2), Enter lagrer. En vert er en person fra staben, ikke et medlem; et bord uten navn kalles ved nummeret sitt.</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="105" />
            <source>Host</source>
            <translation>Vert</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="129" />
            <source>Seating rules</source>
            <translation>Regler for bordplasseringen</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="133" />
            <source>Planning and rebalancing keep these rules in every round. A move by hand that breaks one is shown here and as a warning on the board.</source>
            <translation>Planlegging og omfordeling følger disse reglene i hver runde. En flytting for hånd som bryter en regel, vises her og som en advarsel på tavlen.</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="140" />
            <source>Rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="140" />
            <source>Label</source>
            <translation>Betegnelse</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="140" />
            <source>In the seating</source>
            <translation>I bordplasseringen</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="161" />
            <source>No rules yet. Keep together, e.g., everyone who needs sign-language interpretation; keep apart, e.g., members of one family.</source>
            <translation>Ingen regler ennå. Hold sammen, f.eks. alle som trenger tegnspråktolk; hold adskilt, f.eks. medlemmer av samme familie.</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="168" />
            <source>Add together…</source>
            <translation>Legg til sammen…</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="169" />
            <source>Members who sit at the same table in every round</source>
            <translation>Medlemmer som sitter ved samme bord i hver runde</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="171" />
            <source>Add apart…</source>
            <translation>Legg til adskilt…</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="172" />
            <source>Members of whom no two sit at the same table</source>
            <translation>Medlemmer der ingen to sitter ved samme bord</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="175" />
            <source>Remove the selected rule (Delete)</source>
            <translation>Fjern den valgte regelen (Delete)</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="251" />
            <source>Keep together</source>
            <translation>Hold sammen</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="251" />
            <source>Keep apart</source>
            <translation>Hold adskilt</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="255" />
            <source>{0} (withdrawn)</source>
            <translation>{0} (trådt ut)</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="259" />
            <source>broken in round {0}</source>
            <translation>brutt i runde {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="259" />
            <source>broken in rounds {0}</source>
            <translation>brutt i runde {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="263" />
            <source>kept in every round</source>
            <translation>fulgt i alle runder</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="265" />
            <source>not planned yet</source>
            <translation>ikke planlagt ennå</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="308" />
            <source>Table {0} saved</source>
            <translation>Bord {0} lagret</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="363" />
            <source>Rule removed: {0}</source>
            <translation>Regel fjernet: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="366" />
            <source>Not removed: {0}</source>
            <translation>Ikke fjernet: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="382" />
            <source>Puts back a table's name or host, or a removed rule, step by step (Ctrl+Z).</source>
            <translation>Setter tilbake et bords navn eller vert, eller en fjernet regel, ett steg om gangen (Ctrl+Z).</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="384" />
            <source>Nothing to undo.</source>
            <translation>Ingenting å angre.</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="386" />
            <source>Undo: the name and host of table {0}</source>
            <translation>Angre: navn og vert for bord {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="388" />
            <source>Undo: the removal of a rule</source>
            <translation>Angre: fjerningen av en regel</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="404" />
            <source>Undone: table {0} has its name and host again</source>
            <translation>Angret: bord {0} har navnet og verten sin igjen</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="411" />
            <source>Undone: the rule is back</source>
            <translation>Angret: regelen er tilbake</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="414" />
            <source>Not undone: {0}</source>
            <translation>Ikke angret: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="122" />
            <source>No tables yet. Choose the number of tables on the Tables page and plan all rounds; then give the tables names and hosts here.</source>
            <translation>Ingen bord ennå. Velg antall bord på siden Bord, og planlegg alle runder; gi deretter bordene navn og verter her.</translation>
        </message>
    </context>
    <context>
        <name>ServiceDialog</name>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="71" />
            <source>Not saved: {0}</source>
            <translation>Ikke lagret: {0}</translation>
        </message>
    </context>
    <context>
        <name>TableCard</name>
        <message>
            <location filename="../../ui/tables/board.py" line="42" />
            <source>Table {0} · {1}</source>
            <translation>Bord {0} · {1}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/board.py" line="279" />
            <source>{0} · {1} members</source>
            <translation>{0} · {1} medlemmer</translation>
        </message>
        <message>
            <location filename="../../ui/tables/board.py" line="281" />
            <source>Host: {0}</source>
            <translation>Vert: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/board.py" line="281" />
            <source>No host yet</source>
            <translation>Ingen vert ennå</translation>
        </message>
        <message>
            <location filename="../../ui/tables/board.py" line="293" />
            <source>  (fixed)</source>
            <translation>  (låst)</translation>
        </message>
        <message>
            <location filename="../../ui/tables/board.py" line="296" />
            <source>
Fixed seat</source>
            <translation>
Låst plass</translation>
        </message>
        <message>
            <location filename="../../ui/tables/board.py" line="43" />
            <source>Table {0}</source>
            <translation>Bord {0}</translation>
        </message>
    </context>
    <context>
        <name>TablesPage</name>
        <message>
            <source>no pair sits together more than twice</source>
            <translation>ingen par sitter sammen mer enn to ganger</translation>
        </message>
        <message>
            <source>some pair sits together in {0} rounds</source>
            <translation>et par sitter sammen i {0} runder</translation>
        </message>
        <message>
            <source>{0} pairs sit together again – at least {1} is unavoidable · {2} of all pairs have met · {3} · {4}</source>
            <translation>{0} par sitter sammen igjen – minst {1} uunngåelig · {2} av alle par har møttes · {3} · {4}</translation>
        </message>
        <message>
            <source>Σ C(k,2) {0} – at least {1} are unavoidable; diversity deviation {2}, worst {3}</source>
            <translation>Σ C(k,2) {0} – minst {1} kan ikke unngås; avvik i sammensetning {2}, størst {3}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="56" />
            <location filename="../../ui/tables/page.py" line="98" />
            <source>Plan all rounds</source>
            <translation>Planlegg alle runder</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="58" />
            <source>Plan every round: diverse tables, as few repeated encounters as possible</source>
            <translation>Planlegg hver runde: blandede bord og så få gjensyn som mulig</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="82" />
            <source>Tables</source>
            <translation>Bord</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="86" />
            <source>Rounds</source>
            <translation>Runder</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="90" />
            <source>Seed</source>
            <translation>Frø</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="99" />
            <source>Plan every round (Ctrl+Shift+P)</source>
            <translation>Planlegg hver runde (Ctrl+Shift+P)</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="104" />
            <source>Planning… %p %</source>
            <translation>Planlegger… %p %</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="107" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="112" />
            <source>Rebalance today…</source>
            <translation>Omfordel i dag…</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="114" />
            <source>Re-plan today's and later rounds for the members checked in, moving as few as possible</source>
            <translation>Planlegg dagens og senere runder på nytt for de innsjekkede medlemmene, og flytt så få som mulig</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="118" />
            <source>Table lists…</source>
            <translation>Bordlister…</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="119" />
            <source>Table lists per round and place cards as PDF</source>
            <translation>Bordlister per runde og bordkort som PDF</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="122" />
            <source>Find your table</source>
            <translation>Finn bordet ditt</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="123" />
            <source>Show first names and their table on the projector</source>
            <translation>Vis fornavn og bordet deres på prosjektoren</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="130" />
            <source>Round</source>
            <translation>Runde</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="135" />
            <source>Colour by</source>
            <translation>Farge etter</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="160" />
            <source>Drag a member to another table, or select a member and press the table's number to move them; F fixes the seat (planning keeps it).</source>
            <translation>Dra et medlem til et annet bord, eller velg et medlem og trykk bordets nummer for å flytte det; F låser plassen (planleggingen beholder den).</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="170" />
            <source>Seat the members at small, diverse tables for each round. Choose the number of tables and rounds above and plan all rounds: every table mirrors the assembly, and members meet as many different fellow members as possible.</source>
            <translation>Plasser medlemmene ved små, blandede bord i hver runde. Velg antall bord og runder ovenfor, og planlegg alle runder: hvert bord speiler innbyggerpanelet, og medlemmene møter så mange forskjellige andre medlemmer som mulig.</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="214" />
            <source>Round {0}</source>
            <translation>Runde {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="216" />
            <source> · day {0}</source>
            <translation> · dag {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="239" />
            <source>all tables within ±1</source>
            <translation>alle bord innenfor ±1</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="239" />
            <source>some tables off by more than ±1</source>
            <translation>noen bord avviker mer enn ±1</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="255" />
            <source>Warning: </source>
            <translation>Advarsel: </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tables/page.py" line="257" />
            <source> (and %n more)</source>
            <translation>
                <numerusform> (og %n til)</numerusform>
                <numerusform> (og %n til)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="353" />
            <source>Planning failed: {0}</source>
            <translation>Planleggingen mislyktes: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="360" />
            <source>Planning cancelled; nothing was changed</source>
            <translation>Planleggingen ble avbrutt; ingenting ble endret</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="376" />
            <source>The chosen round belongs to no meeting day</source>
            <translation>Den valgte runden hører ikke til noen møtedag</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="394" />
            <source>Rebalanced for {0} members here: {1} moved today, {2} absent taken off, {3} later seats changed</source>
            <translation>Omfordelt for {0} fremmøtte: {1} flyttet i dag, {2} fraværende tatt av, {3} senere plasser endret</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="489" />
            <source>Table lists</source>
            <translation>Bordlister</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="489" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="500" />
            <source>Table lists saved to {0}</source>
            <translation>Bordlister lagret i {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="64" />
            <location filename="../../ui/tables/page.py" line="143" />
            <source>Undo</source>
            <translation>Angre</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="70" />
            <source>Rules and hosts…</source>
            <translation>Regler og verter…</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="72" />
            <source>Table names and hosts; members kept together or kept apart when planning</source>
            <translation>Bordnavn og verter; medlemmer som holdes sammen eller adskilt i planleggingen</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="242" />
            <source>Repeats {0} · pairs met {1}% · deviation {2} · worst {3}: {4}</source>
            <translation>Gjensyn {0} · par møtt {1} % · avvik {2} · størst {3}: {4}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="346" />
            <source>{0} rounds planned: {1} repeats, worst deviation {2}</source>
            <translation>{0} runder planlagt: {1} gjensyn, største avvik {2}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="412" />
            <source>Undo the last move or fixed seat on the board, step by step (Ctrl+Z). Planning all rounds or rebalancing clears what can be undone.</source>
            <translation>Angre den siste flyttingen eller låsingen på tavlen, ett steg om gangen (Ctrl+Z). Planlegging av alle runder eller omfordeling fjerner det som kan angres.</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="416" />
            <source>Undo: {0}</source>
            <translation>Angre: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="418" />
            <source>Nothing to undo.</source>
            <translation>Ingenting å angre.</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="438" />
            <source>Undone: {0} has no seat again</source>
            <translation>Angret: {0} har ingen plass igjen</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="444" />
            <source>Undone: {0}'s seat is fixed again</source>
            <translation>Angret: plassen til {0} er låst igjen</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="446" />
            <source>Undone: {0}'s seat is free again</source>
            <translation>Angret: plassen til {0} er ledig igjen</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="454" />
            <source>Undone: {0} moved back to {1}</source>
            <translation>Angret: {0} flyttet tilbake til {1}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="457" />
            <source>Could not undo: {0}</source>
            <translation>Kunne ikke angre: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="433" />
            <source>Not undone: {0} is no longer an active member</source>
            <translation>Ikke angret: {0} er ikke lenger et aktivt medlem</translation>
        </message>
    </context>
    <context>
        <name>Voting</name>
        <message>
            <location filename="../../ui/voting/models.py" line="26" />
            <source>Draft</source>
            <translation>Utkast</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="27" />
            <source>Open</source>
            <translation>Åpen</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="28" />
            <source>Closed</source>
            <translation>Lukket</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="29" />
            <source>Published</source>
            <translation>Offentliggjort</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="35" />
            <source>Yes / no / abstain</source>
            <translation>Ja / nei / avstår</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="36" />
            <source>Support scale</source>
            <translation>Støtteskala</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="37" />
            <source>Approval</source>
            <translation>Godkjenning (kryss av)</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="38" />
            <source>Dot voting</source>
            <translation>Prikkavstemning</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="39" />
            <source>Ranking</source>
            <translation>Rangering</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="45" />
            <source>Valid votes cast</source>
            <translation>Gyldige avgitte stemmer</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="46" />
            <source>All votes cast (incl. blank and spoilt)</source>
            <translation>Alle avgitte stemmer (inkl. blanke og ugyldige)</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="47" />
            <source>Members present</source>
            <translation>Fremmøtte medlemmer</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="48" />
            <source>All members</source>
            <translation>Alle medlemmer</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="66" />
            <source>Ballot</source>
            <translation>Avstemning</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="67" />
            <source>Method</source>
            <translation>Metode</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="68" />
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="69" />
            <source>Items</source>
            <translation>Punkter</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="70" />
            <source>Votes</source>
            <translation>Stemmer</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="111" />
            <source>Secret ballot</source>
            <translation>Hemmelig avstemning</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="165" />
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="166" />
            <source>Recommendation</source>
            <translation>Anbefaling</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="167" />
            <source>Valid</source>
            <translation>Gyldige</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="168" />
            <source>Blank</source>
            <translation>Blanke</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="169" />
            <source>Spoilt</source>
            <translation>Ugyldige</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="170" />
            <source>Support</source>
            <translation>Støtte</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="171" />
            <source>Verdict</source>
            <translation>Avgjørelse</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="172" />
            <source>Rank</source>
            <translation>Plass</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="173" />
            <source>Borda</source>
            <translation>Borda</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="199" />
            <source>Adopted</source>
            <translation>Vedtatt</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="201" />
            <source>Not adopted</source>
            <translation>Ikke vedtatt</translation>
        </message>
    </context>
    <context>
        <name>VotingPage</name>
        <message>
            <location filename="../../ui/voting/page.py" line="95" />
            <location filename="../../ui/voting/page.py" line="865" />
            <source>Voting</source>
            <translation>Avstemning</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="875" />
            <location filename="../../ui/voting/page.py" line="928" />
            <source>New ballot</source>
            <translation>Ny avstemning</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="877" />
            <source>New ballot (Ctrl+Shift+N)</source>
            <translation>Ny avstemning (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="879" />
            <source>Save ballot</source>
            <translation>Lagre avstemning</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="882" />
            <source>Reveal the count</source>
            <translation>Vis opptellingen</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="884" />
            <source>Show the count on the projector (Ctrl+R)</source>
            <translation>Vis opptellingen på prosjektoren (Ctrl+R)</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="887" />
            <source>Show on projector</source>
            <translation>Vis på prosjektoren</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="889" />
            <source>Show this ballot on the projector (Ctrl+Shift+P)</source>
            <translation>Vis denne avstemningen på prosjektoren (Ctrl+Shift+P)</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="891" />
            <source>Results overview on projector</source>
            <translation>Resultatoversikt på prosjektoren</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="893" />
            <source>Type papers</source>
            <translation>Tast stemmesedler</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="906" />
            <source>Vote on the recommendations: create a ballot, open it, type the paper ballots or hand counts, and show the tally on the projector.</source>
            <translation>Stem over anbefalingene: opprett en avstemning, åpne den, tast inn stemmesedler eller håndopptellinger, og vis opptellingen på prosjektoren.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="931" />
            <location filename="../../ui/voting/page.py" line="1138" />
            <source>Delete draft</source>
            <translation>Slett utkast</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="933" />
            <source>Results overview</source>
            <translation>Resultatoversikt</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="934" />
            <source>Show all published results on the projector</source>
            <translation>Vis alle offentliggjorte resultater på prosjektoren</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="956" />
            <source>Open…</source>
            <translation>Åpne…</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="957" />
            <source>Close…</source>
            <translation>Lukk…</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="958" />
            <source>Publish…</source>
            <translation>Offentliggjør…</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="959" />
            <source>Project</source>
            <translation>Prosjektor</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="961" />
            <location filename="../../ui/voting/page.py" line="1071" />
            <source>Reveal</source>
            <translation>Vis</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="982" />
            <source>Ballot</source>
            <translation>Avstemning</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="983" />
            <source>Papers</source>
            <translation>Stemmesedler</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="984" />
            <source>Hand count</source>
            <translation>Håndopptelling</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="985" />
            <source>Result</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1061" />
            <source>secret</source>
            <translation>hemmelig</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1061" />
            <source>open (not secret)</source>
            <translation>åpen (ikke hemmelig)</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1071" />
            <source>Revealed</source>
            <translation>Vist</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1105" />
            <source>Ballot {0}</source>
            <translation>Avstemning {0}</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1110" />
            <source>New ballot created</source>
            <translation>Ny avstemning opprettet</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1127" />
            <source>Ballot saved</source>
            <translation>Avstemning lagret</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1138" />
            <source>Delete the draft ballot “{0}”?</source>
            <translation>Slette utkastet til avstemningen «{0}»?</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1143" />
            <source>Draft deleted</source>
            <translation>Utkast slettet</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1151" />
            <source>Open “{0}” for voting? Its method, items and options cannot be changed once it is open.</source>
            <translation>Åpne «{0}» for avstemning? Metode, punkter og svaralternativer kan ikke endres når den er åpen.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1153" />
            <source>Open voting</source>
            <translation>Åpne avstemning</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1155" />
            <source>Voting is open</source>
            <translation>Avstemningen er åpen</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1162" />
            <source>Close “{0}”? No more votes can be added, and the result is sealed.</source>
            <translation>Lukke «{0}»? Det kan ikke legges til flere stemmer, og resultatet forsegles.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1166" />
            <source>{0} papers are typed only once and {1} disagree: they will NOT be counted.</source>
            <translation>{0} stemmesedler er bare tastet én gang, og {1} er uenige: de blir IKKE talt med.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1169" />
            <source>Close voting</source>
            <translation>Lukk avstemning</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1174" />
            <source>Voting closed and the result sealed</source>
            <translation>Avstemningen er lukket og resultatet forseglet</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1181" />
            <source>Publish the result of “{0}”? It is then shown in the results overview.</source>
            <translation>Offentliggjøre resultatet av «{0}»? Det vises deretter i resultatoversikten.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1184" />
            <source>Publish result</source>
            <translation>Offentliggjør resultat</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1187" />
            <source>Result published</source>
            <translation>Resultat offentliggjort</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1202" />
            <source>Count revealed on the projector</source>
            <translation>Opptellingen vises på prosjektoren</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1202" />
            <source>Count hidden</source>
            <translation>Opptellingen er skjult</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1212" />
            <location filename="../../ui/voting/page.py" line="1228" />
            <source>The projector is not available.</source>
            <translation>Prosjektoren er ikke tilgjengelig.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1221" />
            <source>The ballot is on the projector</source>
            <translation>Avstemningen vises på prosjektoren</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1233" />
            <source>The results overview is on the projector</source>
            <translation>Resultatoversikten vises på prosjektoren</translation>
        </message>
    </context>
    <context>
        <name>WelcomeView</name>
        <message>
            <location filename="../../ui/projector/welcome.py" line="47" />
            <source>dddd d MMMM yyyy</source>
            <translation>dddd d. MMMM yyyy</translation>
        </message>
        <message>
            <location filename="../../ui/projector/welcome.py" line="48" />
            <source>Day {0} · {1}</source>
            <translation>Dag {0} · {1}</translation>
        </message>
    </context>
    <context>
        <name>WithdrawDialog</name>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="49" />
            <source>Withdraw and replace member {0}</source>
            <translation>Uttreden og erstatning av medlem {0}</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="55" />
            <source>&lt;b&gt;Member {0}: {1}&lt;/b&gt; – {2}</source>
            <translation>&lt;b&gt;Medlem {0}: {1}&lt;/b&gt; – {2}</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="66" />
            <source>e.g. moved away, illness, no longer wishes to take part</source>
            <translation>f.eks. flyttet, sykdom, ønsker ikke lenger å delta</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="67" />
            <source>Withdrawn on</source>
            <translation>Trådt ut den</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="68" />
            <source>Reason</source>
            <translation>Årsak</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="77" />
            <source>Reserves, best first: the same values as member {0} first, then those who bring the assembly's profile closest to how it was drawn, then the lottery's reserve order.</source>
            <translation>Reserver, best først: først de med samme verdier som medlem {0}, så de som bringer innbyggerpanelets profil nærmest slik den ble trukket, og så loddtrekningens rekkefølge.</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="84" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="84" />
            <source>Same values</source>
            <translation>Samme verdier</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="84" />
            <source>Reserve no.</source>
            <translation>Reserve nr.</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="97" />
            <source>{0} of {1}</source>
            <translation>{0} av {1}</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="105" />
            <source>There are no reserves left. Draw more in the Lottery area, or add a member by hand.</source>
            <translation>Det er ingen reserver igjen. Trekk flere under Loddtrekning, eller legg til et medlem manuelt.</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="117" />
            <source>replaced by no. {0}</source>
            <translation>erstattet av nr. {0}</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="119" />
            <source>not replaced yet</source>
            <translation>ikke erstattet ennå</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="121" />
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="123" />
            <source>Withdrawals so far:</source>
            <translation>Uttreden hittil:</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="133" />
            <source>Withdraw only</source>
            <translation>Bare uttreden</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="134" />
            <source>Withdraw and replace</source>
            <translation>Uttreden og erstatt</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="137" />
            <source>Replace</source>
            <translation>Erstatt</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="160" />
            <source>Member {0} withdrawn</source>
            <translation>Medlem {0} har trådt ut</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="171" />
            <source>Choose the reserve who replaces the member.</source>
            <translation>Velg reserven som erstatter medlemmet.</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="188" />
            <source>{0} replaces member {1} as member {2}</source>
            <translation>{0} erstatter medlem {1} som medlem {2}</translation>
        </message>
    </context>
    <context>
        <name>ProjectorController</name>
        <message>
            <source>No second screen: the projector is a window in the corner of this screen; F5 hides it, Shift+F5 shows its controls</source>
            <translation>Ingen andre skjerm: prosjektoren er et vindu i hjørnet av denne skjermen; F5 skjuler det, Shift+F5 viser knappene</translation>
        </message>
    </context>
    <context>
        <name>AssemblySettingsDialog</name>
        <message>
            <source>Assembly settings</source>
            <translation>Borgerpanelets innstillinger</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Navn</translation>
        </message>
        <message>
            <source>The question the assembly answers, as the commissioning body put it</source>
            <translation>Spørsmålet borgerpanelet svarer på, slik oppdragsgiveren stilte det</translation>
        </message>
        <message>
            <source>&amp;Remit question</source>
            <translation>&amp;Mandatets spørsmål</translation>
        </message>
        <message>
            <source>e.g. Sundby Municipality</source>
            <translation>f.eks. Sundby kommune</translation>
        </message>
        <message>
            <source>&amp;Commissioned by</source>
            <translation>Opp&amp;dragsgiver</translation>
        </message>
        <message>
            <source>&amp;Town</source>
            <translation>&amp;Sted</translation>
        </message>
        <message>
            <source>The language of the report, the printouts and the members' phone pages</source>
            <translation>Språket i rapporten, utskriftene og medlemmenes telefonsider</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Språk</translation>
        </message>
        <message>
            <source>The share of votes a recommendation needs to be adopted; new ballots start with it</source>
            <translation>Andelen av stemmene en anbefaling trenger for å bli vedtatt; nye avstemninger starter med den</translation>
        </message>
        <message>
            <source>Default &amp;threshold</source>
            <translation>Standard&amp;terskel</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Velg…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Fjern</translation>
        </message>
        <message>
            <source>Lo&amp;go</source>
            <translation>Lo&amp;go</translation>
        </message>
        <message>
            <source>The logo goes on the report's cover (PNG or JPEG, at most 2 MB).</source>
            <translation>Logoen kommer på rapportens forside (PNG eller JPEG, høyst 2 MB).</translation>
        </message>
        <message>
            <source>Choose a logo</source>
            <translation>Velg en logo</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Bilder (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>{0}: cannot be read ({1})</source>
            <translation>{0}: kan ikke leses ({1})</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Ingen logo</translation>
        </message>
        <message>
            <source>The settings of {0} are saved</source>
            <translation>Innstillingene for {0} er lagret</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
    </context>
</TS>

<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
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
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="90" />
            <source>Duration</source>
            <translation>Längd</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="91" />
            <source>Responsible</source>
            <translation>Ansvarig</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="92" />
            <source>Room</source>
            <translation>Lokal</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="93" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="120" />
            <source>Now</source>
            <translation>Nu</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="122" />
            <source>After the day's end</source>
            <translation>Efter dagens slut</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="146" />
            <source>Ends after the day's end</source>
            <translation>Slutar efter dagens slut</translation>
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
            <translation>Programmet är inte planerat än.</translation>
        </message>
        <message>
            <location filename="../../ui/projector/agenda.py" line="91" />
            <source>Day {0}</source>
            <translation>Dag {0}</translation>
        </message>
        <message>
            <location filename="../../ui/projector/agenda.py" line="97" />
            <source>The program for this day is not planned yet.</source>
            <translation>Programmet för den här dagen är inte planerat än.</translation>
        </message>
        <message>
            <location filename="../../ui/projector/agenda.py" line="115" />
            <source>NOW</source>
            <translation>NU</translation>
        </message>
        <message>
            <location filename="../../ui/projector/agenda.py" line="115" />
            <source>NEXT</source>
            <translation>NÄSTA</translation>
        </message>
        <message>
            <location filename="../../ui/projector/agenda.py" line="119" />
            <source>{0} · NOW until {1}, {2} min left</source>
            <translation>{0} · NU till {1}, {2} min kvar</translation>
        </message>
        <message>
            <location filename="../../ui/projector/agenda.py" line="122" />
            <source>{0} · we start at {1}</source>
            <translation>{0} · vi börjar kl. {1}</translation>
        </message>
        <message>
            <location filename="../../ui/projector/agenda.py" line="124" />
            <source>That was the program for today. Thank you!</source>
            <translation>Det var dagens program. Tack för i dag!</translation>
        </message>
    </context>
    <context>
        <name>AmendmentDialog</name>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="187" />
            <source>Propose an amendment to {0}</source>
            <translation>Föreslå en ändring av {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="191" />
            <source>Against version {0}. Edit the wording below; what changes is shown underneath.</source>
            <translation>Mot version {0}. Redigera formuleringen nedan; det som ändras visas längst ner.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="203" />
            <source>Why (optional)</source>
            <translation>Varför (valfritt)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="205" />
            <source>A name or a table</source>
            <translation>Ett namn eller ett bord</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="206" />
            <source>(no table)</source>
            <translation>(inget bord)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="207" />
            <source>&amp;Rationale</source>
            <translation>&amp;Motivering</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="208" />
            <source>Proposed &amp;by</source>
            <translation>Föreslaget &amp;av</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="212" />
            <source>At t&amp;able</source>
            <translation>Vid b&amp;ord</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="219" />
            <source>Propose</source>
            <translation>Föreslå</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="229" />
            <source>Version {0} (now)</source>
            <translation>Version {0} (nu)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="230" />
            <source>With this amendment</source>
            <translation>Med detta ändringsförslag</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="247" />
            <source>Amendment to {0} proposed</source>
            <translation>Ändringsförslag till {0} lagt</translation>
        </message>
    </context>
    <context>
        <name>Areas</name>
        <message>
            <location filename="../../ui/areas.py" line="27" />
            <source>Overview</source>
            <translation>Översikt</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="30" />
            <source>The assembly at a glance: remit, days, members and what is next.</source>
            <translation>Medborgarrådet på en sida: uppdraget, dagarna, deltagarna och vad som händer nu.</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="34" />
            <source>Members</source>
            <translation>Deltagare</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="37" />
            <source>The members of the assembly: import the roster, check members in on the day, record withdrawals and replacements.</source>
            <translation>Medborgarrådets deltagare: läs in listan, checka in deltagare på dagen, registrera avhopp och ersättare.</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="45" />
            <source>Lottery</source>
            <translation>Lottning</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="48" />
            <source>Draw the members from the pool of respondents by stratified lottery.</source>
            <translation>Lotta deltagarna bland de anmälda genom stratifierad lottning.</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="52" />
            <source>Tables</source>
            <translation>Bord</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="55" />
            <source>Seat the members at small, diverse tables for each round.</source>
            <translation>Placera deltagarna vid små, blandade bord i varje omgång.</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="59" />
            <source>Program</source>
            <translation>Program</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="62" />
            <source>Plan the days: agenda, experts, presentations and questions.</source>
            <translation>Planera dagarna: dagordning, experter, föredrag och frågor.</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="66" />
            <source>Recommendations</source>
            <translation>Rekommendationer</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="69" />
            <source>Draft, amend and finalise the assembly's recommendations.</source>
            <translation>Skriv, ändra och färdigställ medborgarrådets rekommendationer.</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="73" />
            <source>Voting</source>
            <translation>Omröstning</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="76" />
            <source>Vote on the recommendations and show the tally on the projector.</source>
            <translation>Rösta om rekommendationerna och visa rösträkningen på projektorn.</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="80" />
            <source>Reports</source>
            <translation>Rapporter</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="83" />
            <source>Export the recommendation report, the evaluation and the data behind them.</source>
            <translation>Ta fram rekommendationsrapporten, utvärderingen och underlaget bakom dem.</translation>
        </message>
    </context>
    <context>
        <name>BallotEditor</name>
        <message>
            <location filename="../../ui/voting/page.py" line="129" />
            <source>Adoption &amp;threshold</source>
            <translation>Gräns för &amp;antagande</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="144" />
            <source>Secret ballot</source>
            <translation>Sluten omröstning</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="145" />
            <source>Who voted is stored apart from what was voted, with nothing linking them</source>
            <translation>Vem som röstat sparas åtskilt från hur man röstat, utan något som kopplar ihop dem</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="146" />
            <source>Show the count live on the projector</source>
            <translation>Visa rösträkningen löpande på projektorn</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="147" />
            <source>Otherwise the count stays hidden until you reveal it</source>
            <translation>Annars är rösträkningen dold tills du visar den</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="148" />
            <source>Double entry of paper ballots</source>
            <translation>Dubbelinmatning av röstsedlar</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="149" />
            <source>Two helpers type each paper; a paper counts when both agree</source>
            <translation>Två medhjälpare matar in varje röstsedel; den räknas när båda stämmer överens</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="152" />
            <source>Several dots on one item</source>
            <translation>Flera prickar på samma punkt</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="167" />
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="169" />
            <source>&amp;Question</source>
            <translation>&amp;Fråga</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="171" />
            <source>&amp;Method</source>
            <translation>&amp;Metod</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="175" />
            <source>Dots per member</source>
            <translation>Prickar per deltagare</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="173" />
            <source>Percentage &amp;base</source>
            <translation>Procent&amp;bas</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="178" />
            <source>Meeting &amp;day</source>
            <translation>Mötes&amp;dag</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="190" />
            <source>Recommendations voted on</source>
            <translation>Rekommendationer som röstas om</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="196" />
            <source>Options (double-click a label to edit it)</source>
            <translation>Svarsalternativ (dubbelklicka på en text för att ändra den)</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="199" />
            <source>Key</source>
            <translation>Tangent</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="199" />
            <source>Label</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="199" />
            <source>Support</source>
            <translation>Stöd</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="209" />
            <source>Save ballot</source>
            <translation>Spara omröstning</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="211" />
            <source>Save the ballot (Ctrl+S)</source>
            <translation>Spara omröstningen (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="252" />
            <source>No particular day</source>
            <translation>Ingen särskild dag</translation>
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
            <translation>Staplarna: prickar per punkt ({0} prickar totalt)</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="367" />
            <source>Bars: share of {0} that approve</source>
            <translation>Staplarna: andel av {0} som stöder</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="242" />
            <source>No ballot chosen</source>
            <translation>Ingen omröstning vald</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="332" />
            <source>{0} Borda</source>
            <translation>{0} Borda-poäng</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="335" />
            <source>Order by the Schulze method; bars show Borda points.</source>
            <translation>Ordning enligt Schulzemetoden; staplarna visar Bordapoäng.</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="361" />
            <source>Line: threshold {0} of {1}</source>
            <translation>Linjen: gräns {0} av {1}</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="381" />
            <source>{0} of {1} have voted</source>
            <translation>{0} av {1} har röstat</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="385" />
            <location filename="../../ui/projector/ballot.py" line="432" />
            <source>Voting open</source>
            <translation>Omröstningen är öppen</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="403" />
            <source>Support: {0} of {1}</source>
            <translation>Stöd: {0} av {1}</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="411" />
            <source>Adopted</source>
            <translation>Antagen</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="411" />
            <source>Not adopted</source>
            <translation>Inte antagen</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="415" />
            <source>valid votes</source>
            <translation>giltiga röster</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="416" />
            <source>votes cast</source>
            <translation>avgivna röster</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="417" />
            <source>members present</source>
            <translation>närvarande deltagare</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="418" />
            <source>all members</source>
            <translation>alla deltagare</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="424" />
            <source>Voting has not started yet.</source>
            <translation>Omröstningen har inte börjat än.</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="426" />
            <source>Voting is open. Results are shown when the count is revealed.</source>
            <translation>Omröstningen är öppen. Resultatet visas när rösträkningen offentliggörs.</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="427" />
            <source>Voting is closed. Results are shown shortly.</source>
            <translation>Omröstningen är stängd. Resultatet visas strax.</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="431" />
            <source>Not open yet</source>
            <translation>Inte öppnad än</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="433" />
            <source>Voting closed</source>
            <translation>Omröstningen är stängd</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="434" />
            <source>Final result</source>
            <translation>Slutligt resultat</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="436" />
            <source>{0}  ·  {1} of {2} present have voted</source>
            <translation>{0}  ·  {1} av {2} närvarande har röstat</translation>
        </message>
    </context>
    <context>
        <name>BoardModel</name>
        <message>
            <location filename="../../ui/tables/board.py" line="118" />
            <source>{0} moved to {1}</source>
            <translation>{0} flyttad till {1}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/board.py" line="140" />
            <source>{0}: seat fixed</source>
            <translation>{0}: platsen är låst</translation>
        </message>
        <message>
            <location filename="../../ui/tables/board.py" line="140" />
            <source>{0}: seat free again</source>
            <translation>{0}: platsen är fri igen</translation>
        </message>
        <message>
            <location filename="../../ui/tables/board.py" line="122" />
            <source>Not moved: {0}</source>
            <translation>Inte flyttad: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/board.py" line="144" />
            <source>Not changed: {0}</source>
            <translation>Inte ändrad: {0}</translation>
        </message>
    </context>
    <context>
        <name>CheckinView</name>
        <message>
            <location filename="../../ui/members/checkin.py" line="74" />
            <source>Check-in needs meeting days. Plan the days in the Program area, then come back here.</source>
            <translation>Incheckning kräver mötesdagar. Planera dagarna under Program och kom sedan tillbaka hit.</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="86" />
            <source>Meeting day</source>
            <translation>Mötesdag</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="89" />
            <source>The day members are checked in for</source>
            <translation>Dagen som deltagarna checkas in för</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="101" />
            <source>Member number or first letters of the name</source>
            <translation>Deltagarnummer eller namnets första bokstäver</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="104" />
            <source>Type a number or a name, Enter checks in the top match. Up/Down choose. F2 late · F3 left early · F4 absent · Ctrl+Z undo · Esc clear</source>
            <translation>Skriv ett nummer eller ett namn; Enter checkar in den översta träffen. Upp/Ner väljer. F2 sen · F3 gick tidigt · F4 frånvarande · Ctrl+Z ångra · Esc rensa</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="116" />
            <source>Reason (optional) – Enter saves, Esc cancels</source>
            <translation>Orsak (valfritt) – Enter sparar, Esc avbryter</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="145" />
            <source>Check in</source>
            <translation>Checka in</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="145" />
            <source>Check in the top match</source>
            <translation>Checka in den översta träffen</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="146" />
            <location filename="../../ui/members/checkin.py" line="349" />
            <source>Late</source>
            <translation>Sen</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="146" />
            <source>Arrived late (then a reason, Enter)</source>
            <translation>Kom för sent (skriv sedan en orsak, Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="147" />
            <location filename="../../ui/members/checkin.py" line="349" />
            <source>Left early</source>
            <translation>Gick tidigt</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="147" />
            <source>Left early (then a reason, Enter)</source>
            <translation>Gick tidigt (skriv sedan en orsak, Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="150" />
            <location filename="../../ui/members/checkin.py" line="349" />
            <source>Absent</source>
            <translation>Frånvarande</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="152" />
            <source>Absent (then a reason, Enter)</source>
            <translation>Frånvarande (skriv sedan en orsak, Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="155" />
            <source>Undo</source>
            <translation>Ångra</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="155" />
            <source>Undo the last check-in</source>
            <translation>Ångra den senaste incheckningen</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="180" />
            <source>Here now</source>
            <translation>Här nu</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="212" />
            <source>Ready: type a number or a name</source>
            <translation>Klar: skriv ett nummer eller ett namn</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="225" />
            <source>Day {0} – {1}</source>
            <translation>Dag {0} – {1}</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="259" />
            <source>not checked in</source>
            <translation>inte incheckad</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="261" />
            <source>✓ here</source>
            <translation>✓ här</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="262" />
            <source>✓ here (late)</source>
            <translation>✓ här (sen)</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="263" />
            <location filename="../../ui/members/checkin.py" line="388" />
            <source>left early</source>
            <translation>gick tidigt</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="264" />
            <location filename="../../ui/members/checkin.py" line="388" />
            <source>absent</source>
            <translation>frånvarande</translation>
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
            <translation>Ingen deltagare matchar ”{0}”</translation>
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
            <translation>{0} är redan incheckad {1}</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="336" />
            <source>{0} has been recorded as left early</source>
            <translation>{0} har registrerats som gått tidigt</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="337" />
            <source>Ctrl+Z undoes it if that was a slip</source>
            <translation>Ctrl+Z ångrar om det var fel</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="346" />
            <source>First type a number or a name, then the key.</source>
            <translation>Skriv först ett nummer eller ett namn och tryck sedan på tangenten.</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="383" />
            <source>No table today yet</source>
            <translation>Inget bord i dag än</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="385" />
            <source>✓ {0} checked in</source>
            <translation>✓ {0} är incheckad</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="386" />
            <source>{0} (no. {1}) checked in</source>
            <translation>{0} (nr {1}) incheckad</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="388" />
            <source>late</source>
            <translation>sen</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="392" />
            <source>{0} (no. {1}) recorded as {2}</source>
            <translation>{0} (nr {1}) registrerad som {2}</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="401" />
            <source>Nothing to undo</source>
            <translation>Inget att ångra</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="410" />
            <source>Undone: {0} ({1})</source>
            <translation>Ångrat: {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="411" />
            <source>Check-in of {0} undone</source>
            <translation>Incheckningen av {0} är ångrad</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="439" />
            <source>{0} / {1}</source>
            <translation>{0} / {1}</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="441" />
            <source>present {0} · late {1} · left early {2} · absent {3} · not yet {4}</source>
            <translation>här {0} · sena {1} · gick tidigt {2} · frånvarande {3} · saknas {4}</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="455" />
            <source>⚠ behind</source>
            <translation>⚠ efter</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="457" />
            <source>Fewer of these members are here than of the assembly as a whole</source>
            <translation>Färre av dessa deltagare har kommit än av medborgarrådet som helhet</translation>
        </message>
        <message>
            <source>Type a number or a name, Enter checks in the member. Up/Down choose. F2 late · F3 left early · F4 absent · Ctrl+Z undo · Esc clear</source>
            <translation>Skriv ett nummer eller ett namn; Enter checkar in medlemmen. Upp/Ned väljer. F2 försenad · F3 gick tidigt · F4 frånvarande · Ctrl+Z ångra · Esc rensa</translation>
        </message>
        <message>
            <source>Enter saves · Esc cancels</source>
            <translation>Enter sparar · Esc avbryter</translation>
        </message>
        <message>
            <source>Reason (optional)</source>
            <translation>Orsak (valfritt)</translation>
        </message>
        <message>
            <source>Check in the chosen member</source>
            <translation>Checka in den valda medlemmen</translation>
        </message>
        <message>
            <source>{0} members match “{1}” – which one?</source>
            <translation>{0} medlemmar passar på ”{1}” – vilken av dem?</translation>
        </message>
        <message>
            <source>Choose with ↓ ↑ and press Enter, or type more of the name or the number</source>
            <translation>Välj med ↓ ↑ och tryck Enter, eller skriv mer av namnet eller numret</translation>
        </message>
        <message>
            <source>{0}: {1} – a reason, then Enter</source>
            <translation>{0}: {1} – en orsak, sedan Enter</translation>
        </message>
        <message>
            <source>Check-in of {0} (no. {1}) undone</source>
            <translation>Incheckningen av {0} (nr {1}) är ångrad</translation>
        </message>
        <message>
            <source>Late arrival of {0} (no. {1}) undone</source>
            <translation>Försenad ankomst för {0} (nr {1}) är ångrad</translation>
        </message>
        <message>
            <source>“Left early” for {0} (no. {1}) undone</source>
            <translation>”Gick tidigt” för {0} (nr {1}) är ångrat</translation>
        </message>
        <message>
            <source>Absence of {0} (no. {1}) undone</source>
            <translation>Frånvaron för {0} (nr {1}) är ångrad</translation>
        </message>
        <message>
            <source>Now: not checked in</source>
            <translation>Nu: inte incheckad</translation>
        </message>
        <message>
            <source>Now: {0}</source>
            <translation>Nu: {0}</translation>
        </message>
        <message>
            <source>here</source>
            <translation>på plats</translation>
        </message>
        <message>
            <source>here (late)</source>
            <translation>på plats (försenad)</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <location filename="../../ui/recommendations/compare.py" line="147" />
            <source>Compare versions</source>
            <translation>Jämför versioner</translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message numerus="yes">
            <location filename="../../ui/recommendations/compare.py" line="1" />
            <source>%n word(s) added</source>
            <translation>
                <numerusform>%n ord tillagt</numerusform>
                <numerusform>%n ord tillagda</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/recommendations/compare.py" line="1" />
            <source>%n word(s) removed</source>
            <translation>
                <numerusform>%n ord borttaget</numerusform>
                <numerusform>%n ord borttagna</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/compare.py" line="77" />
            <source>struck through, red</source>
            <translation>överstruket, rött</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/compare.py" line="78" />
            <source>underlined, green</source>
            <translation>understruket, grönt</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/compare.py" line="79" />
            <source>Removed: {0}</source>
            <translation>Borttaget: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/compare.py" line="80" />
            <source>Added: {0}</source>
            <translation>Tillagt: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/compare.py" line="133" />
            <source>The two texts are the same.</source>
            <translation>De två texterna är likadana.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/compare.py" line="135" />
            <source>Only punctuation or spacing differs.</source>
            <translation>Endast skiljetecken eller mellanrum skiljer sig.</translation>
        </message>
    </context>
    <context>
        <name>CountdownView</name>
        <message>
            <location filename="../../ui/projector/countdown.py" line="52" />
            <source>Time is up</source>
            <translation>Tiden är ute</translation>
        </message>
        <message>
            <location filename="../../ui/projector/countdown.py" line="54" />
            <source>Ready</source>
            <translation>Klar</translation>
        </message>
        <message>
            <location filename="../../ui/projector/countdown.py" line="56" />
            <source>Paused</source>
            <translation>Paus</translation>
        </message>
        <message>
            <location filename="../../ui/projector/countdown.py" line="58" />
            <source>Last minute</source>
            <translation>Sista minuten</translation>
        </message>
        <message>
            <location filename="../../ui/projector/countdown.py" line="58" />
            <source>Almost done</source>
            <translation>Nästan klart</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/projector/countdown.py" line="60" />
            <source>%n minute(s) left</source>
            <translation>
                <numerusform>%n minut kvar</numerusform>
                <numerusform>%n minuter kvar</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DayDialog</name>
        <message>
            <location filename="../../ui/program/page.py" line="97" />
            <source>Edit day</source>
            <translation>Ändra dag</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="97" />
            <source>New meeting day</source>
            <translation>Ny mötesdag</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="118" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="119" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="120" />
            <source>Venue</source>
            <translation>Plats</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="121" />
            <source>Starts</source>
            <translation>Börjar</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="122" />
            <source>Ends</source>
            <translation>Slutar</translation>
        </message>
    </context>
    <context>
        <name>EvaluationTab</name>
        <message>
            <location filename="../../ui/reports/page.py" line="451" />
            <source>Survey</source>
            <translation>Enkät</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="460" />
            <source>Title of a new survey, e.g. “Day 1”</source>
            <translation>Titel på en ny enkät, t.ex. ”Dag 1”</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="462" />
            <source>New survey</source>
            <translation>Ny enkät</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="475" />
            <source>A new question, e.g. “I felt heard at my table”</source>
            <translation>En ny fråga, t.ex. ”Jag kände mig hörd vid mitt bord”</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="477" />
            <source>Scale 1–5 (disagree – agree)</source>
            <translation>Skala 1–5 (instämmer inte – instämmer)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="478" />
            <source>Free text</source>
            <translation>Fritext</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="479" />
            <source>Add question</source>
            <translation>Lägg till fråga</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="493" />
            <source>Answers</source>
            <translation>Svar</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="498" />
            <source>Save this response</source>
            <translation>Spara detta svar</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="500" />
            <source>Import answers…</source>
            <translation>Importera svar…</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="502" />
            <source>A CSV or XLSX file: one row per filled-in form, one column per question code</source>
            <translation>En CSV- eller XLSX-fil: en rad per ifylld enkät, en kolumn per frågekod</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="521" />
            <source>Results</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="546" />
            <source>Whole assembly</source>
            <translation>Hela medborgarrådet</translation>
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
            <translation>hela medborgarrådet</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="554" />
            <source>{0} ({1}, {2} responses)</source>
            <translation>{0} ({1}, {2} svar)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="573" />
            <source>No survey yet. Give it a title above and press “New survey”.</source>
            <translation>Ingen enkät än. Ge den en titel ovan och tryck på ”Ny enkät”.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="574" />
            <source>The results appear here once answers are entered.</source>
            <translation>Resultaten visas här när svar har matats in.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="579" />
            <source>scale</source>
            <translation>skala</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="579" />
            <source>free text</source>
            <translation>fritext</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="587" />
            <source>The survey has no questions yet; add them below.</source>
            <translation>Enkäten har inga frågor än; lägg till dem nedan.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="594" />
            <source>(no answer)</source>
            <translation>(inget svar)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reports/page.py" line="608" />
            <source>%n response(s)</source>
            <translation>
                <numerusform>%n svar</numerusform>
                <numerusform>%n svar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reports/page.py" line="611" />
            <source>{0}: average {1} of {2}, %n answer(s)</source>
            <translation>
                <numerusform>{0}: medelvärde {1} av {2}, %n svar</numerusform>
                <numerusform>{0}: medelvärde {1} av {2}, %n svar</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="660" />
            <source>Survey created</source>
            <translation>Enkät skapad</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="668" />
            <source>Survey “{0}” created</source>
            <translation>Enkäten ”{0}” har skapats</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="682" />
            <source>Question added</source>
            <translation>Fråga tillagd</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="688" />
            <source>Question {0} added</source>
            <translation>Fråga {0} tillagd</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="706" />
            <location filename="../../ui/reports/page.py" line="711" />
            <source>Response saved</source>
            <translation>Svaret sparat</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="715" />
            <location filename="../../ui/reports/page.py" line="723" />
            <source>Import answers</source>
            <translation>Importera svar</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="715" />
            <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
            <translation>Kalkylblad (*.csv *.xlsx);;Alla filer (*)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="764" />
            <source>{0} problems in {1}; nothing was imported. Correct the file and import it again.</source>
            <translation>{0} problem i {1}; inget importerades. Rätta filen och importera den igen.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="774" />
            <source>{0} responses imported from {1}</source>
            <translation>{0} svar importerade från {1}</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="726" />
            <source>The survey has {0} responses already. Replace them with the file's answers (e.g. a corrected file), or add the file's answers to them?</source>
            <translation>Enkäten har redan {0} svar. Ska filens svar ersätta dem (t.ex. en rättad fil) eller läggas till?</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="730" />
            <source>Replace</source>
            <translation>Ersätt</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="731" />
            <source>Add</source>
            <translation>Lägg till</translation>
        </message>
    </context>
    <context>
        <name>ExpertsModel</name>
        <message>
            <location filename="../../ui/program/models.py" line="199" />
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="200" />
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="201" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="202" />
            <source>Perspective</source>
            <translation>Perspektiv</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="203" />
            <source>Presentations</source>
            <translation>Föredrag</translation>
        </message>
    </context>
    <context>
        <name>ExportTab</name>
        <message>
            <location filename="../../ui/reports/page.py" line="342" />
            <source>Data export</source>
            <translation>Dataexport</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="346" />
            <source>Members, attendance, seatings, recommendations with their versions, ballots and results, and the evaluation answers – with a README that says what each file holds and whether it contains personal data. Members appear by number only unless you include contact data.</source>
            <translation>Deltagare, närvaro, bordsplaceringar, rekommendationer med sina versioner, omröstningar och resultat samt utvärderingssvaren – med en README som säger vad varje fil innehåller och om den innehåller personuppgifter. Deltagarna anges bara med nummer om du inte tar med kontaktuppgifter.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="354" />
            <source>CSV files</source>
            <translation>CSV-filer</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="355" />
            <source>One Excel workbook (XLSX)</source>
            <translation>En Excel-arbetsbok (XLSX)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="364" />
            <source>Include names and contact data (personal data)</source>
            <translation>Ta med namn och kontaktuppgifter (personuppgifter)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="368" />
            <source>⚠ The export will contain personal data. Keep it safe and delete it when it is no longer needed.</source>
            <translation>⚠ Exporten kommer att innehålla personuppgifter. Förvara den säkert och radera den när den inte längre behövs.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="379" />
            <source>Choose…</source>
            <translation>Välj…</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="381" />
            <source>Folder</source>
            <translation>Mapp</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="386" />
            <source>Export data</source>
            <translation>Exportera data</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="389" />
            <source>Open folder</source>
            <translation>Öppna mapp</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="406" />
            <source>Export to folder</source>
            <translation>Exportera till mapp</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="424" />
            <source>Nothing was exported: {0}</source>
            <translation>Inget exporterades: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="428" />
            <source>with personal data</source>
            <translation>med personuppgifter</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="428" />
            <source>no personal data</source>
            <translation>inga personuppgifter</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="429" />
            <source>{0} files written to {1} ({2})</source>
            <translation>{0} filer skrivna till {1} ({2})</translation>
        </message>
    </context>
    <context>
        <name>FindTableView</name>
        <message>
            <location filename="../../ui/projector/find_table.py" line="73" />
            <source>Find your table</source>
            <translation>Hitta ditt bord</translation>
        </message>
        <message>
            <location filename="../../ui/projector/find_table.py" line="75" />
            <source> · round {0}</source>
            <translation> · omgång {0}</translation>
        </message>
        <message>
            <location filename="../../ui/projector/find_table.py" line="163" />
            <source>No seating yet</source>
            <translation>Ingen bordsplacering än</translation>
        </message>
    </context>
    <context>
        <name>HandCountForm</name>
        <message>
            <location filename="../../ui/voting/page.py" line="670" />
            <source>Counted at</source>
            <translation>Räknat vid</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="679" />
            <source>Save &amp;count</source>
            <translation>Spara &amp;rösträkning</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="692" />
            <source>The whole room (total)</source>
            <translation>Hela salen (totalt)</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="695" />
            <source>Table {0}</source>
            <translation>Bord {0}</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="713" />
            <source>Total</source>
            <translation>Totalt</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="758" />
            <source>⚠ More votes than members present ({0}) on {1}.</source>
            <translation>⚠ Fler röster än närvarande deltagare ({0}) på {1}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/voting/page.py" line="764" />
            <source>%n member(s) present.</source>
            <translation>
                <numerusform>%n deltagare är närvarande.</numerusform>
                <numerusform>%n deltagare är närvarande.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="780" />
            <source>Hand count saved</source>
            <translation>Handräkning sparad</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="786" />
            <source>More votes than members present</source>
            <translation>Fler röster än närvarande</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="49" />
            <source>Import members from a spreadsheet</source>
            <translation>Importera deltagare från ett kalkylblad</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="62" />
            <source>Choose a CSV or Excel file with one member per row.</source>
            <translation>Välj en CSV- eller Excelfil med en deltagare per rad.</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="64" />
            <source>Choose file…</source>
            <translation>Välj fil…</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="66" />
            <source>Read the file again</source>
            <translation>Läs filen igen</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="68" />
            <source>After fixing the problems in the spreadsheet and saving it, read it again (Ctrl+R)</source>
            <translation>När du har rättat problemen i kalkylbladet och sparat det, läs det igen (Ctrl+R)</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="82" />
            <source>1. Columns: what each column of the file holds</source>
            <translation>1. Kolumner: vad varje kolumn i filen innehåller</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="85" />
            <source>Column in the file</source>
            <translation>Kolumn i filen</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="85" />
            <source>Read as</source>
            <translation>Läses som</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="85" />
            <source>Example</source>
            <translation>Exempel</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="89" />
            <source>2. Values the assembly does not know</source>
            <translation>2. Värden som medborgarrådet inte känner till</translation>
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
            <translation>Betyder</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="97" />
            <source>Remember these for the next import</source>
            <translation>Kom ihåg dessa till nästa import</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="103" />
            <source>3. Problems, by row and column</source>
            <translation>3. Problem, efter rad och kolumn</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="109" />
            <source>Row</source>
            <translation>Rad</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="109" />
            <source>Column</source>
            <translation>Kolumn</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="109" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="119" />
            <source>Skip the rows with problems and import only the good rows</source>
            <translation>Hoppa över raderna med problem och importera bara de bra raderna</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="123" />
            <location filename="../../ui/members/import_dialog.py" line="309" />
            <location filename="../../ui/members/import_dialog.py" line="313" />
            <source>Import</source>
            <translation>Importera</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="147" />
            <source>Roster file</source>
            <translation>Deltagarfil</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="147" />
            <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
            <translation>Kalkylblad (*.csv *.xlsx *.txt);;Alla filer (*)</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="180" />
            <source>The file cannot be read.</source>
            <translation>Filen kan inte läsas.</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="192" />
            <source>(ignore)</source>
            <translation>(ignorera)</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="197" />
            <source>Category: {0}</source>
            <translation>Kategori: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="210" />
            <source>Member number</source>
            <translation>Deltagarnummer</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="211" />
            <source>First name</source>
            <translation>Förnamn</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="212" />
            <source>Last name</source>
            <translation>Efternamn</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="213" />
            <source>Full name</source>
            <translation>Fullständigt namn</translation>
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
            <translation>Adress</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="217" />
            <source>Postcode</source>
            <translation>Postnummer</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="218" />
            <source>Age (a number)</source>
            <translation>Ålder (ett tal)</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="219" />
            <source>Birth year</source>
            <translation>Födelseår</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="220" />
            <source>Needs</source>
            <translation>Behov</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="255" />
            <source>(choose a value)</source>
            <translation>(välj ett värde)</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="258" />
            <source>What '{0}' means in {1}</source>
            <translation>Vad '{0}' betyder i {1}</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="271" />
            <source>The file cannot be imported as it is: see the problems below.</source>
            <translation>Filen kan inte importeras som den är: se problemen nedan.</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="276" />
            <source>{0} rows ready, {1} rows with problems. Fix the file or the choices above, or choose to skip the rows with problems.</source>
            <translation>{0} rader klara, {1} rader med problem. Rätta filen eller valen ovan, eller välj att hoppa över raderna med problem.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/members/import_dialog.py" line="282" />
            <source>✓ All %n row(s) are ready to import.</source>
            <translation>
                <numerusform>✓ %n rad är klar att importeras.</numerusform>
                <numerusform>✓ Alla %n rader är klara att importeras.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/members/import_dialog.py" line="316" />
            <source>Import %n member(s)</source>
            <translation>
                <numerusform>Importera %n deltagare</numerusform>
                <numerusform>Importera %n deltagare</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="337" />
            <source>Nothing was imported.</source>
            <translation>Inget importerades.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/members/import_dialog.py" line="342" />
            <source>%n member(s) imported</source>
            <translation>
                <numerusform>%n deltagare importerad</numerusform>
                <numerusform>%n deltagare importerade</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/members/import_dialog.py" line="344" />
            <source>; %n row(s) with problems skipped</source>
            <translation>
                <numerusform>; %n rad med problem överhoppad</numerusform>
                <numerusform>; %n rader med problem överhoppade</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <location filename="../../ui/crash.py" line="1" />
            <source>Something went wrong</source>
            <translation>Något gick fel</translation>
        </message>
        <message>
            <location filename="../../ui/crash.py" line="1" />
            <source>Tingsted met an unexpected error ({0}), and what you just did may not have happened.</source>
            <translation>Tingsted stötte på ett oväntat fel ({0}), och det du just gjorde har kanske inte skett.</translation>
        </message>
        <message>
            <location filename="../../ui/crash.py" line="1" />
            <source>Nothing that Tingsted had confirmed is lost: every saved check-in, vote and change is in the assembly file. Check what you just did and try again; if it happens again, restart Tingsted.

A report is in the log (no personal data): {0}</source>
            <translation>Inget som Tingsted hade bekräftat har gått förlorat: varje sparad incheckning, röst och ändring finns i medborgarrådets fil. Kontrollera det du just gjorde och försök igen; händer det igen, starta om Tingsted.

En rapport finns i loggen (inga personuppgifter): {0}</translation>
        </message>
    </context>
    <context>
        <name>Launcher</name>
        <message>
            <location filename="../../ui/launcher.py" line="132" />
            <source>The automatic backup failed: {0}</source>
            <translation>Den automatiska säkerhetskopieringen misslyckades: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="143" />
            <source>New citizens' assembly</source>
            <translation>Nytt medborgarråd</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="169" />
            <source>Welcome to Tingsted</source>
            <translation>Välkommen till Tingsted</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="173" />
            <source>Open a recent assembly:</source>
            <translation>Öppna ett medborgarråd du nyligen använt:</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="175" />
            <source>No recent assemblies yet.</source>
            <translation>Du har inte öppnat något medborgarråd än.</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="192" />
            <source>Open</source>
            <translation>Öppna</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="195" />
            <source>New assembly…</source>
            <translation>Nytt medborgarråd…</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="196" />
            <source>Open a file…</source>
            <translation>Öppna en fil…</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="197" />
            <source>The demo assembly</source>
            <translation>Demomedborgarrådet</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="199" />
            <source>A fresh copy of a complete example assembly to try everything out</source>
            <translation>En ny kopia av ett komplett exempel på ett medborgarråd, så att du kan prova allt</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="236" />
            <source>Open an assembly</source>
            <translation>Öppna ett medborgarråd</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="238" />
            <location filename="../../ui/launcher.py" line="246" />
            <source>Tingsted assemblies (*.tingsted *.db)</source>
            <translation>Tingsted-medborgarråd (*.tingsted *.db)</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="244" />
            <location filename="../../ui/launcher.py" line="252" />
            <source>New assembly</source>
            <translation>Nytt medborgarråd</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="253" />
            <source>The assembly's name:</source>
            <translation>Medborgarrådets namn:</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <location filename="../../ui/operations.py" line="48" />
            <source>Not done</source>
            <translation>Inte gjort</translation>
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
            <translation>Värde</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="82" />
            <source>In pool</source>
            <translation>I poolen</translation>
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
            <translation>Max</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="149" />
            <source>Target changed</source>
            <translation>Målet ändrat</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="157" />
            <source>Quota changed</source>
            <translation>Kvoten ändrad</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="160" />
            <source>Type a number.</source>
            <translation>Skriv ett tal.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="235" />
            <source>Lottery</source>
            <translation>Lottning</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="242" />
            <location filename="../../ui/lottery/page.py" line="310" />
            <location filename="../../ui/lottery/page.py" line="346" />
            <source>Draw</source>
            <translation>Lotta</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="244" />
            <source>Draw the members by stratified lottery (Ctrl+D)</source>
            <translation>Lotta deltagarna genom stratifierad lottning (Ctrl+D)</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="247" />
            <source>Import the pool…</source>
            <translation>Importera poolen…</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="248" />
            <source>Import the respondents from a CSV or Excel file</source>
            <translation>Importera de anmälda från en CSV- eller Excelfil</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="257" />
            <source>The lottery draws the members from the pool of respondents who answered the invitation, with quotas so the assembly mirrors the population. Start by importing the pool.</source>
            <translation>Lottningen drar deltagarna ur poolen av dem som svarade på inbjudan, med kvoter så att medborgarrådet speglar befolkningen. Börja med att importera poolen.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="276" />
            <source>Pool, targets and quotas</source>
            <translation>Pool, mål och kvoter</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="279" />
            <source>Import pool…</source>
            <translation>Importera pool…</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="281" />
            <source>Import quotas…</source>
            <translation>Importera kvoter…</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="282" />
            <source>A file in the layout feature,value,min,max</source>
            <translation>En fil med kolumnerna feature,value,min,max</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="300" />
            <source>Quotas from targets: min = ⌊size × share⌋ − tolerance, max = ⌈size × share⌉ + tolerance (shares normalised within each category). Double-click a cell to change it.</source>
            <translation>Kvoter från mål: min = ⌊storlek × andel⌋ − tolerans, max = ⌈storlek × andel⌉ + tolerans (andelarna normaliseras inom varje kategori). Dubbelklicka på en cell för att ändra den.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="321" />
            <source>How far a quota may go beyond the rounded target</source>
            <translation>Hur långt en kvot får gå utöver det avrundade målet</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="322" />
            <source>Quotas from targets</source>
            <translation>Kvoter från mål</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="328" />
            <source>LEXIMIN (fairest, recommended)</source>
            <translation>LEXIMIN (rättvisast, rekommenderas)</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="328" />
            <source>Maximin (Tingsted, the lowest chance only)</source>
            <translation>Maximin (Tingsted, bara den lägsta chansen)</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="329" />
            <source>Maximin (sortition-algorithms, slow)</source>
            <translation>Maximin (sortition-algorithms, långsam)</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="330" />
            <source>Legacy greedy (sortition-algorithms)</source>
            <translation>Äldre girig metod (sortition-algorithms)</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="331" />
            <source>At most one person per household</source>
            <translation>Högst en person per hushåll</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="333" />
            <source>Write the seed down: with it, anyone can reproduce the draw</source>
            <translation>Skriv ner fröet: med det kan vem som helst upprepa lottningen</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="335" />
            <source>000–999, from dice or balls (optional)</source>
            <translation>000–999, från tärningar eller kulor (valfritt)</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="337" />
            <source>Panel size</source>
            <translation>Panelens storlek</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="338" />
            <source>Reserves</source>
            <translation>Reserver</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="339" />
            <source>Tolerance</source>
            <translation>Tolerans</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="340" />
            <source>Method</source>
            <translation>Metod</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="342" />
            <source>Seed</source>
            <translation>Slumpfrö</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="343" />
            <source>Public number</source>
            <translation>Offentligt tal</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="350" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="371" />
            <source>The drawn panel</source>
            <translation>Den lottade panelen</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="372" />
            <location filename="../../ui/lottery/page.py" line="455" />
            <source>No draw yet.</source>
            <translation>Ingen lottning än.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="379" />
            <source>Make the drawn panel members</source>
            <translation>Gör den lottade panelen till deltagare</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="383" />
            <location filename="../../ui/lottery/page.py" line="391" />
            <source>Reproduce draw</source>
            <translation>Upprepa lottningen</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="386" />
            <source>Recompute the recorded draw from its pool, quotas and seed, and check that the same panel comes out</source>
            <translation>Beräkna den sparade lottningen igen utifrån dess pool, kvoter och frö, och kontrollera att samma panel kommer ut</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="407" />
            <source>Panel, pool and population (%)</source>
            <translation>Panel, pool och befolkning (%)</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="411" />
            <source>Fairness: chance of being selected</source>
            <translation>Rättvisa: chansen att bli utvald</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="412" />
            <source>Draw to see each respondent's chance.</source>
            <translation>Lotta för att se varje anmälds chans.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/lottery/page.py" line="452" />
            <source>%n respondent(s) in the pool</source>
            <translation>
                <numerusform>%n anmäld i poolen</numerusform>
                <numerusform>%n anmälda i poolen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="479" />
            <source>, number {0}</source>
            <translation>, tal {0}</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="482" />
            <source>Draw {0} ({1}): {2} members and {3} reserves; seed {4}{5}.</source>
            <translation>Lottning {0} ({1}): {2} deltagare och {3} reserver; frö {4}{5}.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="489" />
            <source>Inputs hash {0}…</source>
            <translation>Indatas hash {0}…</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="492" />
            <source>✓ The drawn panel are members.</source>
            <translation>✓ Den lottade panelen är deltagare.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="494" />
            <source>Superseded by a later draw.</source>
            <translation>Ersatt av en senare lottning.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="496" />
            <source>The drawn panel are not members yet.</source>
            <translation>Den lottade panelen är inte deltagare än.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="501" />
            <source>Panel</source>
            <translation>Panel</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="501" />
            <source>Pool</source>
            <translation>Pool</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="501" />
            <source>Population</source>
            <translation>Befolkning</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="503" />
            <source>Lowest chance: {0}   highest: {1}   average: {2}</source>
            <translation>Lägsta chans: {0}   högsta: {1}   genomsnitt: {2}</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="511" />
            <source>Legacy greedy method (estimated from {0} draws): lowest chance {1}</source>
            <translation>Äldre girig metod (uppskattad från {0} lottningar): lägsta chans {1}</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="518" />
            <source>Legacy greedy method: some respondents were never chosen in {0} draws (lowest chance ≈ 0 %)</source>
            <translation>Äldre girig metod: några anmälda valdes aldrig i {0} lottningar (lägsta chans ≈ 0 %)</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="523" />
            <source>Model: {0}</source>
            <translation>Modell: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="524" />
            <source>Lowest chances:</source>
            <translation>Lägsta chanser:</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="533" />
            <source>Import the pool</source>
            <translation>Importera poolen</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="533" />
            <location filename="../../ui/lottery/page.py" line="562" />
            <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
            <translation>Kalkylblad (*.csv *.xlsx);;Alla filer (*)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/lottery/page.py" line="546" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… och %n till</numerusform>
                <numerusform>… och %n till</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="547" />
            <location filename="../../ui/lottery/page.py" line="574" />
            <source>Nothing was imported:</source>
            <translation>Inget importerades:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/lottery/page.py" line="554" />
            <source>%n respondent(s) imported</source>
            <translation>
                <numerusform>%n anmäld importerad</numerusform>
                <numerusform>%n anmälda importerade</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="562" />
            <source>Import quotas</source>
            <translation>Importera kvoter</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="570" />
            <location filename="../../ui/lottery/page.py" line="581" />
            <source>Quotas imported</source>
            <translation>Kvoter importerade</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="590" />
            <source>Quotas set from the targets</source>
            <translation>Kvoter satta utifrån målen</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="596" />
            <source>Quotas set from the targets for a panel of {0}</source>
            <translation>Kvoter satta utifrån målen för en panel på {0}</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="605" />
            <source>The public number is three digits, 000–999.</source>
            <translation>Det offentliga talet har tre siffror, 000–999.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="611" />
            <source>Members were already made from a draw; a new draw is not possible.</source>
            <translation>Deltagare har redan skapats från en lottning; en ny lottning är inte möjlig.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="686" />
            <source>✗ This draw has no recorded quotas (it was not made by this lottery); it cannot be recomputed.</source>
            <translation>✗ Den här lottningen har inga sparade kvoter (den gjordes inte av den här lottningen); den kan inte beräknas igen.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="689" />
            <source>✗ Cannot reproduce: the pool's data changed since the draw (the inputs hash differs).</source>
            <translation>✗ Kan inte upprepas: poolens data har ändrats sedan lottningen (indatas hash skiljer sig).</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="693" />
            <source>✓ Reproduced: draw {0} recomputed from seed {1} gives the same panel and the same reserves.</source>
            <translation>✓ Upprepad: lottning {0} beräknad igen med frö {1} ger samma panel och samma reserver.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="699" />
            <source>✗ Not reproduced: the same panel came out, but the reserves differ.</source>
            <translation>✗ Inte upprepad: samma panel kom ut, men reserverna skiljer sig.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="702" />
            <source>✗ Not reproduced: a different panel came out.</source>
            <translation>✗ Inte upprepad: en annan panel kom ut.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="714" />
            <source>The reproduction was cancelled.</source>
            <translation>Upprepningen avbröts.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="719" />
            <source>Cancelling…</source>
            <translation>Avbryter…</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="751" />
            <source>Drew {0} members and {1} reserves; lowest chance {2}</source>
            <translation>Lottade {0} deltagare och {1} reserver; lägsta chans {2}</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="765" />
            <source>The draw failed: {0}</source>
            <translation>Lottningen misslyckades: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="773" />
            <source>The reproduction failed: {0}</source>
            <translation>Upprepningen misslyckades: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="778" />
            <source>The draw was cancelled; nothing changed.</source>
            <translation>Lottningen avbröts; inget har ändrats.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="786" />
            <source>Make members</source>
            <translation>Gör till deltagare</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="787" />
            <source>Make the {0} drawn respondents members of the assembly?</source>
            <translation>Göra de {0} lottade anmälda till deltagare i medborgarrådet?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/lottery/page.py" line="800" />
            <source>%n member(s) made from the draw</source>
            <translation>
                <numerusform>%n deltagare skapad från lottningen</numerusform>
                <numerusform>%n deltagare skapade från lottningen</numerusform>
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
            <translation>&amp;Arkiv</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="125" />
            <source>&amp;New assembly…</source>
            <translation>&amp;Nytt medborgarråd…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="127" />
            <source>&amp;Open…</source>
            <translation>&amp;Öppna…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="131" />
            <source>Open &amp;recent</source>
            <translation>Öppna &amp;senaste</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="134" />
            <source>Save a &amp;backup copy…</source>
            <translation>Spara en &amp;säkerhetskopia…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="138" />
            <source>&amp;Quit</source>
            <translation>&amp;Avsluta</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="142" />
            <source>&amp;Go</source>
            <translation>&amp;Gå till</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="149" />
            <source>&amp;Projector</source>
            <translation>&amp;Projektor</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="151" />
            <source>Show &amp;projector</source>
            <translation>Visa &amp;projektor</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="154" />
            <source>Show or hide the projector window (F5)</source>
            <translation>Visa eller dölj projektorfönstret (F5)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="165" />
            <source>(no recent assemblies)</source>
            <translation>(inga senaste medborgarråd)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="173" />
            <source>New assembly</source>
            <translation>Nytt medborgarråd</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="173" />
            <location filename="../../ui/main_window.py" line="187" />
            <source>Tingsted assemblies (*.tingsted *.db)</source>
            <translation>Tingsted-medborgarråd (*.tingsted *.db)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="180" />
            <source>Open an assembly</source>
            <translation>Öppna ett medborgarråd</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="180" />
            <source>Tingsted assemblies (*.tingsted *.db);;All files (*)</source>
            <translation>Tingsted-medborgarråd (*.tingsted *.db);;Alla filer (*)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="187" />
            <source>Save a backup copy</source>
            <translation>Spara en säkerhetskopia</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="194" />
            <source>Backup copy</source>
            <translation>Säkerhetskopia</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="196" />
            <source>Backup copy saved to {0}</source>
            <translation>Säkerhetskopian har sparats i {0}</translation>
        </message>
        <message>
            <source>Assembly &amp;settings…</source>
            <translation>Medborgarrådets &amp;inställningar…</translation>
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
            <translation>Deltagarnummer</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="61" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="62" />
            <source>First name</source>
            <translation>Förnamn</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="63" />
            <source>Last name</source>
            <translation>Efternamn</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="67" />
            <source>Contact data (personal)</source>
            <translation>Kontaktuppgifter (personliga)</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="69" />
            <source>Kept apart from the profile; left out of exports unless you ask; erased by Forget.</source>
            <translation>Sparas åtskilt från profilen; utelämnas ur exporter om du inte ber om dem; raderas av Glöm.</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="79" />
            <source>e.g. wheelchair, sign language, diet</source>
            <translation>t.ex. rullstol, teckenspråk, kost</translation>
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
            <translation>Adress</translation>
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
            <translation>Anteckningar</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="104" />
            <location filename="../../ui/members/form.py" line="110" />
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="107" />
            <source>Save the member (Ctrl+S)</source>
            <translation>Spara deltagaren (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="132" />
            <source>(not known)</source>
            <translation>(okänt)</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="152" />
            <source>No member selected</source>
            <translation>Ingen deltagare vald</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="158" />
            <source>Member {0}</source>
            <translation>Deltagare {0}</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="166" />
            <source>(forgotten)</source>
            <translation>(glömd)</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="169" />
            <source>Joined {0}</source>
            <translation>Med från {0}</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="171" />
            <source>Replaces member {0}</source>
            <translation>Ersätter deltagare {0}</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="175" />
            <source>Withdrew {0}{1}</source>
            <translation>Avhoppad {0}{1}</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="177" />
            <source>Replaced by member {0}</source>
            <translation>Ersatt av deltagare {0}</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="179" />
            <source>Name and contact data erased (forgotten).</source>
            <translation>Namn och kontaktuppgifter raderade (glömd).</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="189" />
            <source>New member</source>
            <translation>Ny deltagare</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="190" />
            <source>{0} (assigned automatically)</source>
            <translation>{0} (tilldelas automatiskt)</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="233" />
            <source>Member {0} added</source>
            <translation>Deltagare {0} tillagd</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="248" />
            <source>Member {0} saved</source>
            <translation>Deltagare {0} sparad</translation>
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
            <translation>Avhoppad</translation>
        </message>
        <message>
            <location filename="../../ui/members/models.py" line="30" />
            <source>Replaced</source>
            <translation>Ersatt</translation>
        </message>
        <message>
            <location filename="../../ui/members/models.py" line="61" />
            <source>No.</source>
            <translation>Nr</translation>
        </message>
        <message>
            <location filename="../../ui/members/models.py" line="62" />
            <source>First name</source>
            <translation>Förnamn</translation>
        </message>
        <message>
            <location filename="../../ui/members/models.py" line="63" />
            <source>Last name</source>
            <translation>Efternamn</translation>
        </message>
        <message>
            <location filename="../../ui/members/models.py" line="65" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/members/models.py" line="66" />
            <source>Days present</source>
            <translation>Dagar närvarande</translation>
        </message>
        <message>
            <location filename="../../ui/members/models.py" line="95" />
            <source>(forgotten)</source>
            <translation>(glömd)</translation>
        </message>
    </context>
    <context>
        <name>MembersPage</name>
        <message>
            <location filename="../../ui/members/page.py" line="53" />
            <source>Import members…</source>
            <translation>Importera deltagare…</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="55" />
            <source>Import the roster from a CSV or Excel file</source>
            <translation>Importera deltagarlistan från en CSV- eller Excelfil</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="66" />
            <source>Roster</source>
            <translation>Deltagare</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="67" />
            <source>Check-in</source>
            <translation>Incheckning</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="68" />
            <source>The members: edit, withdraw and replace, print (Alt+R)</source>
            <translation>Deltagarna: redigera, avhopp och ersättning, skriv ut (Alt+R)</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="69" />
            <source>The check-in desk for a meeting day (Alt+C)</source>
            <translation>Incheckningen för en mötesdag (Alt+C)</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="164" />
            <location filename="../../ui/members/page.py" line="171" />
            <location filename="../../ui/members/page.py" line="187" />
            <source>Export members</source>
            <translation>Exportera deltagare</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="164" />
            <source>Excel (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="172" />
            <source>Export the members anonymised, or with names and contact data?</source>
            <translation>Exportera deltagarna anonymiserade eller med namn och kontaktuppgifter?</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="174" />
            <source>Anonymised: member number, profile, status and attendance – no personal data.</source>
            <translation>Anonymiserat: deltagarnummer, profil, status och närvaro – inga personuppgifter.</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="176" />
            <source>Anonymised</source>
            <translation>Anonymiserat</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="177" />
            <source>With names and contact data</source>
            <translation>Med namn och kontaktuppgifter</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="190" />
            <source>contains personal data (names and contact data)</source>
            <translation>innehåller personuppgifter (namn och kontaktuppgifter)</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="192" />
            <source>anonymised, no personal data</source>
            <translation>anonymiserat, inga personuppgifter</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="194" />
            <source>{0} members exported to {1} – {2}</source>
            <translation>{0} deltagare exporterade till {1} – {2}</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="199" />
            <source>Name badges</source>
            <translation>Namnskyltar</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="199" />
            <source>Sign-in sheet</source>
            <translation>Närvarolista</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="199" />
            <source>Member list</source>
            <translation>Deltagarlista</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="202" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="213" />
            <source>The assembly has no meeting days yet.</source>
            <translation>Medborgarrådet har inga mötesdagar än.</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="218" />
            <source>Printing {0}…</source>
            <translation>Skriver ut {0}…</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="224" />
            <source>{0} saved to {1} ({2} members; contains names)</source>
            <translation>{0} sparad i {1} ({2} deltagare; innehåller namn)</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="230" />
            <source>Could not print: {0}</source>
            <translation>Kunde inte skriva ut: {0}</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="259" />
            <source>Merge into {0}</source>
            <translation>Slå samman med {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="267" />
            <source>&amp;Merge this draft</source>
            <translation>&amp;Slå samman detta utkast</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="268" />
            <source>into</source>
            <translation>med</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="272" />
            <source>The other draft is marked as merged and keeps its history; its initiatives move here. Write the merged wording below.</source>
            <translation>Det andra utkastet markeras som sammanslaget och behåller sin historik; dess åtgärder flyttas hit. Skriv den sammanslagna formuleringen nedan.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="300" />
            <source>Who wrote the merged text</source>
            <translation>Vem skrev den sammanslagna texten</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="301" />
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="302" />
            <source>Merged &amp;text</source>
            <translation>Sammanslagen &amp;text</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="303" />
            <source>Written &amp;by</source>
            <translation>Skriven &amp;av</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="307" />
            <source>Merge</source>
            <translation>Slå samman</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="316" />
            <source>(no other draft to merge)</source>
            <translation>(inget annat utkast att slå samman)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="328" />
            <source>There is no other draft to merge.</source>
            <translation>Det finns inget annat utkast att slå samman.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="333" />
            <source>{0} merged into {1}</source>
            <translation>{0} sammanslagen med {1}</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <location filename="../../ui/overview/page.py" line="25" />
            <source>Remit</source>
            <translation>Uppdraget</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="35" />
            <source>The assembly in figures</source>
            <translation>Medborgarrådet i siffror</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="40" />
            <source>members</source>
            <translation>deltagare</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="41" />
            <source>respondents in the pool</source>
            <translation>anmälda i poolen</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="42" />
            <source>meeting days</source>
            <translation>mötesdagar</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="43" />
            <source>tables</source>
            <translation>bord</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="44" />
            <source>recommendations</source>
            <translation>rekommendationer</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="45" />
            <source>open ballots</source>
            <translation>öppna omröstningar</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="62" />
            <source>Meeting days</source>
            <translation>Mötesdagar</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="70" />
            <source>Next on the agenda</source>
            <translation>Nästa på dagordningen</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="84" />
            <source>Plenary</source>
            <translation>Plenum</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="85" />
            <source>Presentation</source>
            <translation>Föredrag</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="86" />
            <source>Table dialogue</source>
            <translation>Borddialog</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="87" />
            <source>Vote</source>
            <translation>Omröstning</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="88" />
            <source>Break</source>
            <translation>Paus</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="94" />
            <source>ddd d MMM yyyy</source>
            <translation>ddd d MMM yyyy</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="114" />
            <source>No remit question yet.</source>
            <translation>Uppdraget är inte formulerat än.</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="116" />
            <source>Commissioned by {0}</source>
            <translation>Beställt av {0}</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="132" />
            <source>held</source>
            <translation>hållen</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="132" />
            <source>next</source>
            <translation>nästa</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="142" />
            <source>Day {0}</source>
            <translation>Dag {0}</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="153" />
            <source>No meeting days planned yet. Add them under Program.</source>
            <translation>Inga mötesdagar än. Lägg till dem under Program.</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="158" />
            <source>Day {0}, {1}</source>
            <translation>Dag {0}, {1}</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="171" />
            <source>Nothing more on the agenda.</source>
            <translation>Det finns inget mer på dagordningen.</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="132" />
            <source>today</source>
            <translation>i dag</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="156" />
            <source>now</source>
            <translation>nu</translation>
        </message>
        <message>
            <source>Assembly settings…</source>
            <translation>Medborgarrådets inställningar…</translation>
        </message>
        <message>
            <source>The assembly's name, remit question, commissioning body, language, threshold and logo (Ctrl+,)</source>
            <translation>Medborgarrådets namn, uppdrag, uppdragsgivare, språk, tröskel och logotyp (Ctrl+,)</translation>
        </message>
        <message>
            <source>Write the remit question…</source>
            <translation>Skriv uppdragets fråga…</translation>
        </message>
    </context>
    <context>
        <name>PaperForm</name>
        <message>
            <location filename="../../ui/voting/page.py" line="73" />
            <source>Keys: j / y = yes · n = no · a / b / h / 0 = abstain (blank)</source>
            <translation>Tangenter: j / y = ja · n = nej · a / b / h / 0 = avstår (blank)</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="76" />
            <source>Keys: 5 … 1 = the scale step · 0 or . = blank</source>
            <translation>Tangenter: 5 … 1 = steget på skalan · 0 eller . = blank</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="77" />
            <source>Keys: x or 1 = ticked · 0, . or space = not ticked</source>
            <translation>Tangenter: x eller 1 = kryssad · 0, . eller mellanslag = inte kryssad</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="78" />
            <source>Keys: the number of dots on each item (0 for none)</source>
            <translation>Tangenter: antalet prickar på varje punkt (0 för inga)</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="79" />
            <source>Keys: the rank given to each item (1 = first) · 0 or . = not ranked</source>
            <translation>Tangenter: platsen varje punkt har fått (1 = först) · 0 eller . = inte rangordnad</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="357" />
            <source>Entry &amp;1</source>
            <translation>Inmatning &amp;1</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="358" />
            <source>Entry &amp;2</source>
            <translation>Inmatning &amp;2</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="384" />
            <source>&amp;Spoilt paper</source>
            <translation>&amp;Ogiltig röstsedel</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="392" />
            <source>Paper &amp;number</source>
            <translation>Röstsedel &amp;nummer</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="393" />
            <source>&amp;Choices</source>
            <translation>&amp;Val</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="406" />
            <source>Papers whose two entries disagree</source>
            <translation>Röstsedlar där de två inmatningarna skiljer sig</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="410" />
            <source>&amp;Resolve the selected paper</source>
            <translation>&amp;Avgör den valda röstsedeln</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="412" />
            <source>Look at the paper itself and type what it says (Enter on the list does the same)</source>
            <translation>Titta på själva röstsedeln och skriv vad som står (Enter i listan gör samma sak)</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="447" />
            <source>Papers are typed in while the ballot is open.</source>
            <translation>Röstsedlar matas in medan omröstningen är öppen.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="458" />
            <source>Counted: {0} papers ({1} spoilt) · typed once: {2} · disagreeing: {3}</source>
            <translation>Räknade: {0} röstsedlar ({1} ogiltiga) · inmatade en gång: {2} · oeniga: {3}</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="466" />
            <source>Typed once, waiting for the other entry: paper {0}</source>
            <translation>Inmatad en gång, väntar på den andra inmatningen: röstsedel {0}</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="474" />
            <source>one entry says spoilt</source>
            <translation>den ena inmatningen säger ogiltig</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="482" />
            <source>Paper {0} – </source>
            <translation>Röstsedel {0} – </translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="489" />
            <source>None – all papers typed twice agree.</source>
            <translation>Inga – alla dubbelinmatade röstsedlar stämmer överens.</translation>
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
            <translation>Avgör röstsedel {0}: skriv vad som står på den</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="522" />
            <source>Double entry: entry {0}</source>
            <translation>Dubbelinmatning: inmatning {0}</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="524" />
            <source>Single entry</source>
            <translation>Enkel inmatning</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="547" />
            <source>“{0}” is not a key here.</source>
            <translation>”{0}” är ingen tangent här.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="570" />
            <source>The whole paper is spoilt: press Enter to save it.</source>
            <translation>Hela röstsedeln är ogiltig: tryck Enter för att spara den.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="578" />
            <source>press Enter to save</source>
            <translation>tryck Enter för att spara</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="578" />
            <source>{0} more</source>
            <translation>{0} till</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="586" />
            <source>Type the paper's number first.</source>
            <translation>Skriv röstsedelns nummer först.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="590" />
            <source>Type one key for each of the {0} items (or mark the paper spoilt).</source>
            <translation>Tryck en tangent för var och en av de {0} punkterna (eller markera röstsedeln som ogiltig).</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="607" />
            <source>✓ Paper {0} counted.</source>
            <translation>✓ Röstsedel {0} räknad.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="610" />
            <source>Paper {0} saved; it counts when the other entry agrees.</source>
            <translation>Röstsedel {0} sparad; den räknas när den andra inmatningen stämmer överens.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="613" />
            <source>⚠ Paper {0}: the two entries disagree – see the list below.</source>
            <translation>⚠ Röstsedel {0}: de två inmatningarna skiljer sig – se listan nedan.</translation>
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
            <translation>Föredrag</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="27" />
            <source>Table dialogue</source>
            <translation>Borddialog</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="28" />
            <source>Vote</source>
            <translation>Omröstning</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="29" />
            <source>Break</source>
            <translation>Paus</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="218" />
            <source>Submitted</source>
            <translation>Inskickad</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="219" />
            <source>Selected</source>
            <translation>Utvald</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="220" />
            <source>Answered</source>
            <translation>Besvarad</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="221" />
            <source>Discarded</source>
            <translation>Kasserad</translation>
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
            <translation>Ny punkt</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="182" />
            <source>Add an item at the end of the day's agenda</source>
            <translation>Lägg till en punkt sist på dagens dagordning</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="185" />
            <source>Undo delete</source>
            <translation>Ångra radering</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="188" />
            <source>Bring back the agenda item just deleted (Ctrl+Z)</source>
            <translation>Hämta tillbaka punkten som just raderades (Ctrl+Z)</translation>
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
            <translation>Lägg till en mötesdag</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="217" />
            <source>The meeting day to plan or run</source>
            <translation>Mötesdagen som ska planeras eller genomföras</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="219" />
            <source>Day</source>
            <translation>Dag</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="224" />
            <source>Edit day…</source>
            <translation>Ändra dag…</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="224" />
            <source>Date, venue, start and end of this day</source>
            <translation>Datum, plats, start och slut för dagen</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="225" />
            <source>Copy day…</source>
            <translation>Kopiera dag…</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="225" />
            <source>A new day with the same agenda, as a template</source>
            <translation>En ny dag med samma dagordning, som mall</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="226" />
            <location filename="../../ui/program/page.py" line="602" />
            <source>Delete day</source>
            <translation>Radera dag</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="226" />
            <source>Delete this day and its agenda</source>
            <translation>Radera dagen och dess dagordning</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="233" />
            <source>Run sheet…</source>
            <translation>Körschema…</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="234" />
            <source>A printable PDF of the day for facilitators and table hosts</source>
            <translation>En utskrivbar PDF av dagen för samtalsledare och bordsvärdar</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="236" />
            <source>Handout…</source>
            <translation>Program att dela ut…</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="237" />
            <source>The day's program for the members (no internal notes)</source>
            <translation>Dagens program för deltagarna (utan interna anteckningar)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="245" />
            <location filename="../../ui/program/page.py" line="518" />
            <source>Start the day</source>
            <translation>Starta dagen</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="248" />
            <source>Run this day: NOW and NEXT are tracked here and shown on the projector's agenda (F7)</source>
            <translation>Genomför dagen: NU och NÄSTA följs här och visas på projektorns dagordning (F7)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="264" />
            <source>Plan the assembly's days here: each day's agenda, with plenaries, expert presentations, table dialogues, votes and breaks. Start by adding the first meeting day.</source>
            <translation>Planera medborgarrådets dagar här: varje dags dagordning med plenum, expertföredrag, borddialoger, omröstningar och pauser. Börja med att lägga till den första mötesdagen.</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="293" />
            <source>Move up</source>
            <translation>Flytta upp</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="295" />
            <source>Move the item one place earlier (Ctrl+Up)</source>
            <translation>Flytta punkten ett steg tidigare (Ctrl+Upp)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="297" />
            <source>Move down</source>
            <translation>Flytta ner</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="299" />
            <source>Move the item one place later (Ctrl+Down)</source>
            <translation>Flytta punkten ett steg senare (Ctrl+Ner)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="309" />
            <source>Add an item at the end of the day's agenda (Ctrl+Shift+N)</source>
            <translation>Lägg till en punkt sist på dagens dagordning (Ctrl+Skift+N)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="320" />
            <source>Agenda item</source>
            <translation>Punkt på dagordningen</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="328" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="331" />
            <source>Who leads it</source>
            <translation>Vem leder den</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="335" />
            <source>Internal notes for facilitators (not on the handout)</source>
            <translation>Interna anteckningar för samtalsledare (kommer inte med i programmet)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="341" />
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="342" />
            <location filename="../../ui/program/page.py" line="931" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="343" />
            <source>Duration</source>
            <translation>Längd</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="344" />
            <source>Responsible</source>
            <translation>Ansvarig</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="345" />
            <source>Room</source>
            <translation>Lokal</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="346" />
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="347" />
            <source>Presentations</source>
            <translation>Föredrag</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="350" />
            <location filename="../../ui/program/page.py" line="769" />
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="352" />
            <source>Save the item (Enter in the title)</source>
            <translation>Spara punkten (Enter i titeln)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="354" />
            <location filename="../../ui/program/page.py" line="772" />
            <source>Delete</source>
            <translation>Radera</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="357" />
            <source>Countdown</source>
            <translation>Nedräkning</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="358" />
            <source>Set the projector's countdown to this item and show it (F8)</source>
            <translation>Ställ projektorns nedräkning på den här punkten och visa den (F8)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="374" />
            <source>Agenda</source>
            <translation>Dagordning</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="380" />
            <source>Day {0}</source>
            <translation>Dag {0}</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="435" />
            <source>{0}–{1} · planned {2} of {3}</source>
            <translation>{0}–{1} · planerat {2} av {3}</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="445" />
            <source>the day fits its hours</source>
            <translation>dagen ryms i tiden</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="450" />
            <source>The day does not fit its hours: the agenda ends at {0}, {1} too late.</source>
            <translation>Dagen ryms inte i tiden: dagordningen slutar kl. {0}, {1} för sent.</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="488" />
            <source>none – place one from the Experts tab</source>
            <translation>ingen – placera en från fliken Experter</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="518" />
            <source>Day running</source>
            <translation>Dagen pågår</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="520" />
            <source>Not running now</source>
            <translation>Pågår inte nu</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="520" />
            <source>Outside the day's hours</source>
            <translation>Utanför dagens tider</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="526" />
            <source>NOW: {0} – {1} min left</source>
            <translation>NU: {0} – {1} min kvar</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="528" />
            <source>NEXT {0}: {1}</source>
            <translation>NÄSTA {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="537" />
            <source>The day has started; the projector's agenda follows the clock.</source>
            <translation>Dagen har börjat; projektorns dagordning följer klockan.</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="546" />
            <source>Countdown set to {0} for “{1}”</source>
            <translation>Nedräkningen inställd på {0} för ”{1}”</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="555" />
            <source>Program</source>
            <translation>Program</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="564" />
            <source>Meeting day added</source>
            <translation>Mötesdag tillagd</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="577" />
            <source>Meeting day changed</source>
            <translation>Mötesdag ändrad</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="583" />
            <source>Copy the day as a template</source>
            <translation>Kopiera dagen som mall</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="590" />
            <source>Day copied with its agenda</source>
            <translation>Dagen har kopierats med sin dagordning</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="603" />
            <source>Delete day {0} ({1}) and its whole agenda?</source>
            <translation>Radera dag {0} ({1}) och hela dess dagordning?</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="607" />
            <source>Meeting day deleted</source>
            <translation>Mötesdag raderad</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="615" />
            <source>New item</source>
            <translation>Ny punkt</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="616" />
            <source>Agenda item added</source>
            <translation>Punkt tillagd</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="635" />
            <source>Agenda item saved</source>
            <translation>Punkt sparad</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="644" />
            <source>“{0}” deleted – Ctrl+Z brings it back</source>
            <translation>”{0}” raderad – Ctrl+Z hämtar tillbaka den</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="668" />
            <source>“{0}” is back</source>
            <translation>”{0}” är tillbaka</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="676" />
            <source>Agenda reordered</source>
            <translation>Dagordningen har ordnats om</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="693" />
            <source>Save the handout</source>
            <translation>Spara programmet att dela ut</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="693" />
            <source>Save the run sheet</source>
            <translation>Spara körschemat</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="704" />
            <source>Saved {0}</source>
            <translation>Sparad: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="705" />
            <source>Run sheet</source>
            <translation>Körschema</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="711" />
            <source>New expert…</source>
            <translation>Ny expert…</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="717" />
            <source>The experts and stakeholders who speak to the assembly: their role, organisation and perspective, their presentations in the agenda and their slides. Add the first one.</source>
            <translation>Experter och intressenter som talar inför medborgarrådet: deras roll, organisation och perspektiv, deras föredrag på dagordningen och deras bilder. Lägg till den första.</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="736" />
            <location filename="../../ui/program/page.py" line="898" />
            <source>New expert</source>
            <translation>Ny expert</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="742" />
            <location filename="../../ui/program/page.py" line="1025" />
            <source>Expert</source>
            <translation>Expert</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="746" />
            <location filename="../../ui/program/page.py" line="898" />
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="747" />
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="748" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="749" />
            <source>Side or perspective</source>
            <translation>Sida eller perspektiv</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="758" />
            <source>Short bio</source>
            <translation>Kort presentation</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="759" />
            <source>Contact (private: never printed, exported or projected)</source>
            <translation>Kontakt (privat: skrivs aldrig ut, exporteras eller visas)</translation>
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
            <translation>privat – skrivs aldrig ut eller visas</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="782" />
            <source>Presentations and materials</source>
            <translation>Föredrag och material</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="789" />
            <source>New presentation…</source>
            <translation>Nytt föredrag…</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="792" />
            <source>Where the presentation sits in the agenda</source>
            <translation>Var föredraget ligger på dagordningen</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="794" />
            <location filename="../../ui/program/page.py" line="810" />
            <source>Remove</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="805" />
            <source>Attach file…</source>
            <translation>Bifoga fil…</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="806" />
            <source>Slides or a PDF; stored in the assembly file so a backup carries it</source>
            <translation>Bilder eller en PDF; sparas i medborgarrådets fil så att säkerhetskopian får med den</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="808" />
            <source>Open</source>
            <translation>Öppna</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="821" />
            <source>Experts</source>
            <translation>Experter</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="861" />
            <source>not placed in the agenda</source>
            <translation>inte placerad på dagordningen</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="881" />
            <source>(not in the agenda)</source>
            <translation>(inte på dagordningen)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="901" />
            <source>Expert added</source>
            <translation>Expert tillagd</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="914" />
            <source>Expert saved</source>
            <translation>Expert sparad</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="922" />
            <source>Delete expert</source>
            <translation>Radera expert</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="922" />
            <source>Delete {0} with their presentations and materials?</source>
            <translation>Radera {0} med föredrag och material?</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="925" />
            <source>Expert deleted</source>
            <translation>Expert raderad</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="931" />
            <source>New presentation</source>
            <translation>Nytt föredrag</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="937" />
            <source>Presentation added</source>
            <translation>Föredrag tillagt</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="947" />
            <source>Presentation placed in the agenda</source>
            <translation>Föredraget har placerats på dagordningen</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="947" />
            <source>Presentation taken off the agenda</source>
            <translation>Föredraget har tagits bort från dagordningen</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="953" />
            <source>Presentation removed</source>
            <translation>Föredrag borttaget</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="958" />
            <location filename="../../ui/program/page.py" line="983" />
            <location filename="../../ui/program/page.py" line="988" />
            <source>Materials</source>
            <translation>Material</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="958" />
            <source>Add a presentation first.</source>
            <translation>Lägg till ett föredrag först.</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="963" />
            <source>Attach a file</source>
            <translation>Bifoga en fil</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="965" />
            <source>Slides and documents (*.pdf *.pptx *.ppt *.odp *.key);;All files (*)</source>
            <translation>Bilder och dokument (*.pdf *.pptx *.ppt *.odp *.key);;Alla filer (*)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="972" />
            <source>{0} attached</source>
            <translation>{0} bifogad</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="989" />
            <source>No program on this laptop opens {0}. It was saved to {1}.</source>
            <translation>Inget program på den här datorn kan öppna {0}. Den har sparats i {1}.</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="997" />
            <source>Material removed</source>
            <translation>Material borttaget</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1002" />
            <location filename="../../ui/program/page.py" line="1022" />
            <source>New question…</source>
            <translation>Ny fråga…</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1008" />
            <source>Questions the tables send to the experts: type them in as the table hosts bring them, group similar ones, choose which go to the expert and show them on the projector.</source>
            <translation>Frågor som borden skickar till experterna: skriv in dem allteftersom bordsvärdarna kommer med dem, samla liknande, välj vilka som går vidare till experten och visa dem på projektorn.</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1020" />
            <source>Show the questions to one expert</source>
            <translation>Visa frågorna till en expert</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1023" />
            <source>Type in a question a table sends to an expert</source>
            <translation>Skriv in en fråga som ett bord skickar till en expert</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1029" />
            <source>Show the questions view</source>
            <translation>Visa frågorna</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1030" />
            <source>Show the chosen questions on the projector (F9)</source>
            <translation>Visa de utvalda frågorna på projektorn (F9)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1044" />
            <source>Group…</source>
            <translation>Gruppera…</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1044" />
            <source>Give similar questions one group name</source>
            <translation>Ge liknande frågor ett gruppnamn</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1045" />
            <source>Select</source>
            <translation>Välj ut</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1045" />
            <source>These go to the expert</source>
            <translation>Dessa går vidare till experten</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1047" />
            <source>Answered</source>
            <translation>Besvarad</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1048" />
            <source>Mark as answered (leaves the projector)</source>
            <translation>Markera som besvarad (försvinner från projektorn)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1051" />
            <source>Discard</source>
            <translation>Kassera</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1051" />
            <source>Not asked</source>
            <translation>Inte ställd</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1053" />
            <source>On projector</source>
            <translation>På projektorn</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1054" />
            <source>Show these on the projector's questions view</source>
            <translation>Visa dessa i projektorns frågevy</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1057" />
            <source>Off projector</source>
            <translation>Av projektorn</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1057" />
            <source>Take these off the projector</source>
            <translation>Ta bort dessa från projektorn</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1068" />
            <source>Questions</source>
            <translation>Frågor</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1076" />
            <source>All experts</source>
            <translation>Alla experter</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1087" />
            <source>{0} of at most {1} on the projector</source>
            <translation>{0} av högst {1} på projektorn</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1108" />
            <source>Question added</source>
            <translation>Fråga tillagd</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1116" />
            <source>Group questions</source>
            <translation>Gruppera frågor</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1116" />
            <source>A short name for the group (empty: no group)</source>
            <translation>Ett kort namn på gruppen (tomt: ingen grupp)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/program/page.py" line="1120" />
            <source>%n question(s) grouped</source>
            <translation>
                <numerusform>%n fråga grupperad</numerusform>
                <numerusform>%n frågor grupperade</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1126" />
            <source>Questions updated</source>
            <translation>Frågor uppdaterade</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1133" />
            <source>Shown on the projector</source>
            <translation>Visas på projektorn</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1133" />
            <source>Taken off the projector</source>
            <translation>Borttagna från projektorn</translation>
        </message>
    </context>
    <context>
        <name>ProjectorPanel</name>
        <message>
            <location filename="../../ui/projector/control.py" line="45" />
            <source>Projector</source>
            <translation>Projektor</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="62" />
            <location filename="../../ui/projector/control.py" line="247" />
            <source>Show projector</source>
            <translation>Visa projektor</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="64" />
            <source>Show or hide the projector window (F5)</source>
            <translation>Visa eller dölj projektorfönstret (F5)</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="68" />
            <source>Dark</source>
            <translation>Mörkt</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="69" />
            <source>Light</source>
            <translation>Ljust</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="70" />
            <source>Dark for a dim hall, light for a bright one</source>
            <translation>Mörkt för en dämpad sal, ljust för en ljus</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="105" />
            <source>Show “{0}” on the projector ({1})</source>
            <translation>Visa ”{0}” på projektorn ({1})</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="119" />
            <source>Countdown</source>
            <translation>Nedräkning</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="124" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="125" />
            <source>Length of the countdown; Set starts it over</source>
            <translation>Nedräkningens längd; Ställ in börjar om</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="126" />
            <source>Set</source>
            <translation>Ställ in</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="127" />
            <source>Set the countdown to this many minutes (paused)</source>
            <translation>Ställ nedräkningen på så många minuter (pausad)</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="131" />
            <location filename="../../ui/projector/control.py" line="271" />
            <source>Start</source>
            <translation>Starta</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="132" />
            <source>Start or pause the countdown</source>
            <translation>Starta eller pausa nedräkningen</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="134" />
            <source>−1 min</source>
            <translation>−1 min</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="135" />
            <source>One minute less</source>
            <translation>En minut mindre</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="137" />
            <source>+1 min</source>
            <translation>+1 min</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="138" />
            <source>One minute more</source>
            <translation>En minut mer</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="140" />
            <source>Sound at zero</source>
            <translation>Ljud vid noll</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="152" />
            <source>Message</source>
            <translation>Meddelande</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="155" />
            <source>e.g. Lunch – we continue at 13:00</source>
            <translation>t.ex. Lunch – vi fortsätter kl. 13.00</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="157" />
            <source>Show</source>
            <translation>Visa</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="158" />
            <source>Show this message on the projector (Enter)</source>
            <translation>Visa meddelandet på projektorn (Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="195" />
            <source>Projector control &amp;panel</source>
            <translation>Projektorns &amp;kontrollpanel</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="198" />
            <source>Show or hide the projector control panel (Shift+F5)</source>
            <translation>Visa eller dölj projektorns kontrollpanel (Skift+F5)</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="240" />
            <source>Showing: {0}</source>
            <translation>Visar: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="247" />
            <source>Hide projector</source>
            <translation>Dölj projektor</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="261" />
            <source>Second screen found: {0} ({1}×{2}), full screen</source>
            <translation>Andra skärm hittad: {0} ({1}×{2}), helskärm</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="262" />
            <source>projector</source>
            <translation>projektor</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="266" />
            <source>No second screen: the projector opens as a window here</source>
            <translation>Ingen andra skärm: projektorn öppnas som ett fönster här</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="271" />
            <source>Pause</source>
            <translation>Paus</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="282" />
            <source>The projector is off.
F5 shows it.</source>
            <translation>Projektorn är avstängd.
F5 visar den.</translation>
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
            <translation>Ingen andra skärm: projektorn öppnas som ett fönster här; F5 döljer det igen</translation>
        </message>
        <message>
            <source>Projector off</source>
            <translation>Projektor avstängd</translation>
        </message>
    </context>
    <context>
        <name>ProjectorViews</name>
        <message>
            <location filename="../../ui/projector/generic.py" line="28" />
            <source>Welcome</source>
            <translation>Välkommen</translation>
        </message>
        <message>
            <location filename="../../ui/projector/generic.py" line="30" />
            <source>Agenda</source>
            <translation>Dagordning</translation>
        </message>
        <message>
            <location filename="../../ui/projector/generic.py" line="32" />
            <source>Countdown</source>
            <translation>Nedräkning</translation>
        </message>
        <message>
            <location filename="../../ui/projector/generic.py" line="35" />
            <source>Questions</source>
            <translation>Frågor</translation>
        </message>
        <message>
            <location filename="../../ui/projector/generic.py" line="40" />
            <source>Message</source>
            <translation>Meddelande</translation>
        </message>
        <message>
            <location filename="../../ui/projector/generic.py" line="42" />
            <source>Blank</source>
            <translation>Svart skärm</translation>
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
        <name>QuestionDialog</name>
        <message>
            <location filename="../../ui/program/page.py" line="143" />
            <source>New question</source>
            <translation>Ny fråga</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="146" />
            <source>(no table)</source>
            <translation>(inget bord)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="150" />
            <source>(any expert)</source>
            <translation>(valfri expert)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="155" />
            <source>The question, as the table wrote it</source>
            <translation>Frågan, som bordet skrev den</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="156" />
            <source>Table</source>
            <translation>Bord</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="157" />
            <source>To</source>
            <translation>Till</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="158" />
            <source>Question</source>
            <translation>Fråga</translation>
        </message>
    </context>
    <context>
        <name>QuestionsModel</name>
        <message>
            <location filename="../../ui/program/models.py" line="226" />
            <source>Question</source>
            <translation>Fråga</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="227" />
            <source>Table</source>
            <translation>Bord</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="228" />
            <source>Expert</source>
            <translation>Expert</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="229" />
            <source>Group</source>
            <translation>Grupp</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="230" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="231" />
            <source>On screen</source>
            <translation>På skärmen</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="237" />
            <source>Shown</source>
            <translation>Visas</translation>
        </message>
    </context>
    <context>
        <name>QuestionsView</name>
        <message>
            <location filename="../../ui/projector/questions.py" line="56" />
            <source>Questions for {0}</source>
            <translation>Frågor till {0}</translation>
        </message>
        <message>
            <location filename="../../ui/projector/questions.py" line="58" />
            <source>Questions to the experts</source>
            <translation>Frågor till experterna</translation>
        </message>
        <message>
            <location filename="../../ui/projector/questions.py" line="65" />
            <source>No questions chosen yet.</source>
            <translation>Inga frågor utvalda än.</translation>
        </message>
    </context>
    <context>
        <name>RecommendationDialog</name>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="91" />
            <source>New recommendation</source>
            <translation>Ny rekommendation</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="91" />
            <source>Edit details</source>
            <translation>Ändra uppgifter</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="99" />
            <source>A short title, e.g. A youth council</source>
            <translation>En kort titel, t.ex. Ett ungdomsråd</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="104" />
            <source>e.g. Climate</source>
            <translation>t.ex. Klimat</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="105" />
            <source>(no table)</source>
            <translation>(inget bord)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="106" />
            <source>&amp;Code</source>
            <translation>&amp;Kod</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="107" />
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="108" />
            <source>T&amp;heme</source>
            <translation>T&amp;ema</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="109" />
            <source>From t&amp;able</source>
            <translation>Från b&amp;ord</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="116" />
            <source>The recommendation's first draft</source>
            <translation>Rekommendationens första utkast</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="120" />
            <source>One concrete initiative per line (optional)</source>
            <translation>En konkret åtgärd per rad (valfritt)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="123" />
            <source>Who wrote it</source>
            <translation>Vem skrev den</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="124" />
            <source>Te&amp;xt</source>
            <translation>Te&amp;xt</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="125" />
            <source>&amp;Initiatives</source>
            <translation>&amp;Åtgärder</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="126" />
            <source>Written &amp;by</source>
            <translation>Skriven &amp;av</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="130" />
            <source>Create</source>
            <translation>Skapa</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="130" />
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="153" />
            <source>Recommendation {0} created</source>
            <translation>Rekommendation {0} skapad</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="165" />
            <source>Details of {0} saved</source>
            <translation>Uppgifter om {0} sparade</translation>
        </message>
    </context>
    <context>
        <name>RecommendationListModel</name>
        <message numerus="yes">
            <location filename="../../ui/recommendations/models.py" line="1" />
            <source>%n initiative(s)</source>
            <translation>
                <numerusform>%n åtgärd</numerusform>
                <numerusform>%n åtgärder</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/models.py" line="56" />
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/models.py" line="56" />
            <source>Title</source>
            <translation>Titel</translation>
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
            <translation>Versioner</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/models.py" line="77" />
            <source>From {0}</source>
            <translation>Från {0}</translation>
        </message>
    </context>
    <context>
        <name>RecommendationStatus</name>
        <message numerus="yes">
            <location filename="../../ui/recommendations/models.py" line="1" />
            <source>%n open amendment(s)</source>
            <translation>
                <numerusform>%n öppet ändringsförslag</numerusform>
                <numerusform>%n öppna ändringsförslag</numerusform>
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
            <translation>Slutlig</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/models.py" line="43" />
            <source>Merged into {0}</source>
            <translation>Sammanslagen med {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/models.py" line="45" />
            <source>Merged</source>
            <translation>Sammanslagen</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/models.py" line="48" />
            <source>Withdrawn</source>
            <translation>Återkallad</translation>
        </message>
    </context>
    <context>
        <name>RecommendationsPage</name>
        <message numerus="yes">
            <location filename="../../ui/recommendations/page.py" line="1" />
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>%n rekommendation</numerusform>
                <numerusform>%n rekommendationer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/recommendations/page.py" line="1" />
            <source>%n version(s)</source>
            <translation>
                <numerusform>%n version</numerusform>
                <numerusform>%n versioner</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/recommendations/page.py" line="1" />
            <source>%n recommendation(s) imported</source>
            <translation>
                <numerusform>%n rekommendation inläst</numerusform>
                <numerusform>%n rekommendationer inlästa</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="96" />
            <source>New recommendation…</source>
            <translation>Ny rekommendation…</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="99" />
            <source>Draft a new recommendation (Ctrl+N)</source>
            <translation>Skriv en ny rekommendation (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="102" />
            <source>Import from a spreadsheet…</source>
            <translation>Läs in från ett kalkylblad…</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="103" />
            <source>Import recommendations from CSV or Excel (code, title, theme, text)</source>
            <translation>Läs in rekommendationer från CSV eller Excel (kod, titel, tema, text)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="105" />
            <source>Search</source>
            <translation>Sök</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="110" />
            <location filename="../../ui/recommendations/page.py" line="302" />
            <source>Save as new version</source>
            <translation>Spara som ny version</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="123" />
            <source>No recommendations yet. Draft the assembly's recommendations here: every edit is kept as a version, tables propose amendments, and the final wording goes to the vote.</source>
            <translation>Inga rekommendationer än. Skriv medborgarrådets rekommendationer här: varje ändring sparas som en version, borden lägger ändringsförslag och den slutliga formuleringen går till omröstning.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="166" />
            <source>Search (Ctrl+F)</source>
            <translation>Sök (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="167" />
            <source>Search the codes, titles, themes and texts (Ctrl+F)</source>
            <translation>Sök i koder, titlar, teman och texter (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="174" />
            <source>Show one theme only</source>
            <translation>Visa bara ett tema</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="207" />
            <source>Import…</source>
            <translation>Läs in…</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="216" />
            <source>Choose a recommendation on the left.</source>
            <translation>Välj en rekommendation till vänster.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="245" />
            <source>Edit…</source>
            <translation>Ändra…</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="245" />
            <source>Edit the code, title, theme and origin table</source>
            <translation>Ändra kod, titel, tema och bordet den kommer från</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="248" />
            <source>Merge…</source>
            <translation>Slå samman…</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="248" />
            <source>Merge another draft into this one</source>
            <translation>Slå samman ett annat utkast med detta</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="251" />
            <location filename="../../ui/recommendations/page.py" line="670" />
            <source>Mark final</source>
            <translation>Markera som slutlig</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="253" />
            <location filename="../../ui/recommendations/page.py" line="672" />
            <source>The current version becomes the final wording that goes to the vote</source>
            <translation>Den aktuella versionen blir den slutliga formuleringen som går till omröstning</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="256" />
            <location filename="../../ui/recommendations/page.py" line="678" />
            <source>Withdraw</source>
            <translation>Återkalla</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="270" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="271" />
            <source>Initiatives</source>
            <translation>Åtgärder</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="272" />
            <location filename="../../ui/recommendations/page.py" line="808" />
            <source>Amendments</source>
            <translation>Ändringsförslag</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="273" />
            <source>History</source>
            <translation>Historik</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="274" />
            <source>Minority</source>
            <translation>Minoritet</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="275" />
            <source>Minority statement</source>
            <translation>Reservation</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="295" />
            <source>Your name</source>
            <translation>Ditt namn</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="296" />
            <source>Who made this change</source>
            <translation>Vem gjorde ändringen</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="298" />
            <source>The table the change comes from</source>
            <translation>Bordet som ändringen kommer från</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="300" />
            <source>Note (optional)</source>
            <translation>Anteckning (valfritt)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="301" />
            <source>A note about this version, e.g. after the plenary</source>
            <translation>En anteckning om den här versionen, t.ex. efter plenum</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="304" />
            <source>Keep the old text and save this as a new version (Ctrl+S)</source>
            <translation>Behåll den gamla texten och spara den här som en ny version (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="328" />
            <source>Concrete initiatives under this recommendation. Double-click one to edit it.</source>
            <translation>Konkreta åtgärder under den här rekommendationen. Dubbelklicka på en för att ändra den.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="342" />
            <source>A new initiative – press Enter to add it</source>
            <translation>En ny åtgärd – tryck Enter för att lägga till den</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="344" />
            <source>Add</source>
            <translation>Lägg till</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="350" />
            <source>Up</source>
            <translation>Upp</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="350" />
            <source>Move the initiative up</source>
            <translation>Flytta åtgärden uppåt</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="352" />
            <source>Down</source>
            <translation>Ner</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="352" />
            <source>Move the initiative down</source>
            <translation>Flytta åtgärden nedåt</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="354" />
            <source>Remove</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="356" />
            <source>Undo remove</source>
            <translation>Ångra borttagning</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="370" />
            <source>No.</source>
            <translation>Nr</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="370" />
            <source>Against</source>
            <translation>Till</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="370" />
            <source>Proposed by</source>
            <translation>Föreslaget av</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="370" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="370" />
            <source>Rationale</source>
            <translation>Motivering</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="379" />
            <source>Propose…</source>
            <translation>Föreslå…</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="379" />
            <source>Propose an amendment to the current version</source>
            <translation>Föreslå en ändring av den aktuella versionen</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="382" />
            <source>Accept</source>
            <translation>Anta</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="382" />
            <source>Its text becomes a new version</source>
            <translation>Dess text blir en ny version</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="384" />
            <location filename="../../ui/recommendations/page.py" line="1020" />
            <source>Reject</source>
            <translation>Avslå</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="387" />
            <source>Propose again…</source>
            <translation>Föreslå igen…</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="389" />
            <source>Start a new amendment against the current version with this amendment's wording</source>
            <translation>Lägg ett nytt ändringsförslag mot den aktuella versionen med det här förslagets formulering</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="393" />
            <location filename="../../ui/recommendations/page.py" line="439" />
            <source>Compare…</source>
            <translation>Jämför…</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="393" />
            <source>Show the change in a large side-by-side view</source>
            <translation>Visa ändringen sida vid sida i en stor vy</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="418" />
            <source>Every saved text is kept. Choose one version to compare it with the one before, or two (Ctrl+click) to compare them.</source>
            <translation>Varje sparad text behålls. Välj en version för att jämföra den med den föregående, eller två (Ctrl+klick) för att jämföra dem.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="426" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="426" />
            <source>Saved</source>
            <translation>Sparad</translation>
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
            <translation>Anteckning</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="435" />
            <source>Choose a version to read its text here.</source>
            <translation>Välj en version för att läsa dess text här.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="439" />
            <source>Show two versions side by side</source>
            <translation>Visa två versioner sida vid sida</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="443" />
            <location filename="../../ui/recommendations/page.py" line="675" />
            <source>Restore</source>
            <translation>Återställ</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="443" />
            <source>Save this older text again as a new version</source>
            <translation>Spara den här äldre texten igen som en ny version</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="447" />
            <source>Use as final</source>
            <translation>Använd som slutlig</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="447" />
            <source>Mark this version as the final wording</source>
            <translation>Markera den här versionen som den slutliga formuleringen</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="460" />
            <source>A minority's statement, printed beside the recommendation in the report.</source>
            <translation>En minoritets reservation, som trycks bredvid rekommendationen i rapporten.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="469" />
            <source>Save statement</source>
            <translation>Spara reservation</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="530" />
            <source>All themes</source>
            <translation>Alla teman</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="557" />
            <source>{0} of {1} shown</source>
            <translation>{0} av {1} visas</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="644" />
            <source>Merged into {0}</source>
            <translation>Sammanslagen med {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="649" />
            <source>Theme: {0}</source>
            <translation>Tema: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="651" />
            <source>From {0}</source>
            <translation>Från {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="655" />
            <source>final wording: version {0}</source>
            <translation>slutlig formulering: version {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="657" />
            <source>merged from {0}</source>
            <translation>sammanslagen med {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="666" />
            <source>Reopen</source>
            <translation>Öppna igen</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="668" />
            <source>Back to draft; the final wording is cleared</source>
            <translation>Tillbaka till utkast; den slutliga formuleringen rensas</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="682" />
            <location filename="../../ui/recommendations/page.py" line="815" />
            <source>Version {0}</source>
            <translation>Version {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="688" />
            <source>final wording</source>
            <translation>slutlig formulering</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="690" />
            <location filename="../../ui/recommendations/page.py" line="819" />
            <source>current</source>
            <translation>aktuell</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="696" />
            <source>⚠ Not saved yet</source>
            <translation>⚠ Inte sparad än</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="727" />
            <source>A newer version was saved meanwhile ({0}); your edit is not saved yet.</source>
            <translation>En nyare version har sparats under tiden ({0}); din ändring är inte sparad än.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="729" />
            <source>Your edit is not saved yet (based on {0}).</source>
            <translation>Din ändring är inte sparad än (utgår från {0}).</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="732" />
            <source>No text yet.</source>
            <translation>Ingen text än.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="740" />
            <source>This is the final wording. Reopen it for editing to change it.</source>
            <translation>Det här är den slutliga formuleringen. Öppna den igen för att ändra den.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="741" />
            <source>Merged into {0}; its history is kept here.</source>
            <translation>Sammanslagen med {0}; dess historik behålls här.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="742" />
            <source>Withdrawn. Restore it to edit it again.</source>
            <translation>Återkallad. Återställ den för att ändra den igen.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="748" />
            <source>(no table)</source>
            <translation>(inget bord)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="760" />
            <source>Initiative {0}</source>
            <translation>Åtgärd {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="768" />
            <source>Initiatives ({0})</source>
            <translation>Åtgärder ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="779" />
            <source>Outdated (text now at version {0})</source>
            <translation>Inaktuell (texten är nu version {0})</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="782" />
            <source>Proposed</source>
            <translation>Föreslagen</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="785" />
            <source>Accepted</source>
            <translation>Antagen</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="788" />
            <source>Rejected</source>
            <translation>Avslagen</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="792" />
            <source>version {0}</source>
            <translation>version {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="808" />
            <source>Amendments ({0} open)</source>
            <translation>Ändringsförslag (öppna: {0})</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="817" />
            <source>final</source>
            <translation>slutlig</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="829" />
            <source>History ({0})</source>
            <translation>Historik ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="835" />
            <source>Not done: {0}</source>
            <translation>Inte utfört: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="901" />
            <source>New version of {0} saved</source>
            <translation>Ny version av {0} sparad</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="910" />
            <source>{0} reopened for editing</source>
            <translation>{0} öppnad igen</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="913" />
            <source>the text has unsaved changes; save them as a new version first.</source>
            <translation>texten har ändringar som inte är sparade; spara dem som en ny version först.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="915" />
            <source>Final wording of {0} marked</source>
            <translation>Den slutliga formuleringen av {0} är markerad</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="922" />
            <source>{0} restored as a draft</source>
            <translation>{0} återställd som utkast</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="924" />
            <source>{0} withdrawn</source>
            <translation>{0} återkallad</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="933" />
            <source>Minority statement of {0} saved</source>
            <translation>Reservationen till {0} har sparats</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="956" />
            <source>Initiative added to {0}</source>
            <translation>Åtgärd tillagd till {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="969" />
            <source>Initiative changed</source>
            <translation>Åtgärd ändrad</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="977" />
            <source>Initiative moved</source>
            <translation>Åtgärd flyttad</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="985" />
            <source>Initiative removed</source>
            <translation>Åtgärd borttagen</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="995" />
            <source>Initiative put back</source>
            <translation>Åtgärd återinsatt</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1016" />
            <source>Undo reject</source>
            <translation>Ångra avslag</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1030" />
            <source>No amendments yet. A table can propose a change to the current text.</source>
            <translation>Inga ändringsförslag än. Ett bord kan föreslå en ändring av den aktuella texten.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1039" />
            <source>unknown</source>
            <translation>okänd</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1043" />
            <source>Version ?</source>
            <translation>Version ?</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1044" />
            <source>Amendment {0} · {1}</source>
            <translation>Ändringsförslag {0} · {1}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1049" />
            <source>Outdated: proposed against version {0}, but the text has changed since. Accepting it would undo those changes – propose it again on the current text, or reject it.</source>
            <translation>Inaktuellt: lagt mot version {0}, men texten har ändrats sedan dess. Att anta det skulle ångra de ändringarna – föreslå det igen mot den aktuella texten, eller avslå det.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1055" />
            <source>Rationale: {0}</source>
            <translation>Motivering: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1081" />
            <source>Amendment {0} accepted: a new version of {1}</source>
            <translation>Ändringsförslag {0} antaget: en ny version av {1}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1091" />
            <source>Amendment {0} is open again</source>
            <translation>Ändringsförslag {0} är öppet igen</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1097" />
            <source>Amendment {0} rejected</source>
            <translation>Ändringsförslag {0} avslaget</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1138" />
            <source>{0}: version {1} and version {2}</source>
            <translation>{0}: version {1} och version {2}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1151" />
            <source>{0}: amendment {1}</source>
            <translation>{0}: ändringsförslag {1}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1180" />
            <source>Restored from version {0}</source>
            <translation>Återställd från version {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1183" />
            <source>Version {0} of {1} restored as a new version</source>
            <translation>Version {0} av {1} återställd som ny version</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1194" />
            <source>Version {0} is the final wording of {1}</source>
            <translation>Version {0} är den slutliga formuleringen av {1}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1202" />
            <source>Import recommendations</source>
            <translation>Läs in rekommendationer</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1204" />
            <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
            <translation>Kalkylblad (*.csv *.xlsx);;Alla filer (*)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1220" />
            <source>Nothing imported</source>
            <translation>Inget inläst</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1222" />
            <source>{0} has {1} problem(s); nothing was imported. Fix them and import again.</source>
            <translation>{0} har {1} problem; inget lästes in. Rätta dem och läs in igen.</translation>
        </message>
    </context>
    <context>
        <name>ReportTab</name>
        <message>
            <location filename="../../ui/reports/page.py" line="93" />
            <source>Recommendation report</source>
            <translation>Rekommendationsrapport</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="97" />
            <source>The report for the commissioning body: choose what it contains, add a preface and a logo, then build it as a PDF.</source>
            <translation>Rapporten till uppdragsgivaren: välj vad den ska innehålla, lägg till ett förord och en logotyp och ta sedan fram den som PDF.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="104" />
            <source>Contents</source>
            <translation>Innehåll</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="105" />
            <location filename="../../ui/reports/page.py" line="134" />
            <source>Preface</source>
            <translation>Förord</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="106" />
            <source>Process and experts</source>
            <translation>Processen och experterna</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="107" />
            <source>Members and composition</source>
            <translation>Deltagare och sammansättning</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="108" />
            <source>Attendance</source>
            <translation>Närvaro</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="109" />
            <source>Recommendations and votes</source>
            <translation>Rekommendationer och omröstningar</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="110" />
            <source>Minority statements</source>
            <translation>Reservationer</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="111" />
            <source>Evaluation</source>
            <translation>Utvärdering</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="112" />
            <source>Appendix: all ballots</source>
            <translation>Bilaga: alla omröstningar</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="130" />
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="132" />
            <source>A few words to the commissioning body (optional)</source>
            <translation>Några ord till uppdragsgivaren (valfritt)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="137" />
            <source>No logo</source>
            <translation>Ingen logotyp</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="139" />
            <location filename="../../ui/reports/page.py" line="149" />
            <source>Choose…</source>
            <translation>Välj…</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="141" />
            <source>Remove</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="146" />
            <source>Logo</source>
            <translation>Logotyp</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="153" />
            <source>Save as</source>
            <translation>Spara som</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="157" />
            <source>Build report</source>
            <translation>Ta fram rapport</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="160" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="163" />
            <source>Open folder</source>
            <translation>Öppna mapp</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="182" />
            <source>Preview of the first pages</source>
            <translation>Förhandsvisning av de första sidorna</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="190" />
            <source>Build the report to see its first pages here.</source>
            <translation>Ta fram rapporten för att se dess första sidor här.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="220" />
            <source>Choose a logo</source>
            <translation>Välj en logotyp</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="220" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Bilder (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="226" />
            <source>Save the report as</source>
            <translation>Spara rapporten som</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="249" />
            <source>Building the report…</source>
            <translation>Tar fram rapporten…</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="267" />
            <source>Cancelling…</source>
            <translation>Avbryter…</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="285" />
            <source>Report saved: {0} ({1} pages)</source>
            <translation>Rapporten sparad: {0} ({1} sidor)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="294" />
            <source>The report could not be built: {0}</source>
            <translation>Rapporten kunde inte tas fram: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="297" />
            <source>The report could not be built ({0}). Please report this.</source>
            <translation>Rapporten kunde inte tas fram ({0}). Rapportera gärna felet.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="303" />
            <source>Cancelled; no report was written.</source>
            <translation>Avbrutet; ingen rapport skrevs.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="322" />
            <source>Page {0}</source>
            <translation>Sida {0}</translation>
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
            <translation>Utvärdering</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="793" />
            <source>Data export</source>
            <translation>Dataexport</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="796" />
            <source>Build report</source>
            <translation>Ta fram rapport</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="798" />
            <source>Build the recommendation report as a PDF</source>
            <translation>Ta fram rekommendationsrapporten som PDF</translation>
        </message>
    </context>
    <context>
        <name>ResultPanel</name>
        <message>
            <location filename="../../ui/voting/page.py" line="815" />
            <source>&amp;Verify the seal</source>
            <translation>&amp;Kontrollera förseglingen</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="831" />
            <source>Cast: {0}</source>
            <translation>Avgivna: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="832" />
            <source>present: {0}</source>
            <translation>närvarande: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="833" />
            <source>members: {0}</source>
            <translation>deltagare: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="834" />
            <source>base: {0}</source>
            <translation>bas: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="837" />
            <source>threshold: {0} %</source>
            <translation>gräns: {0} %</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="840" />
            <source>Sealed result, SHA-256: {0}</source>
            <translation>Förseglat resultat, SHA-256: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="842" />
            <source>The result is sealed when the ballot is closed.</source>
            <translation>Resultatet förseglas när omröstningen stängs.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="844" />
            <source>Closed without a sealed result yet: publishing seals it.</source>
            <translation>Stängd utan förseglat resultat: det förseglas när det offentliggörs.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="852" />
            <source>Seal intact</source>
            <translation>Förseglingen är intakt</translation>
        </message>
    </context>
    <context>
        <name>ResultsOverviewView</name>
        <message>
            <location filename="../../ui/projector/ballot.py" line="500" />
            <source>Results</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="552" />
            <source>Adopted</source>
            <translation>Antagen</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="552" />
            <source>Not adopted</source>
            <translation>Inte antagen</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="575" />
            <source>No results have been published yet.</source>
            <translation>Inga resultat har offentliggjorts än.</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="577" />
            <source>Page {0} of {1}</source>
            <translation>Sida {0} av {1}</translation>
        </message>
    </context>
    <context>
        <name>RosterView</name>
        <message>
            <location filename="../../ui/members/roster.py" line="60" />
            <source>No members yet. Import the roster from a spreadsheet (CSV or Excel) – or draw the members in the Lottery area, or add them one by one.</source>
            <translation>Inga deltagare än. Importera deltagarlistan från ett kalkylblad (CSV eller Excel) – eller lotta deltagarna under Lottning, eller lägg till dem en och en.</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="76" />
            <source>Search name or number…</source>
            <translation>Sök namn eller nummer…</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="78" />
            <source>Search as you type over names and member numbers (Ctrl+F)</source>
            <translation>Sök medan du skriver bland namn och deltagarnummer (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="87" />
            <source>Show members with this status</source>
            <translation>Visa deltagare med den här statusen</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="89" />
            <source>All statuses</source>
            <translation>Alla statusar</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="90" />
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="91" />
            <source>Withdrawn</source>
            <translation>Avhoppad</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="92" />
            <source>Replaced</source>
            <translation>Ersatt</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="97" />
            <source>Show members with this category value</source>
            <translation>Visa deltagare med det här kategorivärdet</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="105" />
            <source>New member</source>
            <translation>Ny deltagare</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="108" />
            <source>Add a member by hand</source>
            <translation>Lägg till en deltagare för hand</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="109" />
            <source>Withdraw / replace…</source>
            <translation>Avhopp / ersätt…</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="112" />
            <source>Record that the selected member withdrew, and pick a reserve</source>
            <translation>Registrera att den valda deltagaren hoppat av och välj en reserv</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="113" />
            <source>Forget…</source>
            <translation>Glöm…</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="115" />
            <source>Erase the selected member's name and contact data for good (counts stay)</source>
            <translation>Radera den valda deltagarens namn och kontaktuppgifter för gott (antalen finns kvar)</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="117" />
            <source>Export…</source>
            <translation>Exportera…</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="120" />
            <source>Export the members to CSV or Excel (anonymised unless you choose)</source>
            <translation>Exportera deltagarna till CSV eller Excel (anonymiserat om du inte väljer annat)</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="128" />
            <source>Print</source>
            <translation>Skriv ut</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="129" />
            <source>Badges, sign-in sheets and member lists as PDF</source>
            <translation>Namnskyltar, närvarolistor och deltagarlistor som PDF</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="132" />
            <source>Name badges…</source>
            <translation>Namnskyltar…</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="133" />
            <source>Sign-in sheet for the day…</source>
            <translation>Närvarolista för dagen…</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="134" />
            <source>Member list…</source>
            <translation>Deltagarlista…</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="197" />
            <source>All categories</source>
            <translation>Alla kategorier</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="217" />
            <source>{0} of {1} members</source>
            <translation>{0} av {1} deltagare</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="273" />
            <source>Forget member {0}</source>
            <translation>Glöm deltagare {0}</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="275" />
            <source>Erase the name and contact data of member {0} ({1}) for good?</source>
            <translation>Radera namn och kontaktuppgifter för deltagare {0} ({1}) för gott?</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="280" />
            <source>Attendance, votes and the anonymous profile stay as counts. This cannot be undone.</source>
            <translation>Närvaro, röster och den anonyma profilen finns kvar som antal. Det går inte att ångra.</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="282" />
            <source>Forget</source>
            <translation>Glöm</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="293" />
            <source>Member {0} forgotten: name and contact data erased</source>
            <translation>Deltagare {0} glömd: namn och kontaktuppgifter raderade</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="296" />
            <source>Forget member</source>
            <translation>Glöm deltagare</translation>
        </message>
    </context>
    <context>
        <name>RuleDialog</name>
        <message>
            <location filename="../../ui/tables/rules.py" line="441" />
            <source>Keep together</source>
            <translation>Håll ihop</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="441" />
            <source>Keep apart</source>
            <translation>Håll isär</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="449" />
            <source>These members sit at the same table in every round.</source>
            <translation>Dessa deltagare sitter vid samma bord i varje omgång.</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="451" />
            <source>No two of these members sit at the same table in any round.</source>
            <translation>Inga två av dessa deltagare sitter vid samma bord i någon omgång.</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="458" />
            <source>e.g. sign-language interpretation</source>
            <translation>t.ex. teckenspråkstolkning</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="458" />
            <source>e.g. one family</source>
            <translation>t.ex. en familj</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="460" />
            <source>&amp;Label</source>
            <translation>&amp;Benämning</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="462" />
            <source>Name, number or need; Enter ticks the first match</source>
            <translation>Namn, nummer eller behov; Enter markerar den första träffen</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="466" />
            <source>&amp;Search</source>
            <translation>&amp;Sök</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="492" />
            <source>Add rule</source>
            <translation>Lägg till regel</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="515" />
            <source>{0} chosen: {1}</source>
            <translation>{0} valda: {1}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="517" />
            <source>Tick at least two members.</source>
            <translation>Markera minst två deltagare.</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="542" />
            <source>keep together</source>
            <translation>håll ihop</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="542" />
            <source>keep apart</source>
            <translation>håll isär</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="547" />
            <source>Rule added: {0} ({1} members)</source>
            <translation>Regel tillagd: {0} ({1} deltagare)</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="550" />
            <source>Not added: {0}</source>
            <translation>Inte tillagd: {0}</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <location filename="../../ui/tables/rules.py" line="105" />
            <source>No.</source>
            <translation>Nr</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="105" />
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="140" />
            <source>Members</source>
            <translation>Deltagare</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="174" />
            <source>Remove</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="311" />
            <source>Not saved: {0}</source>
            <translation>Inte sparad: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="77" />
            <source>Rules and hosts</source>
            <translation>Regler och värdar</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="85" />
            <location filename="../../ui/tables/rules.py" line="181" />
            <source>Undo</source>
            <translation>Ångra</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="95" />
            <source>Tables and hosts</source>
            <translation>Bord och värdar</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="98" />
            <source>Double-click a name or a host to change it (or select it and press F2), Enter saves. A host is a person from the staff, not a member; a table without a name is called by its number.</source>
            <translation>Dubbelklicka på ett namn eller en värd för att ändra (eller markera och tryck F2), Enter sparar. En värd är en person ur personalen, inte en deltagare; ett bord utan namn kallas vid sitt nummer.</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="105" />
            <source>Host</source>
            <translation>Värd</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="129" />
            <source>Seating rules</source>
            <translation>Regler för bordsplaceringen</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="133" />
            <source>Planning and rebalancing keep these rules in every round. A move by hand that breaks one is shown here and as a warning on the board.</source>
            <translation>Planering och omfördelning följer dessa regler i varje omgång. En flytt för hand som bryter en regel visas här och som en varning på tavlan.</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="140" />
            <source>Rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="140" />
            <source>Label</source>
            <translation>Benämning</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="140" />
            <source>In the seating</source>
            <translation>I bordsplaceringen</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="161" />
            <source>No rules yet. Keep together, e.g., everyone who needs sign-language interpretation; keep apart, e.g., members of one family.</source>
            <translation>Inga regler än. Håll ihop, t.ex. alla som behöver teckenspråkstolk; håll isär, t.ex. deltagare ur samma familj.</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="168" />
            <source>Add together…</source>
            <translation>Lägg till ihop…</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="169" />
            <source>Members who sit at the same table in every round</source>
            <translation>Deltagare som sitter vid samma bord i varje omgång</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="171" />
            <source>Add apart…</source>
            <translation>Lägg till isär…</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="172" />
            <source>Members of whom no two sit at the same table</source>
            <translation>Deltagare av vilka inga två sitter vid samma bord</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="175" />
            <source>Remove the selected rule (Delete)</source>
            <translation>Ta bort den valda regeln (Delete)</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="251" />
            <source>Keep together</source>
            <translation>Håll ihop</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="251" />
            <source>Keep apart</source>
            <translation>Håll isär</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="255" />
            <source>{0} (withdrawn)</source>
            <translation>{0} (avhoppad)</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="259" />
            <source>broken in round {0}</source>
            <translation>bruten i omgång {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="259" />
            <source>broken in rounds {0}</source>
            <translation>bruten i omgång {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="263" />
            <source>kept in every round</source>
            <translation>följd i varje omgång</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="265" />
            <source>not planned yet</source>
            <translation>inte planerad än</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="308" />
            <source>Table {0} saved</source>
            <translation>Bord {0} sparat</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="363" />
            <source>Rule removed: {0}</source>
            <translation>Regel borttagen: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="366" />
            <source>Not removed: {0}</source>
            <translation>Inte borttagen: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="382" />
            <source>Puts back a table's name or host, or a removed rule, step by step (Ctrl+Z).</source>
            <translation>Sätter tillbaka ett bords namn eller värd, eller en borttagen regel, ett steg i taget (Ctrl+Z).</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="384" />
            <source>Nothing to undo.</source>
            <translation>Inget att ångra.</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="386" />
            <source>Undo: the name and host of table {0}</source>
            <translation>Ångra: namn och värd för bord {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="388" />
            <source>Undo: the removal of a rule</source>
            <translation>Ångra: borttagningen av en regel</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="404" />
            <source>Undone: table {0} has its name and host again</source>
            <translation>Ångrat: bord {0} har sitt namn och sin värd igen</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="411" />
            <source>Undone: the rule is back</source>
            <translation>Ångrat: regeln är tillbaka</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="414" />
            <source>Not undone: {0}</source>
            <translation>Inte ångrat: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="122" />
            <source>No tables yet. Choose the number of tables on the Tables page and plan all rounds; then give the tables names and hosts here.</source>
            <translation>Inga bord än. Välj antalet bord på sidan Bord och planera alla omgångar; ge sedan borden namn och värdar här.</translation>
        </message>
    </context>
    <context>
        <name>ServiceDialog</name>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="71" />
            <source>Not saved: {0}</source>
            <translation>Inte sparad: {0}</translation>
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
            <translation>{0} · {1} deltagare</translation>
        </message>
        <message>
            <location filename="../../ui/tables/board.py" line="281" />
            <source>Host: {0}</source>
            <translation>Värd: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/board.py" line="281" />
            <source>No host yet</source>
            <translation>Ingen värd än</translation>
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
Låst plats</translation>
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
            <translation>inget par sitter tillsammans mer än två gånger</translation>
        </message>
        <message>
            <source>some pair sits together in {0} rounds</source>
            <translation>ett par sitter ihop i {0} omgångar</translation>
        </message>
        <message>
            <source>{0} pairs sit together again – at least {1} is unavoidable · {2} of all pairs have met · {3} · {4}</source>
            <translation>{0} par sitter ihop igen – minst {1} oundvikligt · {2} av alla par har träffats · {3} · {4}</translation>
        </message>
        <message>
            <source>Σ C(k,2) {0} – at least {1} are unavoidable; diversity deviation {2}, worst {3}</source>
            <translation>Σ C(k,2) {0} – minst {1} går inte att undvika; avvikelse i sammansättning {2}, störst {3}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="56" />
            <location filename="../../ui/tables/page.py" line="98" />
            <source>Plan all rounds</source>
            <translation>Planera omgångar</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="58" />
            <source>Plan every round: diverse tables, as few repeated encounters as possible</source>
            <translation>Planera varje omgång: blandade bord och så få återseenden som möjligt</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="82" />
            <source>Tables</source>
            <translation>Bord</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="86" />
            <source>Rounds</source>
            <translation>Omgångar</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="90" />
            <source>Seed</source>
            <translation>Frö</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="99" />
            <source>Plan every round (Ctrl+Shift+P)</source>
            <translation>Planera varje omgång (Ctrl+Skift+P)</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="104" />
            <source>Planning… %p %</source>
            <translation>Planerar… %p %</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="107" />
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="112" />
            <source>Rebalance today…</source>
            <translation>Fördela om i dag…</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="114" />
            <source>Re-plan today's and later rounds for the members checked in, moving as few as possible</source>
            <translation>Planera om dagens och senare omgångar för de incheckade deltagarna och flytta så få som möjligt</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="118" />
            <source>Table lists…</source>
            <translation>Bordslistor…</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="119" />
            <source>Table lists per round and place cards as PDF</source>
            <translation>Bordslistor per omgång och bordskort som PDF</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="122" />
            <source>Find your table</source>
            <translation>Hitta ditt bord</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="123" />
            <source>Show first names and their table on the projector</source>
            <translation>Visa förnamn och deras bord på projektorn</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="130" />
            <source>Round</source>
            <translation>Omgång</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="135" />
            <source>Colour by</source>
            <translation>Färg efter</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="160" />
            <source>Drag a member to another table, or select a member and press the table's number to move them; F fixes the seat (planning keeps it).</source>
            <translation>Dra en deltagare till ett annat bord, eller markera en deltagare och tryck bordets nummer för att flytta; F låser platsen (planeringen behåller den).</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="170" />
            <source>Seat the members at small, diverse tables for each round. Choose the number of tables and rounds above and plan all rounds: every table mirrors the assembly, and members meet as many different fellow members as possible.</source>
            <translation>Placera deltagarna vid små, blandade bord i varje omgång. Välj antal bord och omgångar ovan och planera alla omgångar: varje bord speglar medborgarrådet, och deltagarna träffar så många olika andra deltagare som möjligt.</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="214" />
            <source>Round {0}</source>
            <translation>Omgång {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="216" />
            <source> · day {0}</source>
            <translation> · dag {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="239" />
            <source>all tables within ±1</source>
            <translation>alla bord inom ±1</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="239" />
            <source>some tables off by more than ±1</source>
            <translation>några bord avviker mer än ±1</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="255" />
            <source>Warning: </source>
            <translation>Varning: </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tables/page.py" line="257" />
            <source> (and %n more)</source>
            <translation>
                <numerusform> (och %n till)</numerusform>
                <numerusform> (och %n till)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="353" />
            <source>Planning failed: {0}</source>
            <translation>Planeringen misslyckades: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="360" />
            <source>Planning cancelled; nothing was changed</source>
            <translation>Planeringen avbröts; inget ändrades</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="376" />
            <source>The chosen round belongs to no meeting day</source>
            <translation>Den valda omgången hör inte till någon mötesdag</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="394" />
            <source>Rebalanced for {0} members here: {1} moved today, {2} absent taken off, {3} later seats changed</source>
            <translation>Omfördelat för {0} närvarande: {1} flyttade i dag, {2} frånvarande borttagna, {3} senare platser ändrade</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="489" />
            <source>Table lists</source>
            <translation>Bordslistor</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="489" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="500" />
            <source>Table lists saved to {0}</source>
            <translation>Bordslistor sparade i {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="64" />
            <location filename="../../ui/tables/page.py" line="143" />
            <source>Undo</source>
            <translation>Ångra</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="70" />
            <source>Rules and hosts…</source>
            <translation>Regler och värdar…</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="72" />
            <source>Table names and hosts; members kept together or kept apart when planning</source>
            <translation>Bordsnamn och värdar; deltagare som hålls ihop eller isär vid planeringen</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="242" />
            <source>Repeats {0} · pairs met {1}% · deviation {2} · worst {3}: {4}</source>
            <translation>Återseenden {0} · par som träffats {1} % · avvikelse {2} · störst {3}: {4}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="346" />
            <source>{0} rounds planned: {1} repeats, worst deviation {2}</source>
            <translation>{0} omgångar planerade: {1} återseenden, största avvikelse {2}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="412" />
            <source>Undo the last move or fixed seat on the board, step by step (Ctrl+Z). Planning all rounds or rebalancing clears what can be undone.</source>
            <translation>Ångra den senaste flytten eller låsningen på tavlan, ett steg i taget (Ctrl+Z). Att planera alla omgångar eller fördela om rensar det som kan ångras.</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="416" />
            <source>Undo: {0}</source>
            <translation>Ångra: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="418" />
            <source>Nothing to undo.</source>
            <translation>Inget att ångra.</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="438" />
            <source>Undone: {0} has no seat again</source>
            <translation>Ångrat: {0} har ingen plats igen</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="444" />
            <source>Undone: {0}'s seat is fixed again</source>
            <translation>Ångrat: platsen för {0} är låst igen</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="446" />
            <source>Undone: {0}'s seat is free again</source>
            <translation>Ångrat: platsen för {0} är fri igen</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="454" />
            <source>Undone: {0} moved back to {1}</source>
            <translation>Ångrat: {0} flyttad tillbaka till {1}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="457" />
            <source>Could not undo: {0}</source>
            <translation>Kunde inte ångra: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="433" />
            <source>Not undone: {0} is no longer an active member</source>
            <translation>Inte ångrat: {0} är inte längre en aktiv deltagare</translation>
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
            <translation>Öppen</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="28" />
            <source>Closed</source>
            <translation>Stängd</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="29" />
            <source>Published</source>
            <translation>Offentliggjord</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="35" />
            <source>Yes / no / abstain</source>
            <translation>Ja / nej / avstår</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="36" />
            <source>Support scale</source>
            <translation>Stödskala</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="37" />
            <source>Approval</source>
            <translation>Godkännande (kryssa)</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="38" />
            <source>Dot voting</source>
            <translation>Prickröstning</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="39" />
            <source>Ranking</source>
            <translation>Rangordning</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="45" />
            <source>Valid votes cast</source>
            <translation>Giltiga avgivna röster</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="46" />
            <source>All votes cast (incl. blank and spoilt)</source>
            <translation>Alla avgivna röster (inkl. blanka och ogiltiga)</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="47" />
            <source>Members present</source>
            <translation>Närvarande deltagare</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="48" />
            <source>All members</source>
            <translation>Alla deltagare</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="66" />
            <source>Ballot</source>
            <translation>Omröstning</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="67" />
            <source>Method</source>
            <translation>Metod</translation>
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
            <translation>Röster</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="111" />
            <source>Secret ballot</source>
            <translation>Sluten omröstning</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="165" />
            <source>No.</source>
            <translation>Nr</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="166" />
            <source>Recommendation</source>
            <translation>Rekommendation</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="167" />
            <source>Valid</source>
            <translation>Giltiga</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="168" />
            <source>Blank</source>
            <translation>Blanka</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="169" />
            <source>Spoilt</source>
            <translation>Ogiltiga</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="170" />
            <source>Support</source>
            <translation>Stöd</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="171" />
            <source>Verdict</source>
            <translation>Utfall</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="172" />
            <source>Rank</source>
            <translation>Plats</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="173" />
            <source>Borda</source>
            <translation>Borda</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="199" />
            <source>Adopted</source>
            <translation>Antagen</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="201" />
            <source>Not adopted</source>
            <translation>Inte antagen</translation>
        </message>
    </context>
    <context>
        <name>VotingPage</name>
        <message>
            <location filename="../../ui/voting/page.py" line="95" />
            <location filename="../../ui/voting/page.py" line="865" />
            <source>Voting</source>
            <translation>Omröstning</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="875" />
            <location filename="../../ui/voting/page.py" line="928" />
            <source>New ballot</source>
            <translation>Ny omröstning</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="877" />
            <source>New ballot (Ctrl+Shift+N)</source>
            <translation>Ny omröstning (Ctrl+Skift+N)</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="879" />
            <source>Save ballot</source>
            <translation>Spara omröstning</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="882" />
            <source>Reveal the count</source>
            <translation>Visa rösträkningen</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="884" />
            <source>Show the count on the projector (Ctrl+R)</source>
            <translation>Visa rösträkningen på projektorn (Ctrl+R)</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="887" />
            <source>Show on projector</source>
            <translation>Visa på projektorn</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="889" />
            <source>Show this ballot on the projector (Ctrl+Shift+P)</source>
            <translation>Visa den här omröstningen på projektorn (Ctrl+Skift+P)</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="891" />
            <source>Results overview on projector</source>
            <translation>Resultatöversikt på projektorn</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="893" />
            <source>Type papers</source>
            <translation>Mata in röstsedlar</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="906" />
            <source>Vote on the recommendations: create a ballot, open it, type the paper ballots or hand counts, and show the tally on the projector.</source>
            <translation>Rösta om rekommendationerna: skapa en omröstning, öppna den, mata in röstsedlar eller handräkningar och visa rösträkningen på projektorn.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="931" />
            <location filename="../../ui/voting/page.py" line="1138" />
            <source>Delete draft</source>
            <translation>Radera utkast</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="933" />
            <source>Results overview</source>
            <translation>Resultatöversikt</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="934" />
            <source>Show all published results on the projector</source>
            <translation>Visa alla offentliggjorda resultat på projektorn</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="956" />
            <source>Open…</source>
            <translation>Öppna…</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="957" />
            <source>Close…</source>
            <translation>Stäng…</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="958" />
            <source>Publish…</source>
            <translation>Offentliggör…</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="959" />
            <source>Project</source>
            <translation>Projektor</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="961" />
            <location filename="../../ui/voting/page.py" line="1071" />
            <source>Reveal</source>
            <translation>Visa</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="982" />
            <source>Ballot</source>
            <translation>Omröstning</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="983" />
            <source>Papers</source>
            <translation>Röstsedlar</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="984" />
            <source>Hand count</source>
            <translation>Handräkning</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="985" />
            <source>Result</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1061" />
            <source>secret</source>
            <translation>sluten</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1061" />
            <source>open (not secret)</source>
            <translation>öppen (inte sluten)</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1071" />
            <source>Revealed</source>
            <translation>Visad</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1105" />
            <source>Ballot {0}</source>
            <translation>Omröstning {0}</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1110" />
            <source>New ballot created</source>
            <translation>Ny omröstning skapad</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1127" />
            <source>Ballot saved</source>
            <translation>Omröstningen sparad</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1138" />
            <source>Delete the draft ballot “{0}”?</source>
            <translation>Radera utkastet till omröstningen ”{0}”?</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1143" />
            <source>Draft deleted</source>
            <translation>Utkast raderat</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1151" />
            <source>Open “{0}” for voting? Its method, items and options cannot be changed once it is open.</source>
            <translation>Öppna ”{0}” för röstning? Metod, punkter och svarsalternativ kan inte ändras när den är öppen.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1153" />
            <source>Open voting</source>
            <translation>Öppna omröstning</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1155" />
            <source>Voting is open</source>
            <translation>Omröstningen är öppen</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1162" />
            <source>Close “{0}”? No more votes can be added, and the result is sealed.</source>
            <translation>Stänga ”{0}”? Inga fler röster kan läggas till, och resultatet förseglas.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1166" />
            <source>{0} papers are typed only once and {1} disagree: they will NOT be counted.</source>
            <translation>{0} röstsedlar är bara inmatade en gång och {1} är oeniga: de räknas INTE.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1169" />
            <source>Close voting</source>
            <translation>Stäng omröstning</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1174" />
            <source>Voting closed and the result sealed</source>
            <translation>Omröstningen är stängd och resultatet förseglat</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1181" />
            <source>Publish the result of “{0}”? It is then shown in the results overview.</source>
            <translation>Offentliggöra resultatet av ”{0}”? Det visas sedan i resultatöversikten.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1184" />
            <source>Publish result</source>
            <translation>Offentliggör resultat</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1187" />
            <source>Result published</source>
            <translation>Resultatet offentliggjort</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1202" />
            <source>Count revealed on the projector</source>
            <translation>Rösträkningen visas på projektorn</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1202" />
            <source>Count hidden</source>
            <translation>Rösträkningen är dold</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1212" />
            <location filename="../../ui/voting/page.py" line="1228" />
            <source>The projector is not available.</source>
            <translation>Projektorn är inte tillgänglig.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1221" />
            <source>The ballot is on the projector</source>
            <translation>Omröstningen visas på projektorn</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1233" />
            <source>The results overview is on the projector</source>
            <translation>Resultatöversikten visas på projektorn</translation>
        </message>
    </context>
    <context>
        <name>WelcomeView</name>
        <message>
            <location filename="../../ui/projector/welcome.py" line="47" />
            <source>dddd d MMMM yyyy</source>
            <translation>dddd 'den' d MMMM yyyy</translation>
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
            <translation>Avhopp och ersättning av deltagare {0}</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="55" />
            <source>&lt;b&gt;Member {0}: {1}&lt;/b&gt; – {2}</source>
            <translation>&lt;b&gt;Deltagare {0}: {1}&lt;/b&gt; – {2}</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="66" />
            <source>e.g. moved away, illness, no longer wishes to take part</source>
            <translation>t.ex. flyttat, sjukdom, vill inte längre delta</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="67" />
            <source>Withdrawn on</source>
            <translation>Avhoppad den</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="68" />
            <source>Reason</source>
            <translation>Orsak</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="77" />
            <source>Reserves, best first: the same values as member {0} first, then those who bring the assembly's profile closest to how it was drawn, then the lottery's reserve order.</source>
            <translation>Reserver, bäst först: först de med samma värden som deltagare {0}, sedan de som för medborgarrådets profil närmast hur den lottades, sedan lottningens reservordning.</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="84" />
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="84" />
            <source>Same values</source>
            <translation>Samma värden</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="84" />
            <source>Reserve no.</source>
            <translation>Reserv nr</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="97" />
            <source>{0} of {1}</source>
            <translation>{0} av {1}</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="105" />
            <source>There are no reserves left. Draw more in the Lottery area, or add a member by hand.</source>
            <translation>Det finns inga reserver kvar. Lotta fler under Lottning, eller lägg till en deltagare för hand.</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="117" />
            <source>replaced by no. {0}</source>
            <translation>ersatt av nr {0}</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="119" />
            <source>not replaced yet</source>
            <translation>inte ersatt än</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="121" />
            <source>No.</source>
            <translation>Nr</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="123" />
            <source>Withdrawals so far:</source>
            <translation>Avhopp hittills:</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="133" />
            <source>Withdraw only</source>
            <translation>Bara avhopp</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="134" />
            <source>Withdraw and replace</source>
            <translation>Avhopp och ersätt</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="137" />
            <source>Replace</source>
            <translation>Ersätt</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="160" />
            <source>Member {0} withdrawn</source>
            <translation>Deltagare {0} har hoppat av</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="171" />
            <source>Choose the reserve who replaces the member.</source>
            <translation>Välj den reserv som ersätter deltagaren.</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="188" />
            <source>{0} replaces member {1} as member {2}</source>
            <translation>{0} ersätter deltagare {1} som deltagare {2}</translation>
        </message>
    </context>
    <context>
        <name>ProjectorController</name>
        <message>
            <source>No second screen: the projector is a window in the corner of this screen; F5 hides it, Shift+F5 shows its controls</source>
            <translation>Ingen andra skärm: projektorn är ett fönster i hörnet av den här skärmen; F5 döljer det, Skift+F5 visar dess knappar</translation>
        </message>
    </context>
    <context>
        <name>AssemblySettingsDialog</name>
        <message>
            <source>Assembly settings</source>
            <translation>Medborgarrådets inställningar</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Namn</translation>
        </message>
        <message>
            <source>The question the assembly answers, as the commissioning body put it</source>
            <translation>Frågan medborgarrådet besvarar, så som uppdragsgivaren ställde den</translation>
        </message>
        <message>
            <source>&amp;Remit question</source>
            <translation>&amp;Uppdragets fråga</translation>
        </message>
        <message>
            <source>e.g. Sundby Municipality</source>
            <translation>t.ex. Sundby kommun</translation>
        </message>
        <message>
            <source>&amp;Commissioned by</source>
            <translation>Upp&amp;dragsgivare</translation>
        </message>
        <message>
            <source>&amp;Town</source>
            <translation>&amp;Ort</translation>
        </message>
        <message>
            <source>The language of the report, the printouts and the members' phone pages</source>
            <translation>Språket i rapporten, utskrifterna och medlemmarnas telefonsidor</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Språk</translation>
        </message>
        <message>
            <source>The share of votes a recommendation needs to be adopted; new ballots start with it</source>
            <translation>Den andel av rösterna en rekommendation behöver för att antas; nya omröstningar börjar med den</translation>
        </message>
        <message>
            <source>Default &amp;threshold</source>
            <translation>Standard&amp;tröskel</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Välj…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Lo&amp;go</source>
            <translation>Lo&amp;gotyp</translation>
        </message>
        <message>
            <source>The logo goes on the report's cover (PNG or JPEG, at most 2 MB).</source>
            <translation>Logotypen hamnar på rapportens framsida (PNG eller JPEG, högst 2 MB).</translation>
        </message>
        <message>
            <source>Choose a logo</source>
            <translation>Välj en logotyp</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Bilder (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>{0}: cannot be read ({1})</source>
            <translation>{0}: kan inte läsas ({1})</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Ingen logotyp</translation>
        </message>
        <message>
            <source>The settings of {0} are saved</source>
            <translation>Inställningarna för {0} är sparade</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logotyp</translation>
        </message>
    </context>
</TS>

<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
    <context>
        <name>AgendaModel</name>
        <message>
            <location filename="../../ui/program/models.py" line="88" />
            <source>Time</source>
            <translation>Aika</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="89" />
            <source>Title</source>
            <translation>Otsikko</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="90" />
            <source>Duration</source>
            <translation>Kesto</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="91" />
            <source>Responsible</source>
            <translation>Vastuuhenkilö</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="92" />
            <source>Room</source>
            <translation>Huone</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="93" />
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="120" />
            <source>Now</source>
            <translation>Nyt</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="122" />
            <source>After the day's end</source>
            <translation>Päivän päätyttyä</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="146" />
            <source>Ends after the day's end</source>
            <translation>Päättyy päivän päättymisen jälkeen</translation>
        </message>
    </context>
    <context>
        <name>AgendaView</name>
        <message>
            <location filename="../../ui/projector/agenda.py" line="86" />
            <source>Program</source>
            <translation>Ohjelma</translation>
        </message>
        <message>
            <location filename="../../ui/projector/agenda.py" line="87" />
            <source>The program is not planned yet.</source>
            <translation>Ohjelmaa ei ole vielä suunniteltu.</translation>
        </message>
        <message>
            <location filename="../../ui/projector/agenda.py" line="91" />
            <source>Day {0}</source>
            <translation>Päivä {0}</translation>
        </message>
        <message>
            <location filename="../../ui/projector/agenda.py" line="97" />
            <source>The program for this day is not planned yet.</source>
            <translation>Tämän päivän ohjelmaa ei ole vielä suunniteltu.</translation>
        </message>
        <message>
            <location filename="../../ui/projector/agenda.py" line="115" />
            <source>NOW</source>
            <translation>NYT</translation>
        </message>
        <message>
            <location filename="../../ui/projector/agenda.py" line="115" />
            <source>NEXT</source>
            <translation>SEURAAVAKSI</translation>
        </message>
        <message>
            <location filename="../../ui/projector/agenda.py" line="119" />
            <source>{0} · NOW until {1}, {2} min left</source>
            <translation>{0} · NYT klo {1} asti, {2} min jäljellä</translation>
        </message>
        <message>
            <location filename="../../ui/projector/agenda.py" line="122" />
            <source>{0} · we start at {1}</source>
            <translation>{0} · aloitamme klo {1}</translation>
        </message>
        <message>
            <location filename="../../ui/projector/agenda.py" line="124" />
            <source>That was the program for today. Thank you!</source>
            <translation>Siinä oli päivän ohjelma. Kiitos tästä päivästä!</translation>
        </message>
    </context>
    <context>
        <name>AmendmentDialog</name>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="187" />
            <source>Propose an amendment to {0}</source>
            <translation>Ehdota muutosta: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="191" />
            <source>Against version {0}. Edit the wording below; what changes is shown underneath.</source>
            <translation>Versioon {0}. Muokkaa sanamuotoa alla; muutokset näkyvät alimpana.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="203" />
            <source>Why (optional)</source>
            <translation>Perustelu (valinnainen)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="205" />
            <source>A name or a table</source>
            <translation>Nimi tai pöytä</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="206" />
            <source>(no table)</source>
            <translation>(ei pöytää)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="207" />
            <source>&amp;Rationale</source>
            <translation>&amp;Perustelu</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="208" />
            <source>Proposed &amp;by</source>
            <translation>&amp;Ehdottaja</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="212" />
            <source>At t&amp;able</source>
            <translation>&amp;Pöydästä</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="219" />
            <source>Propose</source>
            <translation>Ehdota</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="229" />
            <source>Version {0} (now)</source>
            <translation>Versio {0} (nyt)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="230" />
            <source>With this amendment</source>
            <translation>Tämän muutosehdotuksen kanssa</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="247" />
            <source>Amendment to {0} proposed</source>
            <translation>Muutosehdotus tehty: {0}</translation>
        </message>
    </context>
    <context>
        <name>Areas</name>
        <message>
            <location filename="../../ui/areas.py" line="27" />
            <source>Overview</source>
            <translation>Yleiskatsaus</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="30" />
            <source>The assembly at a glance: remit, days, members and what is next.</source>
            <translation>Kansalaisraati yhdellä silmäyksellä: tehtävä, päivät, jäsenet ja mitä seuraavaksi.</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="34" />
            <source>Members</source>
            <translation>Jäsenet</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="37" />
            <source>The members of the assembly: import the roster, check members in on the day, record withdrawals and replacements.</source>
            <translation>Kansalaisraadin jäsenet: tuo luettelo, kirjaa jäsenet saapuneiksi päivän aikana, merkitse eroamiset ja korvaajat.</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="45" />
            <source>Lottery</source>
            <translation>Arvonta</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="48" />
            <source>Draw the members from the pool of respondents by stratified lottery.</source>
            <translation>Arvo jäsenet ilmoittautuneiden joukosta ositetulla arvonnalla.</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="52" />
            <source>Tables</source>
            <translation>Pöydät</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="55" />
            <source>Seat the members at small, diverse tables for each round.</source>
            <translation>Sijoita jäsenet pieniin, moninaisiin pöytäryhmiin joka kierroksella.</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="59" />
            <source>Program</source>
            <translation>Ohjelma</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="62" />
            <source>Plan the days: agenda, experts, presentations and questions.</source>
            <translation>Suunnittele päivät: asialista, asiantuntijat, alustukset ja kysymykset.</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="66" />
            <source>Recommendations</source>
            <translation>Suositukset</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="69" />
            <source>Draft, amend and finalise the assembly's recommendations.</source>
            <translation>Kirjoita, muuta ja viimeistele kansalaisraadin suositukset.</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="73" />
            <source>Voting</source>
            <translation>Äänestys</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="76" />
            <source>Vote on the recommendations and show the tally on the projector.</source>
            <translation>Äänestä suosituksista ja näytä ääntenlaskenta projektorilla.</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="80" />
            <source>Reports</source>
            <translation>Raportit</translation>
        </message>
        <message>
            <location filename="../../ui/areas.py" line="83" />
            <source>Export the recommendation report, the evaluation and the data behind them.</source>
            <translation>Laadi suositusraportti, arviointi ja niiden taustatiedot.</translation>
        </message>
    </context>
    <context>
        <name>BallotEditor</name>
        <message>
            <location filename="../../ui/voting/page.py" line="129" />
            <source>Adoption &amp;threshold</source>
            <translation>&amp;Hyväksymisraja</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="144" />
            <source>Secret ballot</source>
            <translation>Salainen äänestys</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="145" />
            <source>Who voted is stored apart from what was voted, with nothing linking them</source>
            <translation>Äänestäneet tallennetaan erillään annetuista äänistä, eikä niitä voi yhdistää toisiinsa</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="146" />
            <source>Show the count live on the projector</source>
            <translation>Näytä ääntenlaskenta projektorilla reaaliajassa</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="147" />
            <source>Otherwise the count stays hidden until you reveal it</source>
            <translation>Muuten ääntenlaskenta pysyy piilossa, kunnes näytät sen</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="148" />
            <source>Double entry of paper ballots</source>
            <translation>Paperilippujen kaksoissyöttö</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="149" />
            <source>Two helpers type each paper; a paper counts when both agree</source>
            <translation>Kaksi avustajaa syöttää jokaisen äänestyslipun; lippu lasketaan, kun syötöt täsmäävät</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="152" />
            <source>Several dots on one item</source>
            <translation>Useita pisteitä samalle kohdalle</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="167" />
            <source>&amp;Title</source>
            <translation>&amp;Otsikko</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="169" />
            <source>&amp;Question</source>
            <translation>&amp;Kysymys</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="171" />
            <source>&amp;Method</source>
            <translation>&amp;Menetelmä</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="175" />
            <source>Dots per member</source>
            <translation>Pisteitä jäsentä kohden</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="173" />
            <source>Percentage &amp;base</source>
            <translation>Prosenttien &amp;perusta</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="178" />
            <source>Meeting &amp;day</source>
            <translation>Kokous&amp;päivä</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="190" />
            <source>Recommendations voted on</source>
            <translation>Äänestettävät suositukset</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="196" />
            <source>Options (double-click a label to edit it)</source>
            <translation>Vastausvaihtoehdot (muokkaa tekstiä kaksoisnapsauttamalla)</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="199" />
            <source>Key</source>
            <translation>Näppäin</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="199" />
            <source>Label</source>
            <translation>Teksti</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="199" />
            <source>Support</source>
            <translation>Kannatus</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="209" />
            <source>Save ballot</source>
            <translation>Tallenna äänestys</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="211" />
            <source>Save the ballot (Ctrl+S)</source>
            <translation>Tallenna äänestys (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="252" />
            <source>No particular day</source>
            <translation>Ei tiettyä päivää</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="275" />
            <source>blank</source>
            <translation>tyhjä</translation>
        </message>
    </context>
    <context>
        <name>BallotView</name>
        <message>
            <location filename="../../ui/projector/ballot.py" line="365" />
            <source>Bars: dots per item ({0} dots in all)</source>
            <translation>Palkit: pisteet kohdittain (yhteensä {0} pistettä)</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="367" />
            <source>Bars: share of {0} that approve</source>
            <translation>Palkit: kannattajien osuus, perusta {0}</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="242" />
            <source>No ballot chosen</source>
            <translation>Äänestystä ei ole valittu</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="332" />
            <source>{0} Borda</source>
            <translation>{0} Borda-pistettä</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="335" />
            <source>Order by the Schulze method; bars show Borda points.</source>
            <translation>Järjestys Schulzen menetelmällä; palkit näyttävät Borda-pisteet.</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="361" />
            <source>Line: threshold {0} of {1}</source>
            <translation>Viiva: raja {0}, perusta {1}</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="381" />
            <source>{0} of {1} have voted</source>
            <translation>{0}/{1} on äänestänyt</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="385" />
            <location filename="../../ui/projector/ballot.py" line="432" />
            <source>Voting open</source>
            <translation>Äänestys on auki</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="403" />
            <source>Support: {0} of {1}</source>
            <translation>Kannatus: {0}/{1}</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="411" />
            <source>Adopted</source>
            <translation>Hyväksytty</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="411" />
            <source>Not adopted</source>
            <translation>Ei hyväksytty</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="415" />
            <source>valid votes</source>
            <translation>hyväksytyt äänet</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="416" />
            <source>votes cast</source>
            <translation>annetut äänet</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="417" />
            <source>members present</source>
            <translation>paikalla olevat jäsenet</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="418" />
            <source>all members</source>
            <translation>kaikki jäsenet</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="424" />
            <source>Voting has not started yet.</source>
            <translation>Äänestys ei ole vielä alkanut.</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="426" />
            <source>Voting is open. Results are shown when the count is revealed.</source>
            <translation>Äänestys on auki. Tulos näytetään, kun ääntenlaskenta julkistetaan.</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="427" />
            <source>Voting is closed. Results are shown shortly.</source>
            <translation>Äänestys on päättynyt. Tulos näytetään pian.</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="431" />
            <source>Not open yet</source>
            <translation>Ei vielä avattu</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="433" />
            <source>Voting closed</source>
            <translation>Äänestys on päättynyt</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="434" />
            <source>Final result</source>
            <translation>Lopullinen tulos</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="436" />
            <source>{0}  ·  {1} of {2} present have voted</source>
            <translation>{0}  ·  {1}/{2} paikallaolijasta on äänestänyt</translation>
        </message>
    </context>
    <context>
        <name>BoardModel</name>
        <message>
            <location filename="../../ui/tables/board.py" line="118" />
            <source>{0} moved to {1}</source>
            <translation>{0} siirretty: {1}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/board.py" line="140" />
            <source>{0}: seat fixed</source>
            <translation>{0}: paikka lukittu</translation>
        </message>
        <message>
            <location filename="../../ui/tables/board.py" line="140" />
            <source>{0}: seat free again</source>
            <translation>{0}: paikka vapautettu</translation>
        </message>
        <message>
            <location filename="../../ui/tables/board.py" line="122" />
            <source>Not moved: {0}</source>
            <translation>Ei siirretty: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/board.py" line="144" />
            <source>Not changed: {0}</source>
            <translation>Ei muutettu: {0}</translation>
        </message>
    </context>
    <context>
        <name>CheckinView</name>
        <message>
            <location filename="../../ui/members/checkin.py" line="74" />
            <source>Check-in needs meeting days. Plan the days in the Program area, then come back here.</source>
            <translation>Saapuneiden kirjaus vaatii kokouspäivät. Suunnittele päivät Ohjelma-osiossa ja palaa sitten tänne.</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="86" />
            <source>Meeting day</source>
            <translation>Kokouspäivä</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="89" />
            <source>The day members are checked in for</source>
            <translation>Päivä, jolle jäsenet kirjataan saapuneiksi</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="101" />
            <source>Member number or first letters of the name</source>
            <translation>Jäsennumero tai nimen alkukirjaimet</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="104" />
            <source>Type a number or a name, Enter checks in the top match. Up/Down choose. F2 late · F3 left early · F4 absent · Ctrl+Z undo · Esc clear</source>
            <translation>Kirjoita numero tai nimi; Enter kirjaa ylimmän osuman. Ylös/Alas valitsee. F2 myöhässä · F3 lähti aiemmin · F4 poissa · Ctrl+Z kumoa · Esc tyhjennä</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="116" />
            <source>Reason (optional) – Enter saves, Esc cancels</source>
            <translation>Syy (valinnainen) – Enter tallentaa, Esc peruu</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="145" />
            <source>Check in</source>
            <translation>Kirjaa saapuneeksi</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="145" />
            <source>Check in the top match</source>
            <translation>Kirjaa ylin osuma saapuneeksi</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="146" />
            <location filename="../../ui/members/checkin.py" line="349" />
            <source>Late</source>
            <translation>Myöhässä</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="146" />
            <source>Arrived late (then a reason, Enter)</source>
            <translation>Saapui myöhässä (kirjoita sitten syy, Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="147" />
            <location filename="../../ui/members/checkin.py" line="349" />
            <source>Left early</source>
            <translation>Lähti aiemmin</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="147" />
            <source>Left early (then a reason, Enter)</source>
            <translation>Lähti aiemmin (kirjoita sitten syy, Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="150" />
            <location filename="../../ui/members/checkin.py" line="349" />
            <source>Absent</source>
            <translation>Poissa</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="152" />
            <source>Absent (then a reason, Enter)</source>
            <translation>Poissa (kirjoita sitten syy, Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="155" />
            <source>Undo</source>
            <translation>Kumoa</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="155" />
            <source>Undo the last check-in</source>
            <translation>Kumoa viimeisin kirjaus</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="180" />
            <source>Here now</source>
            <translation>Paikalla nyt</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="212" />
            <source>Ready: type a number or a name</source>
            <translation>Valmis: kirjoita numero tai nimi</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="225" />
            <source>Day {0} – {1}</source>
            <translation>Päivä {0} – {1}</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="259" />
            <source>not checked in</source>
            <translation>ei kirjattu</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="261" />
            <source>✓ here</source>
            <translation>✓ paikalla</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="262" />
            <source>✓ here (late)</source>
            <translation>✓ paikalla (myöhässä)</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="263" />
            <location filename="../../ui/members/checkin.py" line="388" />
            <source>left early</source>
            <translation>lähti aiemmin</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="264" />
            <location filename="../../ui/members/checkin.py" line="388" />
            <source>absent</source>
            <translation>poissa</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="272" />
            <source> · table {0}</source>
            <translation> · pöytä {0}</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="278" />
            <location filename="../../ui/members/checkin.py" line="321" />
            <source>No member matches “{0}”</source>
            <translation>Yksikään jäsen ei vastaa hakua ”{0}”</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="325" />
            <location filename="../../ui/members/checkin.py" line="383" />
            <source>Table {0}</source>
            <translation>Pöytä {0}</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="328" />
            <source>{0} is already checked in {1}</source>
            <translation>{0} on jo kirjattu {1}</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="336" />
            <source>{0} has been recorded as left early</source>
            <translation>{0} on merkitty aiemmin lähteneeksi</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="337" />
            <source>Ctrl+Z undoes it if that was a slip</source>
            <translation>Ctrl+Z kumoaa, jos se oli virhe</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="346" />
            <source>First type a number or a name, then the key.</source>
            <translation>Kirjoita ensin numero tai nimi ja paina sitten näppäintä.</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="383" />
            <source>No table today yet</source>
            <translation>Ei vielä pöytää tänään</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="385" />
            <source>✓ {0} checked in</source>
            <translation>✓ {0} kirjattu saapuneeksi</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="386" />
            <source>{0} (no. {1}) checked in</source>
            <translation>{0} (nro {1}) kirjattu saapuneeksi</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="388" />
            <source>late</source>
            <translation>myöhässä</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="392" />
            <source>{0} (no. {1}) recorded as {2}</source>
            <translation>{0} (nro {1}) merkitty: {2}</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="401" />
            <source>Nothing to undo</source>
            <translation>Ei kumottavaa</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="410" />
            <source>Undone: {0} ({1})</source>
            <translation>Kumottu: {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="411" />
            <source>Check-in of {0} undone</source>
            <translation>Kirjaus kumottu: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="439" />
            <source>{0} / {1}</source>
            <translation>{0} / {1}</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="441" />
            <source>present {0} · late {1} · left early {2} · absent {3} · not yet {4}</source>
            <translation>paikalla {0} · myöhässä {1} · lähti aiemmin {2} · poissa {3} · puuttuu {4}</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="455" />
            <source>⚠ behind</source>
            <translation>⚠ jäljessä</translation>
        </message>
        <message>
            <location filename="../../ui/members/checkin.py" line="457" />
            <source>Fewer of these members are here than of the assembly as a whole</source>
            <translation>Näistä jäsenistä on saapunut pienempi osuus kuin koko kansalaisraadista</translation>
        </message>
        <message>
            <source>Type a number or a name, Enter checks in the member. Up/Down choose. F2 late · F3 left early · F4 absent · Ctrl+Z undo · Esc clear</source>
            <translation>Kirjoita numero tai nimi; Enter kirjaa jäsenen saapuneeksi. Ylös/Alas valitsee. F2 myöhässä · F3 lähti aiemmin · F4 poissa · Ctrl+Z kumoa · Esc tyhjennä</translation>
        </message>
        <message>
            <source>Enter saves · Esc cancels</source>
            <translation>Enter tallentaa · Esc peruu</translation>
        </message>
        <message>
            <source>Reason (optional)</source>
            <translation>Syy (vapaaehtoinen)</translation>
        </message>
        <message>
            <source>Check in the chosen member</source>
            <translation>Kirjaa valittu jäsen saapuneeksi</translation>
        </message>
        <message>
            <source>{0} members match “{1}” – which one?</source>
            <translation>{0} jäsentä vastaa hakua ”{1}” – kuka heistä?</translation>
        </message>
        <message>
            <source>Choose with ↓ ↑ and press Enter, or type more of the name or the number</source>
            <translation>Valitse ↓ ↑ ja paina Enter, tai kirjoita lisää nimestä tai numero</translation>
        </message>
        <message>
            <source>{0}: {1} – a reason, then Enter</source>
            <translation>{0}: {1} – syy, sitten Enter</translation>
        </message>
        <message>
            <source>Check-in of {0} (no. {1}) undone</source>
            <translation>Jäsenen {0} (nro {1}) saapumiskirjaus kumottu</translation>
        </message>
        <message>
            <source>Late arrival of {0} (no. {1}) undone</source>
            <translation>Jäsenen {0} (nro {1}) myöhästyminen kumottu</translation>
        </message>
        <message>
            <source>“Left early” for {0} (no. {1}) undone</source>
            <translation>”Lähti aiemmin” jäseneltä {0} (nro {1}) kumottu</translation>
        </message>
        <message>
            <source>Absence of {0} (no. {1}) undone</source>
            <translation>Jäsenen {0} (nro {1}) poissaolo kumottu</translation>
        </message>
        <message>
            <source>Now: not checked in</source>
            <translation>Nyt: ei kirjattu saapuneeksi</translation>
        </message>
        <message>
            <source>Now: {0}</source>
            <translation>Nyt: {0}</translation>
        </message>
        <message>
            <source>here</source>
            <translation>paikalla</translation>
        </message>
        <message>
            <source>here (late)</source>
            <translation>paikalla (myöhässä)</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <location filename="../../ui/recommendations/compare.py" line="147" />
            <source>Compare versions</source>
            <translation>Vertaa versioita</translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message numerus="yes">
            <location filename="../../ui/recommendations/compare.py" line="1" />
            <source>%n word(s) added</source>
            <translation>
                <numerusform>%n sana lisätty</numerusform>
                <numerusform>%n sanaa lisätty</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/recommendations/compare.py" line="1" />
            <source>%n word(s) removed</source>
            <translation>
                <numerusform>%n sana poistettu</numerusform>
                <numerusform>%n sanaa poistettu</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/compare.py" line="77" />
            <source>struck through, red</source>
            <translation>yliviivattu, punainen</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/compare.py" line="78" />
            <source>underlined, green</source>
            <translation>alleviivattu, vihreä</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/compare.py" line="79" />
            <source>Removed: {0}</source>
            <translation>Poistettu: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/compare.py" line="80" />
            <source>Added: {0}</source>
            <translation>Lisätty: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/compare.py" line="133" />
            <source>The two texts are the same.</source>
            <translation>Tekstit ovat samat.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/compare.py" line="135" />
            <source>Only punctuation or spacing differs.</source>
            <translation>Vain välimerkit tai välilyönnit eroavat.</translation>
        </message>
    </context>
    <context>
        <name>CountdownView</name>
        <message>
            <location filename="../../ui/projector/countdown.py" line="52" />
            <source>Time is up</source>
            <translation>Aika on lopussa</translation>
        </message>
        <message>
            <location filename="../../ui/projector/countdown.py" line="54" />
            <source>Ready</source>
            <translation>Valmis</translation>
        </message>
        <message>
            <location filename="../../ui/projector/countdown.py" line="56" />
            <source>Paused</source>
            <translation>Tauko</translation>
        </message>
        <message>
            <location filename="../../ui/projector/countdown.py" line="58" />
            <source>Last minute</source>
            <translation>Viimeinen minuutti</translation>
        </message>
        <message>
            <location filename="../../ui/projector/countdown.py" line="58" />
            <source>Almost done</source>
            <translation>Melkein valmista</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/projector/countdown.py" line="60" />
            <source>%n minute(s) left</source>
            <translation>
                <numerusform>%n minuutti jäljellä</numerusform>
                <numerusform>%n minuuttia jäljellä</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DayDialog</name>
        <message>
            <location filename="../../ui/program/page.py" line="97" />
            <source>Edit day</source>
            <translation>Muokkaa päivää</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="97" />
            <source>New meeting day</source>
            <translation>Uusi kokouspäivä</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="118" />
            <source>Date</source>
            <translation>Päivämäärä</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="119" />
            <source>Title</source>
            <translation>Otsikko</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="120" />
            <source>Venue</source>
            <translation>Paikka</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="121" />
            <source>Starts</source>
            <translation>Alkaa</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="122" />
            <source>Ends</source>
            <translation>Päättyy</translation>
        </message>
    </context>
    <context>
        <name>EvaluationTab</name>
        <message>
            <location filename="../../ui/reports/page.py" line="451" />
            <source>Survey</source>
            <translation>Kysely</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="460" />
            <source>Title of a new survey, e.g. “Day 1”</source>
            <translation>Uuden kyselyn otsikko, esim. ”Päivä 1”</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="462" />
            <source>New survey</source>
            <translation>Uusi kysely</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="475" />
            <source>A new question, e.g. “I felt heard at my table”</source>
            <translation>Uusi kysymys, esim. ”Minua kuunneltiin pöydässäni”</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="477" />
            <source>Scale 1–5 (disagree – agree)</source>
            <translation>Asteikko 1–5 (eri mieltä – samaa mieltä)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="478" />
            <source>Free text</source>
            <translation>Vapaa teksti</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="479" />
            <source>Add question</source>
            <translation>Lisää kysymys</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="493" />
            <source>Answers</source>
            <translation>Vastaukset</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="498" />
            <source>Save this response</source>
            <translation>Tallenna tämä vastaus</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="500" />
            <source>Import answers…</source>
            <translation>Tuo vastaukset…</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="502" />
            <source>A CSV or XLSX file: one row per filled-in form, one column per question code</source>
            <translation>CSV- tai XLSX-tiedosto: yksi rivi täytettyä lomaketta kohden, yksi sarake kysymyskoodia kohden</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="521" />
            <source>Results</source>
            <translation>Tulokset</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="546" />
            <source>Whole assembly</source>
            <translation>Koko kansalaisraati</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="548" />
            <source>Day {0}</source>
            <translation>Päivä {0}</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="553" />
            <source>day {0}</source>
            <translation>päivä {0}</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="553" />
            <source>whole assembly</source>
            <translation>koko kansalaisraati</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="554" />
            <source>{0} ({1}, {2} responses)</source>
            <translation>{0} ({1}, {2} vastausta)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="573" />
            <source>No survey yet. Give it a title above and press “New survey”.</source>
            <translation>Ei vielä kyselyä. Anna sille otsikko yllä ja paina ”Uusi kysely”.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="574" />
            <source>The results appear here once answers are entered.</source>
            <translation>Tulokset näkyvät tässä, kun vastauksia on syötetty.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="579" />
            <source>scale</source>
            <translation>asteikko</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="579" />
            <source>free text</source>
            <translation>vapaa teksti</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="587" />
            <source>The survey has no questions yet; add them below.</source>
            <translation>Kyselyssä ei ole vielä kysymyksiä; lisää ne alla.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="594" />
            <source>(no answer)</source>
            <translation>(ei vastausta)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reports/page.py" line="608" />
            <source>%n response(s)</source>
            <translation>
                <numerusform>%n vastaus</numerusform>
                <numerusform>%n vastausta</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reports/page.py" line="611" />
            <source>{0}: average {1} of {2}, %n answer(s)</source>
            <translation>
                <numerusform>{0}: keskiarvo {1}/{2}, %n vastaus</numerusform>
                <numerusform>{0}: keskiarvo {1}/{2}, %n vastausta</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="660" />
            <source>Survey created</source>
            <translation>Kysely luotu</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="668" />
            <source>Survey “{0}” created</source>
            <translation>Kysely ”{0}” luotu</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="682" />
            <source>Question added</source>
            <translation>Kysymys lisätty</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="688" />
            <source>Question {0} added</source>
            <translation>Kysymys {0} lisätty</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="706" />
            <location filename="../../ui/reports/page.py" line="711" />
            <source>Response saved</source>
            <translation>Vastaus tallennettu</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="715" />
            <location filename="../../ui/reports/page.py" line="723" />
            <source>Import answers</source>
            <translation>Tuo vastaukset</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="715" />
            <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
            <translation>Laskentataulukot (*.csv *.xlsx);;Kaikki tiedostot (*)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="764" />
            <source>{0} problems in {1}; nothing was imported. Correct the file and import it again.</source>
            <translation>{0} ongelmaa tiedostossa {1}; mitään ei tuotu. Korjaa tiedosto ja tuo se uudelleen.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="774" />
            <source>{0} responses imported from {1}</source>
            <translation>{0} vastausta tuotu tiedostosta {1}</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="726" />
            <source>The survey has {0} responses already. Replace them with the file's answers (e.g. a corrected file), or add the file's answers to them?</source>
            <translation>Kyselyssä on jo {0} vastausta. Korvataanko ne tiedoston vastauksilla (esim. korjattu tiedosto) vai lisätäänkö tiedoston vastaukset niiden rinnalle?</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="730" />
            <source>Replace</source>
            <translation>Korvaa</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="731" />
            <source>Add</source>
            <translation>Lisää</translation>
        </message>
    </context>
    <context>
        <name>ExpertsModel</name>
        <message>
            <location filename="../../ui/program/models.py" line="199" />
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="200" />
            <source>Role</source>
            <translation>Rooli</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="201" />
            <source>Organisation</source>
            <translation>Organisaatio</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="202" />
            <source>Perspective</source>
            <translation>Näkökulma</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="203" />
            <source>Presentations</source>
            <translation>Alustukset</translation>
        </message>
    </context>
    <context>
        <name>ExportTab</name>
        <message>
            <location filename="../../ui/reports/page.py" line="342" />
            <source>Data export</source>
            <translation>Tietojen vienti</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="346" />
            <source>Members, attendance, seatings, recommendations with their versions, ballots and results, and the evaluation answers – with a README that says what each file holds and whether it contains personal data. Members appear by number only unless you include contact data.</source>
            <translation>Jäsenet, läsnäolot, pöytäjaot, suositukset versioineen, äänestykset ja tulokset sekä arviointivastaukset – mukana README, joka kertoo, mitä kukin tiedosto sisältää ja onko siinä henkilötietoja. Jäsenet näkyvät vain numerolla, ellet ota mukaan yhteystietoja.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="354" />
            <source>CSV files</source>
            <translation>CSV-tiedostot</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="355" />
            <source>One Excel workbook (XLSX)</source>
            <translation>Yksi Excel-työkirja (XLSX)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="364" />
            <source>Include names and contact data (personal data)</source>
            <translation>Sisällytä nimet ja yhteystiedot (henkilötietoja)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="368" />
            <source>⚠ The export will contain personal data. Keep it safe and delete it when it is no longer needed.</source>
            <translation>⚠ Vienti sisältää henkilötietoja. Säilytä se turvallisesti ja poista se, kun sitä ei enää tarvita.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="379" />
            <source>Choose…</source>
            <translation>Valitse…</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="381" />
            <source>Folder</source>
            <translation>Kansio</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="386" />
            <source>Export data</source>
            <translation>Vie tiedot</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="389" />
            <source>Open folder</source>
            <translation>Avaa kansio</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="406" />
            <source>Export to folder</source>
            <translation>Vie kansioon</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="424" />
            <source>Nothing was exported: {0}</source>
            <translation>Mitään ei viety: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="428" />
            <source>with personal data</source>
            <translation>henkilötietojen kanssa</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="428" />
            <source>no personal data</source>
            <translation>ei henkilötietoja</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="429" />
            <source>{0} files written to {1} ({2})</source>
            <translation>{0} tiedostoa kirjoitettu kansioon {1} ({2})</translation>
        </message>
    </context>
    <context>
        <name>FindTableView</name>
        <message>
            <location filename="../../ui/projector/find_table.py" line="73" />
            <source>Find your table</source>
            <translation>Löydä pöytäsi</translation>
        </message>
        <message>
            <location filename="../../ui/projector/find_table.py" line="75" />
            <source> · round {0}</source>
            <translation> · kierros {0}</translation>
        </message>
        <message>
            <location filename="../../ui/projector/find_table.py" line="163" />
            <source>No seating yet</source>
            <translation>Ei vielä pöytäjakoa</translation>
        </message>
    </context>
    <context>
        <name>HandCountForm</name>
        <message>
            <location filename="../../ui/voting/page.py" line="670" />
            <source>Counted at</source>
            <translation>Laskettu</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="679" />
            <source>Save &amp;count</source>
            <translation>Tallenna &amp;laskenta</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="692" />
            <source>The whole room (total)</source>
            <translation>Koko sali (yhteensä)</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="695" />
            <source>Table {0}</source>
            <translation>Pöytä {0}</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="713" />
            <source>Total</source>
            <translation>Yhteensä</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="758" />
            <source>⚠ More votes than members present ({0}) on {1}.</source>
            <translation>⚠ Enemmän ääniä kuin paikalla olevia jäseniä ({0}): {1}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/voting/page.py" line="764" />
            <source>%n member(s) present.</source>
            <translation>
                <numerusform>%n jäsen paikalla.</numerusform>
                <numerusform>%n jäsentä paikalla.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="780" />
            <source>Hand count saved</source>
            <translation>Käsinlaskenta tallennettu</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="786" />
            <source>More votes than members present</source>
            <translation>Enemmän ääniä kuin paikallaolijoita</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="49" />
            <source>Import members from a spreadsheet</source>
            <translation>Tuo jäsenet laskentataulukosta</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="62" />
            <source>Choose a CSV or Excel file with one member per row.</source>
            <translation>Valitse CSV- tai Excel-tiedosto, jossa on yksi jäsen riviä kohden.</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="64" />
            <source>Choose file…</source>
            <translation>Valitse tiedosto…</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="66" />
            <source>Read the file again</source>
            <translation>Lue tiedosto uudelleen</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="68" />
            <source>After fixing the problems in the spreadsheet and saving it, read it again (Ctrl+R)</source>
            <translation>Kun olet korjannut ongelmat taulukossa ja tallentanut sen, lue se uudelleen (Ctrl+R)</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="82" />
            <source>1. Columns: what each column of the file holds</source>
            <translation>1. Sarakkeet: mitä kukin tiedoston sarake sisältää</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="85" />
            <source>Column in the file</source>
            <translation>Tiedoston sarake</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="85" />
            <source>Read as</source>
            <translation>Luetaan muodossa</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="85" />
            <source>Example</source>
            <translation>Esimerkki</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="89" />
            <source>2. Values the assembly does not know</source>
            <translation>2. Arvot, joita kansalaisraati ei tunne</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="93" />
            <source>Category</source>
            <translation>Luokka</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="93" />
            <source>In the file</source>
            <translation>Tiedostossa</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="93" />
            <source>Rows</source>
            <translation>Rivit</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="93" />
            <source>Means</source>
            <translation>Tarkoittaa</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="97" />
            <source>Remember these for the next import</source>
            <translation>Muista nämä seuraavaa tuontia varten</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="103" />
            <source>3. Problems, by row and column</source>
            <translation>3. Ongelmat riveittäin ja sarakkeittain</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="109" />
            <source>Row</source>
            <translation>Rivi</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="109" />
            <source>Column</source>
            <translation>Sarake</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="109" />
            <source>Problem</source>
            <translation>Ongelma</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="119" />
            <source>Skip the rows with problems and import only the good rows</source>
            <translation>Ohita ongelmalliset rivit ja tuo vain kunnossa olevat rivit</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="123" />
            <location filename="../../ui/members/import_dialog.py" line="309" />
            <location filename="../../ui/members/import_dialog.py" line="313" />
            <source>Import</source>
            <translation>Tuo</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="147" />
            <source>Roster file</source>
            <translation>Jäsentiedosto</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="147" />
            <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
            <translation>Laskentataulukot (*.csv *.xlsx *.txt);;Kaikki tiedostot (*)</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="180" />
            <source>The file cannot be read.</source>
            <translation>Tiedostoa ei voi lukea.</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="192" />
            <source>(ignore)</source>
            <translation>(ohita)</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="197" />
            <source>Category: {0}</source>
            <translation>Luokka: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="210" />
            <source>Member number</source>
            <translation>Jäsennumero</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="211" />
            <source>First name</source>
            <translation>Etunimi</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="212" />
            <source>Last name</source>
            <translation>Sukunimi</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="213" />
            <source>Full name</source>
            <translation>Koko nimi</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="214" />
            <source>E-mail</source>
            <translation>Sähköposti</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="215" />
            <source>Phone</source>
            <translation>Puhelin</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="216" />
            <source>Address</source>
            <translation>Osoite</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="217" />
            <source>Postcode</source>
            <translation>Postinumero</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="218" />
            <source>Age (a number)</source>
            <translation>Ikä (luku)</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="219" />
            <source>Birth year</source>
            <translation>Syntymävuosi</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="220" />
            <source>Needs</source>
            <translation>Tarpeet</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="255" />
            <source>(choose a value)</source>
            <translation>(valitse arvo)</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="258" />
            <source>What '{0}' means in {1}</source>
            <translation>Mitä '{0}' tarkoittaa: {1}</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="271" />
            <source>The file cannot be imported as it is: see the problems below.</source>
            <translation>Tiedostoa ei voi tuoda sellaisenaan: katso ongelmat alta.</translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="276" />
            <source>{0} rows ready, {1} rows with problems. Fix the file or the choices above, or choose to skip the rows with problems.</source>
            <translation>{0} riviä valmiina, {1} rivillä ongelmia. Korjaa tiedosto tai yllä olevat valinnat, tai valitse ongelmallisten rivien ohittaminen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/members/import_dialog.py" line="282" />
            <source>✓ All %n row(s) are ready to import.</source>
            <translation>
                <numerusform>✓ %n rivi on valmiina tuotavaksi.</numerusform>
                <numerusform>✓ Kaikki %n riviä ovat valmiina tuotaviksi.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/members/import_dialog.py" line="316" />
            <source>Import %n member(s)</source>
            <translation>
                <numerusform>Tuo %n jäsen</numerusform>
                <numerusform>Tuo %n jäsentä</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/members/import_dialog.py" line="337" />
            <source>Nothing was imported.</source>
            <translation>Mitään ei tuotu.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/members/import_dialog.py" line="342" />
            <source>%n member(s) imported</source>
            <translation>
                <numerusform>%n jäsen tuotu</numerusform>
                <numerusform>%n jäsentä tuotu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/members/import_dialog.py" line="344" />
            <source>; %n row(s) with problems skipped</source>
            <translation>
                <numerusform>; %n ongelmallinen rivi ohitettu</numerusform>
                <numerusform>; %n ongelmallista riviä ohitettu</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <location filename="../../ui/crash.py" line="1" />
            <source>Something went wrong</source>
            <translation>Jokin meni vikaan</translation>
        </message>
        <message>
            <location filename="../../ui/crash.py" line="1" />
            <source>Tingsted met an unexpected error ({0}), and what you just did may not have happened.</source>
            <translation>Tingsted kohtasi odottamattoman virheen ({0}), eikä juuri tekemäsi toiminto ehkä toteutunut.</translation>
        </message>
        <message>
            <location filename="../../ui/crash.py" line="1" />
            <source>Nothing that Tingsted had confirmed is lost: every saved check-in, vote and change is in the assembly file. Check what you just did and try again; if it happens again, restart Tingsted.

A report is in the log (no personal data): {0}</source>
            <translation>Mitään, minkä Tingsted oli vahvistanut, ei ole menetetty: jokainen tallennettu ilmoittautuminen, ääni ja muutos on kansalaisraadin tiedostossa. Tarkista juuri tekemäsi toiminto ja yritä uudelleen; jos sama toistuu, käynnistä Tingsted uudelleen.

Raportti on lokissa (ei henkilötietoja): {0}</translation>
        </message>
    </context>
    <context>
        <name>Launcher</name>
        <message>
            <location filename="../../ui/launcher.py" line="132" />
            <source>The automatic backup failed: {0}</source>
            <translation>Automaattinen varmuuskopiointi epäonnistui: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="143" />
            <source>New citizens' assembly</source>
            <translation>Uusi kansalaisraati</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="169" />
            <source>Welcome to Tingsted</source>
            <translation>Tervetuloa Tingstediin</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="173" />
            <source>Open a recent assembly:</source>
            <translation>Avaa äskettäin käytetty kansalaisraati:</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="175" />
            <source>No recent assemblies yet.</source>
            <translation>Et ole vielä avannut yhtään kansalaisraatia.</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="192" />
            <source>Open</source>
            <translation>Avaa</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="195" />
            <source>New assembly…</source>
            <translation>Uusi kansalaisraati…</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="196" />
            <source>Open a file…</source>
            <translation>Avaa tiedosto…</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="197" />
            <source>The demo assembly</source>
            <translation>Esittelyraati</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="199" />
            <source>A fresh copy of a complete example assembly to try everything out</source>
            <translation>Uusi kopio valmiista esimerkkiraadista, jolla voit kokeilla kaikkea</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="236" />
            <source>Open an assembly</source>
            <translation>Avaa kansalaisraati</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="238" />
            <location filename="../../ui/launcher.py" line="246" />
            <source>Tingsted assemblies (*.tingsted *.db)</source>
            <translation>Tingsted-raadit (*.tingsted *.db)</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="244" />
            <location filename="../../ui/launcher.py" line="252" />
            <source>New assembly</source>
            <translation>Uusi kansalaisraati</translation>
        </message>
        <message>
            <location filename="../../ui/launcher.py" line="253" />
            <source>The assembly's name:</source>
            <translation>Kansalaisraadin nimi:</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <location filename="../../ui/operations.py" line="48" />
            <source>Not done</source>
            <translation>Ei tehty</translation>
        </message>
    </context>
    <context>
        <name>LotteryPage</name>
        <message>
            <location filename="../../ui/lottery/page.py" line="80" />
            <source>Category</source>
            <translation>Luokka</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="81" />
            <source>Value</source>
            <translation>Arvo</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="82" />
            <source>In pool</source>
            <translation>Poolissa</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="83" />
            <source>Target %</source>
            <translation>Tavoite %</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="84" />
            <source>Min</source>
            <translation>Väh.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="85" />
            <source>Max</source>
            <translation>Enint.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="149" />
            <source>Target changed</source>
            <translation>Tavoite muutettu</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="157" />
            <source>Quota changed</source>
            <translation>Kiintiö muutettu</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="160" />
            <source>Type a number.</source>
            <translation>Kirjoita luku.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="235" />
            <source>Lottery</source>
            <translation>Arvonta</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="242" />
            <location filename="../../ui/lottery/page.py" line="310" />
            <location filename="../../ui/lottery/page.py" line="346" />
            <source>Draw</source>
            <translation>Arvo</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="244" />
            <source>Draw the members by stratified lottery (Ctrl+D)</source>
            <translation>Arvo jäsenet ositetulla arvonnalla (Ctrl+D)</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="247" />
            <source>Import the pool…</source>
            <translation>Tuo pooli…</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="248" />
            <source>Import the respondents from a CSV or Excel file</source>
            <translation>Tuo ilmoittautuneet CSV- tai Excel-tiedostosta</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="257" />
            <source>The lottery draws the members from the pool of respondents who answered the invitation, with quotas so the assembly mirrors the population. Start by importing the pool.</source>
            <translation>Arvonta valitsee jäsenet kutsuun vastanneiden poolista kiintiöillä, jotta raati heijastaa väestöä. Aloita tuomalla pooli.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="276" />
            <source>Pool, targets and quotas</source>
            <translation>Pooli, tavoitteet ja kiintiöt</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="279" />
            <source>Import pool…</source>
            <translation>Tuo pooli…</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="281" />
            <source>Import quotas…</source>
            <translation>Tuo kiintiöt…</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="282" />
            <source>A file in the layout feature,value,min,max</source>
            <translation>Tiedosto, jonka sarakkeet ovat feature,value,min,max</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="300" />
            <source>Quotas from targets: min = ⌊size × share⌋ − tolerance, max = ⌈size × share⌉ + tolerance (shares normalised within each category). Double-click a cell to change it.</source>
            <translation>Kiintiöt tavoitteista: väh. = ⌊koko × osuus⌋ − toleranssi, enint. = ⌈koko × osuus⌉ + toleranssi (osuudet normitetaan luokan sisällä). Muuta solua kaksoisnapsauttamalla.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="321" />
            <source>How far a quota may go beyond the rounded target</source>
            <translation>Kuinka paljon kiintiö saa poiketa pyöristetystä tavoitteesta</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="322" />
            <source>Quotas from targets</source>
            <translation>Kiintiöt tavoitteista</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="328" />
            <source>LEXIMIN (fairest, recommended)</source>
            <translation>LEXIMIN (reiluin, suositeltu)</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="328" />
            <source>Maximin (Tingsted, the lowest chance only)</source>
            <translation>Maximin (Tingsted, vain pienin todennäköisyys)</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="329" />
            <source>Maximin (sortition-algorithms, slow)</source>
            <translation>Maximin (sortition-algorithms, hidas)</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="330" />
            <source>Legacy greedy (sortition-algorithms)</source>
            <translation>Vanha ahne menetelmä (sortition-algorithms)</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="331" />
            <source>At most one person per household</source>
            <translation>Enintään yksi henkilö taloutta kohden</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="333" />
            <source>Write the seed down: with it, anyone can reproduce the draw</source>
            <translation>Kirjoita siemenluku muistiin: sen avulla kuka tahansa voi toistaa arvonnan</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="335" />
            <source>000–999, from dice or balls (optional)</source>
            <translation>000–999, nopista tai palloista (valinnainen)</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="337" />
            <source>Panel size</source>
            <translation>Raadin koko</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="338" />
            <source>Reserves</source>
            <translation>Varajäsenet</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="339" />
            <source>Tolerance</source>
            <translation>Toleranssi</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="340" />
            <source>Method</source>
            <translation>Menetelmä</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="342" />
            <source>Seed</source>
            <translation>Siemenluku</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="343" />
            <source>Public number</source>
            <translation>Julkinen luku</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="350" />
            <source>Cancel</source>
            <translation>Peruuta</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="371" />
            <source>The drawn panel</source>
            <translation>Arvottu raati</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="372" />
            <location filename="../../ui/lottery/page.py" line="455" />
            <source>No draw yet.</source>
            <translation>Ei vielä arvontaa.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="379" />
            <source>Make the drawn panel members</source>
            <translation>Tee arvotuista jäseniä</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="383" />
            <location filename="../../ui/lottery/page.py" line="391" />
            <source>Reproduce draw</source>
            <translation>Toista arvonta</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="386" />
            <source>Recompute the recorded draw from its pool, quotas and seed, and check that the same panel comes out</source>
            <translation>Laske tallennettu arvonta uudelleen sen poolista, kiintiöistä ja siemenluvusta ja tarkista, että tulos on sama raati</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="407" />
            <source>Panel, pool and population (%)</source>
            <translation>Raati, pooli ja väestö (%)</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="411" />
            <source>Fairness: chance of being selected</source>
            <translation>Reiluus: todennäköisyys tulla valituksi</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="412" />
            <source>Draw to see each respondent's chance.</source>
            <translation>Arvo nähdäksesi kunkin ilmoittautuneen todennäköisyyden.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/lottery/page.py" line="452" />
            <source>%n respondent(s) in the pool</source>
            <translation>
                <numerusform>%n ilmoittautunut poolissa</numerusform>
                <numerusform>%n ilmoittautunutta poolissa</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="479" />
            <source>, number {0}</source>
            <translation>, luku {0}</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="482" />
            <source>Draw {0} ({1}): {2} members and {3} reserves; seed {4}{5}.</source>
            <translation>Arvonta {0} ({1}): {2} jäsentä ja {3} varajäsentä; siemenluku {4}{5}.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="489" />
            <source>Inputs hash {0}…</source>
            <translation>Syötteiden tiiviste {0}…</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="492" />
            <source>✓ The drawn panel are members.</source>
            <translation>✓ Arvotut ovat jäseniä.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="494" />
            <source>Superseded by a later draw.</source>
            <translation>Myöhempi arvonta korvaa tämän.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="496" />
            <source>The drawn panel are not members yet.</source>
            <translation>Arvotut eivät ole vielä jäseniä.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="501" />
            <source>Panel</source>
            <translation>Raati</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="501" />
            <source>Pool</source>
            <translation>Pooli</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="501" />
            <source>Population</source>
            <translation>Väestö</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="503" />
            <source>Lowest chance: {0}   highest: {1}   average: {2}</source>
            <translation>Pienin todennäköisyys: {0}   suurin: {1}   keskiarvo: {2}</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="511" />
            <source>Legacy greedy method (estimated from {0} draws): lowest chance {1}</source>
            <translation>Vanha ahne menetelmä (arvioitu {0} arvonnasta): pienin todennäköisyys {1}</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="518" />
            <source>Legacy greedy method: some respondents were never chosen in {0} draws (lowest chance ≈ 0 %)</source>
            <translation>Vanha ahne menetelmä: joitakin ilmoittautuneita ei valittu kertaakaan {0} arvonnassa (pienin todennäköisyys ≈ 0 %)</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="523" />
            <source>Model: {0}</source>
            <translation>Malli: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="524" />
            <source>Lowest chances:</source>
            <translation>Pienimmät todennäköisyydet:</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="533" />
            <source>Import the pool</source>
            <translation>Tuo pooli</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="533" />
            <location filename="../../ui/lottery/page.py" line="562" />
            <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
            <translation>Laskentataulukot (*.csv *.xlsx);;Kaikki tiedostot (*)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/lottery/page.py" line="546" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… ja %n muu</numerusform>
                <numerusform>… ja %n muuta</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="547" />
            <location filename="../../ui/lottery/page.py" line="574" />
            <source>Nothing was imported:</source>
            <translation>Mitään ei tuotu:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/lottery/page.py" line="554" />
            <source>%n respondent(s) imported</source>
            <translation>
                <numerusform>%n ilmoittautunut tuotu</numerusform>
                <numerusform>%n ilmoittautunutta tuotu</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="562" />
            <source>Import quotas</source>
            <translation>Tuo kiintiöt</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="570" />
            <location filename="../../ui/lottery/page.py" line="581" />
            <source>Quotas imported</source>
            <translation>Kiintiöt tuotu</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="590" />
            <source>Quotas set from the targets</source>
            <translation>Kiintiöt asetettu tavoitteista</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="596" />
            <source>Quotas set from the targets for a panel of {0}</source>
            <translation>Kiintiöt asetettu tavoitteista {0} hengen raadille</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="605" />
            <source>The public number is three digits, 000–999.</source>
            <translation>Julkinen luku on kolminumeroinen, 000–999.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="611" />
            <source>Members were already made from a draw; a new draw is not possible.</source>
            <translation>Jäsenet on jo luotu arvonnasta; uusi arvonta ei ole mahdollinen.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="686" />
            <source>✗ This draw has no recorded quotas (it was not made by this lottery); it cannot be recomputed.</source>
            <translation>✗ Tällä arvonnalla ei ole tallennettuja kiintiöitä (sitä ei tehty tällä arvonnalla); sitä ei voi laskea uudelleen.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="689" />
            <source>✗ Cannot reproduce: the pool's data changed since the draw (the inputs hash differs).</source>
            <translation>✗ Ei voi toistaa: poolin tiedot ovat muuttuneet arvonnan jälkeen (syötteiden tiiviste eroaa).</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="693" />
            <source>✓ Reproduced: draw {0} recomputed from seed {1} gives the same panel and the same reserves.</source>
            <translation>✓ Toistettu: arvonta {0} laskettuna uudelleen siemenluvulla {1} antaa saman raadin ja samat varajäsenet.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="699" />
            <source>✗ Not reproduced: the same panel came out, but the reserves differ.</source>
            <translation>✗ Ei toistunut: raati on sama, mutta varajäsenet eroavat.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="702" />
            <source>✗ Not reproduced: a different panel came out.</source>
            <translation>✗ Ei toistunut: tuloksena oli eri raati.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="714" />
            <source>The reproduction was cancelled.</source>
            <translation>Toisto peruttiin.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="719" />
            <source>Cancelling…</source>
            <translation>Perutaan…</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="751" />
            <source>Drew {0} members and {1} reserves; lowest chance {2}</source>
            <translation>Arvottiin {0} jäsentä ja {1} varajäsentä; pienin todennäköisyys {2}</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="765" />
            <source>The draw failed: {0}</source>
            <translation>Arvonta epäonnistui: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="773" />
            <source>The reproduction failed: {0}</source>
            <translation>Toisto epäonnistui: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="778" />
            <source>The draw was cancelled; nothing changed.</source>
            <translation>Arvonta peruttiin; mitään ei muutettu.</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="786" />
            <source>Make members</source>
            <translation>Tee jäseniksi</translation>
        </message>
        <message>
            <location filename="../../ui/lottery/page.py" line="787" />
            <source>Make the {0} drawn respondents members of the assembly?</source>
            <translation>Tehdäänkö {0} arvotusta ilmoittautuneesta kansalaisraadin jäseniä?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/lottery/page.py" line="800" />
            <source>%n member(s) made from the draw</source>
            <translation>
                <numerusform>%n jäsen luotu arvonnasta</numerusform>
                <numerusform>%n jäsentä luotu arvonnasta</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="176" />
            <source>&amp;Language</source>
            <translation>&amp;Kieli</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="179" />
            <source>System language</source>
            <translation>Järjestelmän kieli</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="111" />
            <source>Ready</source>
            <translation>Valmis</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="124" />
            <source>&amp;File</source>
            <translation>&amp;Tiedosto</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="125" />
            <source>&amp;New assembly…</source>
            <translation>&amp;Uusi kansalaisraati…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="127" />
            <source>&amp;Open…</source>
            <translation>&amp;Avaa…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="131" />
            <source>Open &amp;recent</source>
            <translation>Avaa &amp;viimeaikainen</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="134" />
            <source>Save a &amp;backup copy…</source>
            <translation>Tallenna &amp;varmuuskopio…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="138" />
            <source>&amp;Quit</source>
            <translation>&amp;Lopeta</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="142" />
            <source>&amp;Go</source>
            <translation>&amp;Siirry</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="149" />
            <source>&amp;Projector</source>
            <translation>&amp;Projektori</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="151" />
            <source>Show &amp;projector</source>
            <translation>Näytä &amp;projektori</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="154" />
            <source>Show or hide the projector window (F5)</source>
            <translation>Näytä tai piilota projektori-ikkuna (F5)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="165" />
            <source>(no recent assemblies)</source>
            <translation>(ei viimeaikaisia raateja)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="173" />
            <source>New assembly</source>
            <translation>Uusi kansalaisraati</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="173" />
            <location filename="../../ui/main_window.py" line="187" />
            <source>Tingsted assemblies (*.tingsted *.db)</source>
            <translation>Tingsted-raadit (*.tingsted *.db)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="180" />
            <source>Open an assembly</source>
            <translation>Avaa kansalaisraati</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="180" />
            <source>Tingsted assemblies (*.tingsted *.db);;All files (*)</source>
            <translation>Tingsted-raadit (*.tingsted *.db);;Kaikki tiedostot (*)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="187" />
            <source>Save a backup copy</source>
            <translation>Tallenna varmuuskopio</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="194" />
            <source>Backup copy</source>
            <translation>Varmuuskopio</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="196" />
            <source>Backup copy saved to {0}</source>
            <translation>Varmuuskopio tallennettu: {0}</translation>
        </message>
        <message>
            <source>Assembly &amp;settings…</source>
            <translation>Kansalaisraadin &amp;asetukset…</translation>
        </message>
    </context>
    <context>
        <name>MemberForm</name>
        <message>
            <location filename="../../ui/members/form.py" line="53" />
            <source>Profile</source>
            <translation>Profiili</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="60" />
            <source>Member number</source>
            <translation>Jäsennumero</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="61" />
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="62" />
            <source>First name</source>
            <translation>Etunimi</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="63" />
            <source>Last name</source>
            <translation>Sukunimi</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="67" />
            <source>Contact data (personal)</source>
            <translation>Yhteystiedot (henkilötietoja)</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="69" />
            <source>Kept apart from the profile; left out of exports unless you ask; erased by Forget.</source>
            <translation>Säilytetään erillään profiilista; jätetään pois vienneistä, ellet pyydä niitä; Unohda poistaa ne.</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="79" />
            <source>e.g. wheelchair, sign language, diet</source>
            <translation>esim. pyörätuoli, viittomakieli, ruokavalio</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="83" />
            <source>E-mail</source>
            <translation>Sähköposti</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="84" />
            <source>Phone</source>
            <translation>Puhelin</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="85" />
            <source>Address</source>
            <translation>Osoite</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="86" />
            <source>Postcode</source>
            <translation>Postinumero</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="87" />
            <source>Needs</source>
            <translation>Tarpeet</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="88" />
            <source>Notes</source>
            <translation>Muistiinpanot</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="104" />
            <location filename="../../ui/members/form.py" line="110" />
            <source>Save</source>
            <translation>Tallenna</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="107" />
            <source>Save the member (Ctrl+S)</source>
            <translation>Tallenna jäsen (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="132" />
            <source>(not known)</source>
            <translation>(ei tiedossa)</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="152" />
            <source>No member selected</source>
            <translation>Jäsentä ei ole valittu</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="158" />
            <source>Member {0}</source>
            <translation>Jäsen {0}</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="166" />
            <source>(forgotten)</source>
            <translation>(unohdettu)</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="169" />
            <source>Joined {0}</source>
            <translation>Mukana alkaen {0}</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="171" />
            <source>Replaces member {0}</source>
            <translation>Korvaa jäsenen {0}</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="175" />
            <source>Withdrew {0}{1}</source>
            <translation>Eronnut {0}{1}</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="177" />
            <source>Replaced by member {0}</source>
            <translation>Korvaaja: jäsen {0}</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="179" />
            <source>Name and contact data erased (forgotten).</source>
            <translation>Nimi ja yhteystiedot poistettu (unohdettu).</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="189" />
            <source>New member</source>
            <translation>Uusi jäsen</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="190" />
            <source>{0} (assigned automatically)</source>
            <translation>{0} (annetaan automaattisesti)</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="233" />
            <source>Member {0} added</source>
            <translation>Jäsen {0} lisätty</translation>
        </message>
        <message>
            <location filename="../../ui/members/form.py" line="248" />
            <source>Member {0} saved</source>
            <translation>Jäsen {0} tallennettu</translation>
        </message>
    </context>
    <context>
        <name>Members</name>
        <message>
            <location filename="../../ui/members/models.py" line="28" />
            <source>Active</source>
            <translation>Aktiivinen</translation>
        </message>
        <message>
            <location filename="../../ui/members/models.py" line="29" />
            <source>Withdrawn</source>
            <translation>Eronnut</translation>
        </message>
        <message>
            <location filename="../../ui/members/models.py" line="30" />
            <source>Replaced</source>
            <translation>Korvattu</translation>
        </message>
        <message>
            <location filename="../../ui/members/models.py" line="61" />
            <source>No.</source>
            <translation>Nro</translation>
        </message>
        <message>
            <location filename="../../ui/members/models.py" line="62" />
            <source>First name</source>
            <translation>Etunimi</translation>
        </message>
        <message>
            <location filename="../../ui/members/models.py" line="63" />
            <source>Last name</source>
            <translation>Sukunimi</translation>
        </message>
        <message>
            <location filename="../../ui/members/models.py" line="65" />
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <location filename="../../ui/members/models.py" line="66" />
            <source>Days present</source>
            <translation>Läsnäolopäivät</translation>
        </message>
        <message>
            <location filename="../../ui/members/models.py" line="95" />
            <source>(forgotten)</source>
            <translation>(unohdettu)</translation>
        </message>
    </context>
    <context>
        <name>MembersPage</name>
        <message>
            <location filename="../../ui/members/page.py" line="53" />
            <source>Import members…</source>
            <translation>Tuo jäsenet…</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="55" />
            <source>Import the roster from a CSV or Excel file</source>
            <translation>Tuo jäsenluettelo CSV- tai Excel-tiedostosta</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="66" />
            <source>Roster</source>
            <translation>Jäsenet</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="67" />
            <source>Check-in</source>
            <translation>Saapuneiden kirjaus</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="68" />
            <source>The members: edit, withdraw and replace, print (Alt+R)</source>
            <translation>Jäsenet: muokkaa, eroa ja korvaa, tulosta (Alt+R)</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="69" />
            <source>The check-in desk for a meeting day (Alt+C)</source>
            <translation>Saapuneiden kirjaus kokouspäivälle (Alt+C)</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="164" />
            <location filename="../../ui/members/page.py" line="171" />
            <location filename="../../ui/members/page.py" line="187" />
            <source>Export members</source>
            <translation>Vie jäsenet</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="164" />
            <source>Excel (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="172" />
            <source>Export the members anonymised, or with names and contact data?</source>
            <translation>Viedäänkö jäsenet anonymisoituina vai nimien ja yhteystietojen kanssa?</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="174" />
            <source>Anonymised: member number, profile, status and attendance – no personal data.</source>
            <translation>Anonymisoitu: jäsennumero, profiili, tila ja läsnäolo – ei henkilötietoja.</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="176" />
            <source>Anonymised</source>
            <translation>Anonymisoitu</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="177" />
            <source>With names and contact data</source>
            <translation>Nimien ja yhteystietojen kanssa</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="190" />
            <source>contains personal data (names and contact data)</source>
            <translation>sisältää henkilötietoja (nimet ja yhteystiedot)</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="192" />
            <source>anonymised, no personal data</source>
            <translation>anonymisoitu, ei henkilötietoja</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="194" />
            <source>{0} members exported to {1} – {2}</source>
            <translation>{0} jäsentä viety: {1} – {2}</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="199" />
            <source>Name badges</source>
            <translation>Nimikyltit</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="199" />
            <source>Sign-in sheet</source>
            <translation>Läsnäololista</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="199" />
            <source>Member list</source>
            <translation>Jäsenluettelo</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="202" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="213" />
            <source>The assembly has no meeting days yet.</source>
            <translation>Kansalaisraadilla ei ole vielä kokouspäiviä.</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="218" />
            <source>Printing {0}…</source>
            <translation>Tulostetaan: {0}…</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="224" />
            <source>{0} saved to {1} ({2} members; contains names)</source>
            <translation>{0} tallennettu: {1} ({2} jäsentä; sisältää nimiä)</translation>
        </message>
        <message>
            <location filename="../../ui/members/page.py" line="230" />
            <source>Could not print: {0}</source>
            <translation>Tulostus epäonnistui: {0}</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="259" />
            <source>Merge into {0}</source>
            <translation>Yhdistä: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="267" />
            <source>&amp;Merge this draft</source>
            <translation>&amp;Yhdistä tämä luonnos</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="268" />
            <source>into</source>
            <translation>luonnokseen</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="272" />
            <source>The other draft is marked as merged and keeps its history; its initiatives move here. Write the merged wording below.</source>
            <translation>Toinen luonnos merkitään yhdistetyksi, ja sen historia säilyy; sen toimenpiteet siirtyvät tänne. Kirjoita yhdistetty sanamuoto alle.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="300" />
            <source>Who wrote the merged text</source>
            <translation>Kuka kirjoitti yhdistetyn tekstin</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="301" />
            <source>&amp;Title</source>
            <translation>&amp;Otsikko</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="302" />
            <source>Merged &amp;text</source>
            <translation>Yhdistetty &amp;teksti</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="303" />
            <source>Written &amp;by</source>
            <translation>&amp;Kirjoittaja</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="307" />
            <source>Merge</source>
            <translation>Yhdistä</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="316" />
            <source>(no other draft to merge)</source>
            <translation>(ei muuta yhdistettävää luonnosta)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="328" />
            <source>There is no other draft to merge.</source>
            <translation>Muuta yhdistettävää luonnosta ei ole.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="333" />
            <source>{0} merged into {1}</source>
            <translation>{0} yhdistetty: {1}</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <location filename="../../ui/overview/page.py" line="25" />
            <source>Remit</source>
            <translation>Tehtävä</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="35" />
            <source>The assembly in figures</source>
            <translation>Kansalaisraati lukuina</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="40" />
            <source>members</source>
            <translation>jäsentä</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="41" />
            <source>respondents in the pool</source>
            <translation>ilmoittautunutta</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="42" />
            <source>meeting days</source>
            <translation>kokouspäivää</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="43" />
            <source>tables</source>
            <translation>pöytää</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="44" />
            <source>recommendations</source>
            <translation>suositusta</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="45" />
            <source>open ballots</source>
            <translation>avointa äänestystä</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="62" />
            <source>Meeting days</source>
            <translation>Kokouspäivät</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="70" />
            <source>Next on the agenda</source>
            <translation>Seuraavaksi asialistalla</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="84" />
            <source>Plenary</source>
            <translation>Täysistunto</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="85" />
            <source>Presentation</source>
            <translation>Alustus</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="86" />
            <source>Table dialogue</source>
            <translation>Pöytäkeskustelu</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="87" />
            <source>Vote</source>
            <translation>Äänestys</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="88" />
            <source>Break</source>
            <translation>Tauko</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="94" />
            <source>ddd d MMM yyyy</source>
            <translation>ddd d.M.yyyy</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="114" />
            <source>No remit question yet.</source>
            <translation>Tehtävää ei ole vielä muotoiltu.</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="116" />
            <source>Commissioned by {0}</source>
            <translation>Tilaaja: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="132" />
            <source>held</source>
            <translation>pidetty</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="132" />
            <source>next</source>
            <translation>seuraava</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="142" />
            <source>Day {0}</source>
            <translation>Päivä {0}</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="153" />
            <source>No meeting days planned yet. Add them under Program.</source>
            <translation>Ei vielä kokouspäiviä. Lisää ne Ohjelma-osiossa.</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="158" />
            <source>Day {0}, {1}</source>
            <translation>Päivä {0}, {1}</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="171" />
            <source>Nothing more on the agenda.</source>
            <translation>Asialistalla ei ole enempää.</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="132" />
            <source>today</source>
            <translation>tänään</translation>
        </message>
        <message>
            <location filename="../../ui/overview/page.py" line="156" />
            <source>now</source>
            <translation>nyt</translation>
        </message>
        <message>
            <source>Assembly settings…</source>
            <translation>Kansalaisraadin asetukset…</translation>
        </message>
        <message>
            <source>The assembly's name, remit question, commissioning body, language, threshold and logo (Ctrl+,)</source>
            <translation>Kansalaisraadin nimi, tehtävä, toimeksiantaja, kieli, kynnys ja logo (Ctrl+,)</translation>
        </message>
        <message>
            <source>Write the remit question…</source>
            <translation>Kirjoita tehtävän kysymys…</translation>
        </message>
    </context>
    <context>
        <name>PaperForm</name>
        <message>
            <location filename="../../ui/voting/page.py" line="73" />
            <source>Keys: j / y = yes · n = no · a / b / h / 0 = abstain (blank)</source>
            <translation>Näppäimet: j / y = kyllä · n = ei · a / b / h / 0 = tyhjä</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="76" />
            <source>Keys: 5 … 1 = the scale step · 0 or . = blank</source>
            <translation>Näppäimet: 5 … 1 = asteikon kohta · 0 tai . = tyhjä</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="77" />
            <source>Keys: x or 1 = ticked · 0, . or space = not ticked</source>
            <translation>Näppäimet: x tai 1 = rastitettu · 0, . tai välilyönti = ei rastia</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="78" />
            <source>Keys: the number of dots on each item (0 for none)</source>
            <translation>Näppäimet: kunkin kohdan pisteiden määrä (0 = ei yhtään)</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="79" />
            <source>Keys: the rank given to each item (1 = first) · 0 or . = not ranked</source>
            <translation>Näppäimet: kunkin kohdan sija (1 = ensimmäinen) · 0 tai . = ei sijoitettu</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="357" />
            <source>Entry &amp;1</source>
            <translation>Syöttö &amp;1</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="358" />
            <source>Entry &amp;2</source>
            <translation>Syöttö &amp;2</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="384" />
            <source>&amp;Spoilt paper</source>
            <translation>&amp;Hylätty lippu</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="392" />
            <source>Paper &amp;number</source>
            <translation>Lipun &amp;numero</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="393" />
            <source>&amp;Choices</source>
            <translation>&amp;Valinnat</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="406" />
            <source>Papers whose two entries disagree</source>
            <translation>Liput, joiden kaksi syöttöä eroavat</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="410" />
            <source>&amp;Resolve the selected paper</source>
            <translation>&amp;Ratkaise valittu lippu</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="412" />
            <source>Look at the paper itself and type what it says (Enter on the list does the same)</source>
            <translation>Katso itse lippua ja syötä, mitä siinä lukee (Enter luettelossa tekee saman)</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="447" />
            <source>Papers are typed in while the ballot is open.</source>
            <translation>Liput syötetään äänestyksen ollessa auki.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="458" />
            <source>Counted: {0} papers ({1} spoilt) · typed once: {2} · disagreeing: {3}</source>
            <translation>Laskettu: {0} lippua ({1} hylättyä) · syötetty kerran: {2} · eriäviä: {3}</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="466" />
            <source>Typed once, waiting for the other entry: paper {0}</source>
            <translation>Syötetty kerran, odottaa toista syöttöä: lippu {0}</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="474" />
            <source>one entry says spoilt</source>
            <translation>toisen syötön mukaan hylätty</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="482" />
            <source>Paper {0} – </source>
            <translation>Lippu {0} – </translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="489" />
            <source>None – all papers typed twice agree.</source>
            <translation>Ei yhtään – kaikkien kahdesti syötettyjen lippujen syötöt täsmäävät.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="497" />
            <location filename="../../ui/voting/page.py" line="561" />
            <source>blank</source>
            <translation>tyhjä</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="519" />
            <source>Resolving paper {0}: type what the paper says</source>
            <translation>Ratkaistaan lippu {0}: syötä, mitä siinä lukee</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="522" />
            <source>Double entry: entry {0}</source>
            <translation>Kaksoissyöttö: syöttö {0}</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="524" />
            <source>Single entry</source>
            <translation>Yksinkertainen syöttö</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="547" />
            <source>“{0}” is not a key here.</source>
            <translation>”{0}” ei ole tässä käytössä oleva näppäin.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="570" />
            <source>The whole paper is spoilt: press Enter to save it.</source>
            <translation>Koko lippu on hylätty: tallenna painamalla Enter.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="578" />
            <source>press Enter to save</source>
            <translation>tallenna painamalla Enter</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="578" />
            <source>{0} more</source>
            <translation>{0} puuttuu</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="586" />
            <source>Type the paper's number first.</source>
            <translation>Syötä ensin lipun numero.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="590" />
            <source>Type one key for each of the {0} items (or mark the paper spoilt).</source>
            <translation>Paina yhtä näppäintä kullekin {0} kohdalle (tai merkitse lippu hylätyksi).</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="607" />
            <source>✓ Paper {0} counted.</source>
            <translation>✓ Lippu {0} laskettu.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="610" />
            <source>Paper {0} saved; it counts when the other entry agrees.</source>
            <translation>Lippu {0} tallennettu; se lasketaan, kun toinen syöttö täsmää.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="613" />
            <source>⚠ Paper {0}: the two entries disagree – see the list below.</source>
            <translation>⚠ Lippu {0}: syötöt eroavat – katso luettelo alla.</translation>
        </message>
    </context>
    <context>
        <name>Program</name>
        <message>
            <location filename="../../ui/program/models.py" line="25" />
            <source>Plenary</source>
            <translation>Täysistunto</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="26" />
            <source>Presentation</source>
            <translation>Alustus</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="27" />
            <source>Table dialogue</source>
            <translation>Pöytäkeskustelu</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="28" />
            <source>Vote</source>
            <translation>Äänestys</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="29" />
            <source>Break</source>
            <translation>Tauko</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="218" />
            <source>Submitted</source>
            <translation>Lähetetty</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="219" />
            <source>Selected</source>
            <translation>Valittu</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="220" />
            <source>Answered</source>
            <translation>Vastattu</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="221" />
            <source>Discarded</source>
            <translation>Hylätty</translation>
        </message>
    </context>
    <context>
        <name>ProgramPage</name>
        <message numerus="yes">
            <location filename="../../ui/program/page.py" line="1" />
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n tiedosto</numerusform>
                <numerusform>%n tiedostoa</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="179" />
            <source>New agenda item</source>
            <translation>Uusi kohta</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="182" />
            <source>Add an item at the end of the day's agenda</source>
            <translation>Lisää kohta päivän asialistan loppuun</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="185" />
            <source>Undo delete</source>
            <translation>Kumoa poisto</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="188" />
            <source>Bring back the agenda item just deleted (Ctrl+Z)</source>
            <translation>Palauta juuri poistettu kohta (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="193" />
            <location filename="../../ui/program/page.py" line="223" />
            <source>New day…</source>
            <translation>Uusi päivä…</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="194" />
            <location filename="../../ui/program/page.py" line="223" />
            <source>Add a meeting day</source>
            <translation>Lisää kokouspäivä</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="217" />
            <source>The meeting day to plan or run</source>
            <translation>Suunniteltava tai pidettävä kokouspäivä</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="219" />
            <source>Day</source>
            <translation>Päivä</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="224" />
            <source>Edit day…</source>
            <translation>Muokkaa päivää…</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="224" />
            <source>Date, venue, start and end of this day</source>
            <translation>Päivän päivämäärä, paikka, alku ja loppu</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="225" />
            <source>Copy day…</source>
            <translation>Kopioi päivä…</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="225" />
            <source>A new day with the same agenda, as a template</source>
            <translation>Uusi päivä samalla asialistalla, pohjana</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="226" />
            <location filename="../../ui/program/page.py" line="602" />
            <source>Delete day</source>
            <translation>Poista päivä</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="226" />
            <source>Delete this day and its agenda</source>
            <translation>Poista päivä ja sen asialista</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="233" />
            <source>Run sheet…</source>
            <translation>Käsikirjoitus…</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="234" />
            <source>A printable PDF of the day for facilitators and table hosts</source>
            <translation>Tulostettava PDF päivästä fasilitaattoreille ja pöytien vetäjille</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="236" />
            <source>Handout…</source>
            <translation>Jaettava ohjelma…</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="237" />
            <source>The day's program for the members (no internal notes)</source>
            <translation>Päivän ohjelma jäsenille (ilman sisäisiä muistiinpanoja)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="245" />
            <location filename="../../ui/program/page.py" line="518" />
            <source>Start the day</source>
            <translation>Aloita päivä</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="248" />
            <source>Run this day: NOW and NEXT are tracked here and shown on the projector's agenda (F7)</source>
            <translation>Pidä päivä: NYT ja SEURAAVAKSI seurataan täällä ja näytetään projektorin asialistalla (F7)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="264" />
            <source>Plan the assembly's days here: each day's agenda, with plenaries, expert presentations, table dialogues, votes and breaks. Start by adding the first meeting day.</source>
            <translation>Suunnittele kansalaisraadin päivät täällä: kunkin päivän asialista täysistuntoineen, asiantuntija-alustuksineen, pöytäkeskusteluineen, äänestyksineen ja taukoineen. Aloita lisäämällä ensimmäinen kokouspäivä.</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="293" />
            <source>Move up</source>
            <translation>Siirrä ylös</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="295" />
            <source>Move the item one place earlier (Ctrl+Up)</source>
            <translation>Siirrä kohtaa yksi paikka aiemmaksi (Ctrl+Ylös)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="297" />
            <source>Move down</source>
            <translation>Siirrä alas</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="299" />
            <source>Move the item one place later (Ctrl+Down)</source>
            <translation>Siirrä kohtaa yksi paikka myöhemmäksi (Ctrl+Alas)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="309" />
            <source>Add an item at the end of the day's agenda (Ctrl+Shift+N)</source>
            <translation>Lisää kohta päivän asialistan loppuun (Ctrl+Vaihto+N)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="320" />
            <source>Agenda item</source>
            <translation>Asialistan kohta</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="328" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="331" />
            <source>Who leads it</source>
            <translation>Vetäjä</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="335" />
            <source>Internal notes for facilitators (not on the handout)</source>
            <translation>Sisäiset muistiinpanot fasilitaattoreille (eivät näy jaettavassa ohjelmassa)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="341" />
            <source>Kind</source>
            <translation>Laji</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="342" />
            <location filename="../../ui/program/page.py" line="931" />
            <source>Title</source>
            <translation>Otsikko</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="343" />
            <source>Duration</source>
            <translation>Kesto</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="344" />
            <source>Responsible</source>
            <translation>Vastuuhenkilö</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="345" />
            <source>Room</source>
            <translation>Tila</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="346" />
            <source>Notes</source>
            <translation>Muistiinpanot</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="347" />
            <source>Presentations</source>
            <translation>Alustukset</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="350" />
            <location filename="../../ui/program/page.py" line="769" />
            <source>Save</source>
            <translation>Tallenna</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="352" />
            <source>Save the item (Enter in the title)</source>
            <translation>Tallenna kohta (Enter otsikossa)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="354" />
            <location filename="../../ui/program/page.py" line="772" />
            <source>Delete</source>
            <translation>Poista</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="357" />
            <source>Countdown</source>
            <translation>Ajastin</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="358" />
            <source>Set the projector's countdown to this item and show it (F8)</source>
            <translation>Aseta projektorin ajastin tähän kohtaan ja näytä se (F8)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="374" />
            <source>Agenda</source>
            <translation>Asialista</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="380" />
            <source>Day {0}</source>
            <translation>Päivä {0}</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="435" />
            <source>{0}–{1} · planned {2} of {3}</source>
            <translation>{0}–{1} · suunniteltu {2}/{3}</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="445" />
            <source>the day fits its hours</source>
            <translation>päivä mahtuu aikaansa</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="450" />
            <source>The day does not fit its hours: the agenda ends at {0}, {1} too late.</source>
            <translation>Päivä ei mahdu aikaansa: asialista päättyy klo {0}, {1} liian myöhään.</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="488" />
            <source>none – place one from the Experts tab</source>
            <translation>ei yhtään – sijoita Asiantuntijat-välilehdeltä</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="518" />
            <source>Day running</source>
            <translation>Päivä käynnissä</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="520" />
            <source>Not running now</source>
            <translation>Ei käynnissä nyt</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="520" />
            <source>Outside the day's hours</source>
            <translation>Päivän aikataulun ulkopuolella</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="526" />
            <source>NOW: {0} – {1} min left</source>
            <translation>NYT: {0} – {1} min jäljellä</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="528" />
            <source>NEXT {0}: {1}</source>
            <translation>SEURAAVAKSI {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="537" />
            <source>The day has started; the projector's agenda follows the clock.</source>
            <translation>Päivä on alkanut; projektorin asialista seuraa kelloa.</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="546" />
            <source>Countdown set to {0} for “{1}”</source>
            <translation>Ajastin asetettu: {0} kohdalle ”{1}”</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="555" />
            <source>Program</source>
            <translation>Ohjelma</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="564" />
            <source>Meeting day added</source>
            <translation>Kokouspäivä lisätty</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="577" />
            <source>Meeting day changed</source>
            <translation>Kokouspäivä muutettu</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="583" />
            <source>Copy the day as a template</source>
            <translation>Kopioi päivä pohjaksi</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="590" />
            <source>Day copied with its agenda</source>
            <translation>Päivä kopioitu asialistoineen</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="603" />
            <source>Delete day {0} ({1}) and its whole agenda?</source>
            <translation>Poistetaanko päivä {0} ({1}) ja sen koko asialista?</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="607" />
            <source>Meeting day deleted</source>
            <translation>Kokouspäivä poistettu</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="615" />
            <source>New item</source>
            <translation>Uusi kohta</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="616" />
            <source>Agenda item added</source>
            <translation>Kohta lisätty</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="635" />
            <source>Agenda item saved</source>
            <translation>Kohta tallennettu</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="644" />
            <source>“{0}” deleted – Ctrl+Z brings it back</source>
            <translation>”{0}” poistettu – Ctrl+Z palauttaa sen</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="668" />
            <source>“{0}” is back</source>
            <translation>”{0}” palautettu</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="676" />
            <source>Agenda reordered</source>
            <translation>Asialistan järjestys muutettu</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="693" />
            <source>Save the handout</source>
            <translation>Tallenna jaettava ohjelma</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="693" />
            <source>Save the run sheet</source>
            <translation>Tallenna käsikirjoitus</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="704" />
            <source>Saved {0}</source>
            <translation>Tallennettu: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="705" />
            <source>Run sheet</source>
            <translation>Käsikirjoitus</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="711" />
            <source>New expert…</source>
            <translation>Uusi asiantuntija…</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="717" />
            <source>The experts and stakeholders who speak to the assembly: their role, organisation and perspective, their presentations in the agenda and their slides. Add the first one.</source>
            <translation>Kansalaisraadille puhuvat asiantuntijat ja sidosryhmät: heidän roolinsa, organisaationsa ja näkökulmansa, alustuksensa asialistalla ja diansa. Lisää ensimmäinen.</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="736" />
            <location filename="../../ui/program/page.py" line="898" />
            <source>New expert</source>
            <translation>Uusi asiantuntija</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="742" />
            <location filename="../../ui/program/page.py" line="1025" />
            <source>Expert</source>
            <translation>Asiantuntija</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="746" />
            <location filename="../../ui/program/page.py" line="898" />
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="747" />
            <source>Role</source>
            <translation>Rooli</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="748" />
            <source>Organisation</source>
            <translation>Organisaatio</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="749" />
            <source>Side or perspective</source>
            <translation>Osapuoli tai näkökulma</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="758" />
            <source>Short bio</source>
            <translation>Lyhyt esittely</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="759" />
            <source>Contact (private: never printed, exported or projected)</source>
            <translation>Yhteystiedot (yksityinen: ei koskaan tulosteta, viedä tai näytetä)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="762" />
            <source>E-mail</source>
            <translation>Sähköposti</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="762" />
            <source>Phone</source>
            <translation>Puhelin</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="764" />
            <source>private – never printed or projected</source>
            <translation>yksityinen – ei koskaan tulosteta eikä näytetä</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="782" />
            <source>Presentations and materials</source>
            <translation>Alustukset ja aineistot</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="789" />
            <source>New presentation…</source>
            <translation>Uusi alustus…</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="792" />
            <source>Where the presentation sits in the agenda</source>
            <translation>Alustuksen paikka asialistalla</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="794" />
            <location filename="../../ui/program/page.py" line="810" />
            <source>Remove</source>
            <translation>Poista</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="805" />
            <source>Attach file…</source>
            <translation>Liitä tiedosto…</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="806" />
            <source>Slides or a PDF; stored in the assembly file so a backup carries it</source>
            <translation>Diat tai PDF; tallennetaan raadin tiedostoon, joten varmuuskopio sisältää sen</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="808" />
            <source>Open</source>
            <translation>Avaa</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="821" />
            <source>Experts</source>
            <translation>Asiantuntijat</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="861" />
            <source>not placed in the agenda</source>
            <translation>ei sijoitettu asialistalle</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="881" />
            <source>(not in the agenda)</source>
            <translation>(ei asialistalla)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="901" />
            <source>Expert added</source>
            <translation>Asiantuntija lisätty</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="914" />
            <source>Expert saved</source>
            <translation>Asiantuntija tallennettu</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="922" />
            <source>Delete expert</source>
            <translation>Poista asiantuntija</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="922" />
            <source>Delete {0} with their presentations and materials?</source>
            <translation>Poistetaanko {0} alustuksineen ja aineistoineen?</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="925" />
            <source>Expert deleted</source>
            <translation>Asiantuntija poistettu</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="931" />
            <source>New presentation</source>
            <translation>Uusi alustus</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="937" />
            <source>Presentation added</source>
            <translation>Alustus lisätty</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="947" />
            <source>Presentation placed in the agenda</source>
            <translation>Alustus sijoitettu asialistalle</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="947" />
            <source>Presentation taken off the agenda</source>
            <translation>Alustus poistettu asialistalta</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="953" />
            <source>Presentation removed</source>
            <translation>Alustus poistettu</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="958" />
            <location filename="../../ui/program/page.py" line="983" />
            <location filename="../../ui/program/page.py" line="988" />
            <source>Materials</source>
            <translation>Aineistot</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="958" />
            <source>Add a presentation first.</source>
            <translation>Lisää ensin alustus.</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="963" />
            <source>Attach a file</source>
            <translation>Liitä tiedosto</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="965" />
            <source>Slides and documents (*.pdf *.pptx *.ppt *.odp *.key);;All files (*)</source>
            <translation>Diat ja asiakirjat (*.pdf *.pptx *.ppt *.odp *.key);;Kaikki tiedostot (*)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="972" />
            <source>{0} attached</source>
            <translation>{0} liitetty</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="989" />
            <source>No program on this laptop opens {0}. It was saved to {1}.</source>
            <translation>Mikään tämän tietokoneen ohjelma ei avaa tiedostoa {0}. Se tallennettiin: {1}.</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="997" />
            <source>Material removed</source>
            <translation>Aineisto poistettu</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1002" />
            <location filename="../../ui/program/page.py" line="1022" />
            <source>New question…</source>
            <translation>Uusi kysymys…</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1008" />
            <source>Questions the tables send to the experts: type them in as the table hosts bring them, group similar ones, choose which go to the expert and show them on the projector.</source>
            <translation>Pöytien asiantuntijoille lähettämät kysymykset: kirjoita ne sitä mukaa kuin pöytien vetäjät tuovat niitä, ryhmittele samankaltaiset, valitse asiantuntijalle menevät ja näytä ne projektorilla.</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1020" />
            <source>Show the questions to one expert</source>
            <translation>Näytä yhden asiantuntijan kysymykset</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1023" />
            <source>Type in a question a table sends to an expert</source>
            <translation>Kirjoita pöydän asiantuntijalle lähettämä kysymys</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1029" />
            <source>Show the questions view</source>
            <translation>Näytä kysymykset</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1030" />
            <source>Show the chosen questions on the projector (F9)</source>
            <translation>Näytä valitut kysymykset projektorilla (F9)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1044" />
            <source>Group…</source>
            <translation>Ryhmittele…</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1044" />
            <source>Give similar questions one group name</source>
            <translation>Anna samankaltaisille kysymyksille yhteinen ryhmänimi</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1045" />
            <source>Select</source>
            <translation>Valitse</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1045" />
            <source>These go to the expert</source>
            <translation>Nämä menevät asiantuntijalle</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1047" />
            <source>Answered</source>
            <translation>Vastattu</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1048" />
            <source>Mark as answered (leaves the projector)</source>
            <translation>Merkitse vastatuksi (poistuu projektorilta)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1051" />
            <source>Discard</source>
            <translation>Hylkää</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1051" />
            <source>Not asked</source>
            <translation>Ei kysytty</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1053" />
            <source>On projector</source>
            <translation>Projektorilla</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1054" />
            <source>Show these on the projector's questions view</source>
            <translation>Näytä nämä projektorin kysymysnäkymässä</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1057" />
            <source>Off projector</source>
            <translation>Pois projektorilta</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1057" />
            <source>Take these off the projector</source>
            <translation>Poista nämä projektorilta</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1068" />
            <source>Questions</source>
            <translation>Kysymykset</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1076" />
            <source>All experts</source>
            <translation>Kaikki asiantuntijat</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1087" />
            <source>{0} of at most {1} on the projector</source>
            <translation>{0}/enintään {1} projektorilla</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1108" />
            <source>Question added</source>
            <translation>Kysymys lisätty</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1116" />
            <source>Group questions</source>
            <translation>Ryhmittele kysymykset</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1116" />
            <source>A short name for the group (empty: no group)</source>
            <translation>Ryhmän lyhyt nimi (tyhjä: ei ryhmää)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/program/page.py" line="1120" />
            <source>%n question(s) grouped</source>
            <translation>
                <numerusform>%n kysymys ryhmitelty</numerusform>
                <numerusform>%n kysymystä ryhmitelty</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1126" />
            <source>Questions updated</source>
            <translation>Kysymykset päivitetty</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1133" />
            <source>Shown on the projector</source>
            <translation>Näytetään projektorilla</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="1133" />
            <source>Taken off the projector</source>
            <translation>Poistettu projektorilta</translation>
        </message>
    </context>
    <context>
        <name>ProjectorPanel</name>
        <message>
            <location filename="../../ui/projector/control.py" line="45" />
            <source>Projector</source>
            <translation>Projektori</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="62" />
            <location filename="../../ui/projector/control.py" line="247" />
            <source>Show projector</source>
            <translation>Näytä projektori</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="64" />
            <source>Show or hide the projector window (F5)</source>
            <translation>Näytä tai piilota projektori-ikkuna (F5)</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="68" />
            <source>Dark</source>
            <translation>Tumma</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="69" />
            <source>Light</source>
            <translation>Vaalea</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="70" />
            <source>Dark for a dim hall, light for a bright one</source>
            <translation>Tumma hämärään saliin, vaalea valoisaan</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="105" />
            <source>Show “{0}” on the projector ({1})</source>
            <translation>Näytä ”{0}” projektorilla ({1})</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="119" />
            <source>Countdown</source>
            <translation>Ajastin</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="124" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="125" />
            <source>Length of the countdown; Set starts it over</source>
            <translation>Ajastimen pituus; Aseta aloittaa alusta</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="126" />
            <source>Set</source>
            <translation>Aseta</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="127" />
            <source>Set the countdown to this many minutes (paused)</source>
            <translation>Aseta ajastin näin moneksi minuutiksi (tauolla)</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="131" />
            <location filename="../../ui/projector/control.py" line="271" />
            <source>Start</source>
            <translation>Käynnistä</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="132" />
            <source>Start or pause the countdown</source>
            <translation>Käynnistä tai keskeytä ajastin</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="134" />
            <source>−1 min</source>
            <translation>−1 min</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="135" />
            <source>One minute less</source>
            <translation>Minuutti vähemmän</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="137" />
            <source>+1 min</source>
            <translation>+1 min</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="138" />
            <source>One minute more</source>
            <translation>Minuutti enemmän</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="140" />
            <source>Sound at zero</source>
            <translation>Äänimerkki nollassa</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="152" />
            <source>Message</source>
            <translation>Viesti</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="155" />
            <source>e.g. Lunch – we continue at 13:00</source>
            <translation>esim. Lounas – jatkamme klo 13.00</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="157" />
            <source>Show</source>
            <translation>Näytä</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="158" />
            <source>Show this message on the projector (Enter)</source>
            <translation>Näytä viesti projektorilla (Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="195" />
            <source>Projector control &amp;panel</source>
            <translation>Projektorin &amp;ohjauspaneeli</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="198" />
            <source>Show or hide the projector control panel (Shift+F5)</source>
            <translation>Näytä tai piilota projektorin ohjauspaneeli (Vaihto+F5)</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="240" />
            <source>Showing: {0}</source>
            <translation>Näytetään: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="247" />
            <source>Hide projector</source>
            <translation>Piilota projektori</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="261" />
            <source>Second screen found: {0} ({1}×{2}), full screen</source>
            <translation>Toinen näyttö löytyi: {0} ({1}×{2}), koko näyttö</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="262" />
            <source>projector</source>
            <translation>projektori</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="266" />
            <source>No second screen: the projector opens as a window here</source>
            <translation>Ei toista näyttöä: projektori avautuu ikkunana tähän</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="271" />
            <source>Pause</source>
            <translation>Tauko</translation>
        </message>
        <message>
            <location filename="../../ui/projector/control.py" line="282" />
            <source>The projector is off.
F5 shows it.</source>
            <translation>Projektori on pois päältä.
F5 näyttää sen.</translation>
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
            <translation>Ei toista näyttöä: projektori avautuu ikkunana tähän; F5 piilottaa sen taas</translation>
        </message>
        <message>
            <source>Projector off</source>
            <translation>Projektori pois päältä</translation>
        </message>
    </context>
    <context>
        <name>ProjectorViews</name>
        <message>
            <location filename="../../ui/projector/generic.py" line="28" />
            <source>Welcome</source>
            <translation>Tervetuloa</translation>
        </message>
        <message>
            <location filename="../../ui/projector/generic.py" line="30" />
            <source>Agenda</source>
            <translation>Asialista</translation>
        </message>
        <message>
            <location filename="../../ui/projector/generic.py" line="32" />
            <source>Countdown</source>
            <translation>Ajastin</translation>
        </message>
        <message>
            <location filename="../../ui/projector/generic.py" line="35" />
            <source>Questions</source>
            <translation>Kysymykset</translation>
        </message>
        <message>
            <location filename="../../ui/projector/generic.py" line="40" />
            <source>Message</source>
            <translation>Viesti</translation>
        </message>
        <message>
            <location filename="../../ui/projector/generic.py" line="42" />
            <source>Blank</source>
            <translation>Musta ruutu</translation>
        </message>
    </context>
    <context>
        <name>ProjectorWindow</name>
        <message>
            <location filename="../../ui/projector/window.py" line="32" />
            <source>Tingsted – projector</source>
            <translation>Tingsted – projektori</translation>
        </message>
    </context>
    <context>
        <name>QuestionDialog</name>
        <message>
            <location filename="../../ui/program/page.py" line="143" />
            <source>New question</source>
            <translation>Uusi kysymys</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="146" />
            <source>(no table)</source>
            <translation>(ei pöytää)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="150" />
            <source>(any expert)</source>
            <translation>(kuka tahansa asiantuntija)</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="155" />
            <source>The question, as the table wrote it</source>
            <translation>Kysymys pöydän kirjoittamana</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="156" />
            <source>Table</source>
            <translation>Pöytä</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="157" />
            <source>To</source>
            <translation>Kenelle</translation>
        </message>
        <message>
            <location filename="../../ui/program/page.py" line="158" />
            <source>Question</source>
            <translation>Kysymys</translation>
        </message>
    </context>
    <context>
        <name>QuestionsModel</name>
        <message>
            <location filename="../../ui/program/models.py" line="226" />
            <source>Question</source>
            <translation>Kysymys</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="227" />
            <source>Table</source>
            <translation>Pöytä</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="228" />
            <source>Expert</source>
            <translation>Asiantuntija</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="229" />
            <source>Group</source>
            <translation>Ryhmä</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="230" />
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="231" />
            <source>On screen</source>
            <translation>Näytöllä</translation>
        </message>
        <message>
            <location filename="../../ui/program/models.py" line="237" />
            <source>Shown</source>
            <translation>Näytetään</translation>
        </message>
    </context>
    <context>
        <name>QuestionsView</name>
        <message>
            <location filename="../../ui/projector/questions.py" line="56" />
            <source>Questions for {0}</source>
            <translation>Kysymykset: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/projector/questions.py" line="58" />
            <source>Questions to the experts</source>
            <translation>Kysymyksiä asiantuntijoille</translation>
        </message>
        <message>
            <location filename="../../ui/projector/questions.py" line="65" />
            <source>No questions chosen yet.</source>
            <translation>Kysymyksiä ei ole vielä valittu.</translation>
        </message>
    </context>
    <context>
        <name>RecommendationDialog</name>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="91" />
            <source>New recommendation</source>
            <translation>Uusi suositus</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="91" />
            <source>Edit details</source>
            <translation>Muokkaa tietoja</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="99" />
            <source>A short title, e.g. A youth council</source>
            <translation>Lyhyt otsikko, esim. Nuorisovaltuusto</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="104" />
            <source>e.g. Climate</source>
            <translation>esim. Ilmasto</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="105" />
            <source>(no table)</source>
            <translation>(ei pöytää)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="106" />
            <source>&amp;Code</source>
            <translation>&amp;Koodi</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="107" />
            <source>&amp;Title</source>
            <translation>&amp;Otsikko</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="108" />
            <source>T&amp;heme</source>
            <translation>&amp;Teema</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="109" />
            <source>From t&amp;able</source>
            <translation>&amp;Pöydästä</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="116" />
            <source>The recommendation's first draft</source>
            <translation>Suosituksen ensimmäinen luonnos</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="120" />
            <source>One concrete initiative per line (optional)</source>
            <translation>Yksi konkreettinen toimenpide riviä kohden (valinnainen)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="123" />
            <source>Who wrote it</source>
            <translation>Kirjoittaja</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="124" />
            <source>Te&amp;xt</source>
            <translation>Te&amp;ksti</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="125" />
            <source>&amp;Initiatives</source>
            <translation>T&amp;oimenpiteet</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="126" />
            <source>Written &amp;by</source>
            <translation>&amp;Kirjoittaja</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="130" />
            <source>Create</source>
            <translation>Luo</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="130" />
            <source>Save</source>
            <translation>Tallenna</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="153" />
            <source>Recommendation {0} created</source>
            <translation>Suositus {0} luotu</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="165" />
            <source>Details of {0} saved</source>
            <translation>Tiedot tallennettu: {0}</translation>
        </message>
    </context>
    <context>
        <name>RecommendationListModel</name>
        <message numerus="yes">
            <location filename="../../ui/recommendations/models.py" line="1" />
            <source>%n initiative(s)</source>
            <translation>
                <numerusform>%n toimenpide</numerusform>
                <numerusform>%n toimenpidettä</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/models.py" line="56" />
            <source>Code</source>
            <translation>Koodi</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/models.py" line="56" />
            <source>Title</source>
            <translation>Otsikko</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/models.py" line="56" />
            <source>Theme</source>
            <translation>Teema</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/models.py" line="56" />
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/models.py" line="56" />
            <source>Versions</source>
            <translation>Versiot</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/models.py" line="77" />
            <source>From {0}</source>
            <translation>Lähde: {0}</translation>
        </message>
    </context>
    <context>
        <name>RecommendationStatus</name>
        <message numerus="yes">
            <location filename="../../ui/recommendations/models.py" line="1" />
            <source>%n open amendment(s)</source>
            <translation>
                <numerusform>%n avoin muutosehdotus</numerusform>
                <numerusform>%n avointa muutosehdotusta</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/models.py" line="31" />
            <source>Draft</source>
            <translation>Luonnos</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/models.py" line="40" />
            <source>Final</source>
            <translation>Lopullinen</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/models.py" line="43" />
            <source>Merged into {0}</source>
            <translation>Yhdistetty: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/models.py" line="45" />
            <source>Merged</source>
            <translation>Yhdistetty</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/models.py" line="48" />
            <source>Withdrawn</source>
            <translation>Peruttu</translation>
        </message>
    </context>
    <context>
        <name>RecommendationsPage</name>
        <message numerus="yes">
            <location filename="../../ui/recommendations/page.py" line="1" />
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>%n suositus</numerusform>
                <numerusform>%n suositusta</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/recommendations/page.py" line="1" />
            <source>%n version(s)</source>
            <translation>
                <numerusform>%n versio</numerusform>
                <numerusform>%n versiota</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/recommendations/page.py" line="1" />
            <source>%n recommendation(s) imported</source>
            <translation>
                <numerusform>%n suositus tuotu</numerusform>
                <numerusform>%n suositusta tuotu</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="96" />
            <source>New recommendation…</source>
            <translation>Uusi suositus…</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="99" />
            <source>Draft a new recommendation (Ctrl+N)</source>
            <translation>Kirjoita uusi suositus (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="102" />
            <source>Import from a spreadsheet…</source>
            <translation>Tuo laskentataulukosta…</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="103" />
            <source>Import recommendations from CSV or Excel (code, title, theme, text)</source>
            <translation>Tuo suositukset CSV- tai Excel-tiedostosta (koodi, otsikko, teema, teksti)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="105" />
            <source>Search</source>
            <translation>Hae</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="110" />
            <location filename="../../ui/recommendations/page.py" line="302" />
            <source>Save as new version</source>
            <translation>Tallenna uutena versiona</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="123" />
            <source>No recommendations yet. Draft the assembly's recommendations here: every edit is kept as a version, tables propose amendments, and the final wording goes to the vote.</source>
            <translation>Ei vielä suosituksia. Kirjoita kansalaisraadin suositukset tähän: jokainen muutos tallentuu versiona, pöydät tekevät muutosehdotuksia ja lopullinen sanamuoto menee äänestykseen.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="166" />
            <source>Search (Ctrl+F)</source>
            <translation>Hae (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="167" />
            <source>Search the codes, titles, themes and texts (Ctrl+F)</source>
            <translation>Hae koodeista, otsikoista, teemoista ja teksteistä (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="174" />
            <source>Show one theme only</source>
            <translation>Näytä vain yksi teema</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="207" />
            <source>Import…</source>
            <translation>Tuo…</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="216" />
            <source>Choose a recommendation on the left.</source>
            <translation>Valitse suositus vasemmalta.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="245" />
            <source>Edit…</source>
            <translation>Muokkaa…</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="245" />
            <source>Edit the code, title, theme and origin table</source>
            <translation>Muokkaa koodia, otsikkoa, teemaa ja lähdepöytää</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="248" />
            <source>Merge…</source>
            <translation>Yhdistä…</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="248" />
            <source>Merge another draft into this one</source>
            <translation>Yhdistä toinen luonnos tähän</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="251" />
            <location filename="../../ui/recommendations/page.py" line="670" />
            <source>Mark final</source>
            <translation>Merkitse lopulliseksi</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="253" />
            <location filename="../../ui/recommendations/page.py" line="672" />
            <source>The current version becomes the final wording that goes to the vote</source>
            <translation>Nykyisestä versiosta tulee äänestykseen menevä lopullinen sanamuoto</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="256" />
            <location filename="../../ui/recommendations/page.py" line="678" />
            <source>Withdraw</source>
            <translation>Peru</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="270" />
            <source>Text</source>
            <translation>Teksti</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="271" />
            <source>Initiatives</source>
            <translation>Toimenpiteet</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="272" />
            <location filename="../../ui/recommendations/page.py" line="808" />
            <source>Amendments</source>
            <translation>Muutosehdotukset</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="273" />
            <source>History</source>
            <translation>Historia</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="274" />
            <source>Minority</source>
            <translation>Vähemmistö</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="275" />
            <source>Minority statement</source>
            <translation>Eriävä mielipide</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="295" />
            <source>Your name</source>
            <translation>Nimesi</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="296" />
            <source>Who made this change</source>
            <translation>Kuka teki muutoksen</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="298" />
            <source>The table the change comes from</source>
            <translation>Pöytä, josta muutos tulee</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="300" />
            <source>Note (optional)</source>
            <translation>Huomautus (valinnainen)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="301" />
            <source>A note about this version, e.g. after the plenary</source>
            <translation>Huomautus tästä versiosta, esim. täysistunnon jälkeen</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="304" />
            <source>Keep the old text and save this as a new version (Ctrl+S)</source>
            <translation>Säilytä vanha teksti ja tallenna tämä uutena versiona (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="328" />
            <source>Concrete initiatives under this recommendation. Double-click one to edit it.</source>
            <translation>Tämän suosituksen konkreettiset toimenpiteet. Muokkaa kaksoisnapsauttamalla.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="342" />
            <source>A new initiative – press Enter to add it</source>
            <translation>Uusi toimenpide – lisää painamalla Enter</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="344" />
            <source>Add</source>
            <translation>Lisää</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="350" />
            <source>Up</source>
            <translation>Ylös</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="350" />
            <source>Move the initiative up</source>
            <translation>Siirrä toimenpidettä ylöspäin</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="352" />
            <source>Down</source>
            <translation>Alas</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="352" />
            <source>Move the initiative down</source>
            <translation>Siirrä toimenpidettä alaspäin</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="354" />
            <source>Remove</source>
            <translation>Poista</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="356" />
            <source>Undo remove</source>
            <translation>Kumoa poisto</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="370" />
            <source>No.</source>
            <translation>Nro</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="370" />
            <source>Against</source>
            <translation>Versioon</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="370" />
            <source>Proposed by</source>
            <translation>Ehdottaja</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="370" />
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="370" />
            <source>Rationale</source>
            <translation>Perustelu</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="379" />
            <source>Propose…</source>
            <translation>Ehdota…</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="379" />
            <source>Propose an amendment to the current version</source>
            <translation>Ehdota muutosta nykyiseen versioon</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="382" />
            <source>Accept</source>
            <translation>Hyväksy</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="382" />
            <source>Its text becomes a new version</source>
            <translation>Sen tekstistä tulee uusi versio</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="384" />
            <location filename="../../ui/recommendations/page.py" line="1020" />
            <source>Reject</source>
            <translation>Hylkää</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="387" />
            <source>Propose again…</source>
            <translation>Ehdota uudelleen…</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="389" />
            <source>Start a new amendment against the current version with this amendment's wording</source>
            <translation>Tee uusi muutosehdotus nykyiseen versioon tämän ehdotuksen sanamuodolla</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="393" />
            <location filename="../../ui/recommendations/page.py" line="439" />
            <source>Compare…</source>
            <translation>Vertaa…</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="393" />
            <source>Show the change in a large side-by-side view</source>
            <translation>Näytä muutos rinnakkain suuressa näkymässä</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="418" />
            <source>Every saved text is kept. Choose one version to compare it with the one before, or two (Ctrl+click) to compare them.</source>
            <translation>Jokainen tallennettu teksti säilyy. Valitse yksi versio verrataksesi sitä edelliseen tai kaksi (Ctrl+napsautus) verrataksesi niitä keskenään.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="426" />
            <source>Version</source>
            <translation>Versio</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="426" />
            <source>Saved</source>
            <translation>Tallennettu</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="426" />
            <source>By</source>
            <translation>Tekijä</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="426" />
            <source>Table</source>
            <translation>Pöytä</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="426" />
            <source>Note</source>
            <translation>Huomautus</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="435" />
            <source>Choose a version to read its text here.</source>
            <translation>Valitse versio lukeaksesi sen tekstin tässä.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="439" />
            <source>Show two versions side by side</source>
            <translation>Näytä kaksi versiota rinnakkain</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="443" />
            <location filename="../../ui/recommendations/page.py" line="675" />
            <source>Restore</source>
            <translation>Palauta</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="443" />
            <source>Save this older text again as a new version</source>
            <translation>Tallenna tämä vanhempi teksti uudelleen uutena versiona</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="447" />
            <source>Use as final</source>
            <translation>Käytä lopullisena</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="447" />
            <source>Mark this version as the final wording</source>
            <translation>Merkitse tämä versio lopulliseksi sanamuodoksi</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="460" />
            <source>A minority's statement, printed beside the recommendation in the report.</source>
            <translation>Vähemmistön eriävä mielipide, joka painetaan raporttiin suosituksen yhteyteen.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="469" />
            <source>Save statement</source>
            <translation>Tallenna eriävä mielipide</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="530" />
            <source>All themes</source>
            <translation>Kaikki teemat</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="557" />
            <source>{0} of {1} shown</source>
            <translation>{0}/{1} näytetään</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="644" />
            <source>Merged into {0}</source>
            <translation>Yhdistetty: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="649" />
            <source>Theme: {0}</source>
            <translation>Teema: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="651" />
            <source>From {0}</source>
            <translation>Lähde: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="655" />
            <source>final wording: version {0}</source>
            <translation>lopullinen sanamuoto: versio {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="657" />
            <source>merged from {0}</source>
            <translation>yhdistetty: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="666" />
            <source>Reopen</source>
            <translation>Avaa uudelleen</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="668" />
            <source>Back to draft; the final wording is cleared</source>
            <translation>Takaisin luonnokseksi; lopullinen sanamuoto tyhjennetään</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="682" />
            <location filename="../../ui/recommendations/page.py" line="815" />
            <source>Version {0}</source>
            <translation>Versio {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="688" />
            <source>final wording</source>
            <translation>lopullinen sanamuoto</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="690" />
            <location filename="../../ui/recommendations/page.py" line="819" />
            <source>current</source>
            <translation>nykyinen</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="696" />
            <source>⚠ Not saved yet</source>
            <translation>⚠ Ei vielä tallennettu</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="727" />
            <source>A newer version was saved meanwhile ({0}); your edit is not saved yet.</source>
            <translation>Uudempi versio on tallennettu sillä välin ({0}); muutostasi ei ole vielä tallennettu.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="729" />
            <source>Your edit is not saved yet (based on {0}).</source>
            <translation>Muutostasi ei ole vielä tallennettu (pohjana {0}).</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="732" />
            <source>No text yet.</source>
            <translation>Ei vielä tekstiä.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="740" />
            <source>This is the final wording. Reopen it for editing to change it.</source>
            <translation>Tämä on lopullinen sanamuoto. Avaa se uudelleen muuttaaksesi sitä.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="741" />
            <source>Merged into {0}; its history is kept here.</source>
            <translation>Yhdistetty: {0}; sen historia säilyy täällä.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="742" />
            <source>Withdrawn. Restore it to edit it again.</source>
            <translation>Peruttu. Palauta se muokataksesi sitä uudelleen.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="748" />
            <source>(no table)</source>
            <translation>(ei pöytää)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="760" />
            <source>Initiative {0}</source>
            <translation>Toimenpide {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="768" />
            <source>Initiatives ({0})</source>
            <translation>Toimenpiteet ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="779" />
            <source>Outdated (text now at version {0})</source>
            <translation>Vanhentunut (teksti on nyt versio {0})</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="782" />
            <source>Proposed</source>
            <translation>Ehdotettu</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="785" />
            <source>Accepted</source>
            <translation>Hyväksytty</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="788" />
            <source>Rejected</source>
            <translation>Hylätty</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="792" />
            <source>version {0}</source>
            <translation>versio {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="808" />
            <source>Amendments ({0} open)</source>
            <translation>Muutosehdotukset (avoimia: {0})</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="817" />
            <source>final</source>
            <translation>lopullinen</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="829" />
            <source>History ({0})</source>
            <translation>Historia ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="835" />
            <source>Not done: {0}</source>
            <translation>Ei tehty: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="901" />
            <source>New version of {0} saved</source>
            <translation>Uusi versio tallennettu: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="910" />
            <source>{0} reopened for editing</source>
            <translation>{0} avattu uudelleen</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="913" />
            <source>the text has unsaved changes; save them as a new version first.</source>
            <translation>tekstissä on tallentamattomia muutoksia; tallenna ne ensin uutena versiona.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="915" />
            <source>Final wording of {0} marked</source>
            <translation>Lopullinen sanamuoto merkitty: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="922" />
            <source>{0} restored as a draft</source>
            <translation>{0} palautettu luonnokseksi</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="924" />
            <source>{0} withdrawn</source>
            <translation>{0} peruttu</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="933" />
            <source>Minority statement of {0} saved</source>
            <translation>Eriävä mielipide tallennettu: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="956" />
            <source>Initiative added to {0}</source>
            <translation>Toimenpide lisätty: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="969" />
            <source>Initiative changed</source>
            <translation>Toimenpide muutettu</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="977" />
            <source>Initiative moved</source>
            <translation>Toimenpide siirretty</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="985" />
            <source>Initiative removed</source>
            <translation>Toimenpide poistettu</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="995" />
            <source>Initiative put back</source>
            <translation>Toimenpide palautettu</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1016" />
            <source>Undo reject</source>
            <translation>Kumoa hylkäys</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1030" />
            <source>No amendments yet. A table can propose a change to the current text.</source>
            <translation>Ei vielä muutosehdotuksia. Pöytä voi ehdottaa muutosta nykyiseen tekstiin.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1039" />
            <source>unknown</source>
            <translation>tuntematon</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1043" />
            <source>Version ?</source>
            <translation>Versio ?</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1044" />
            <source>Amendment {0} · {1}</source>
            <translation>Muutosehdotus {0} · {1}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1049" />
            <source>Outdated: proposed against version {0}, but the text has changed since. Accepting it would undo those changes – propose it again on the current text, or reject it.</source>
            <translation>Vanhentunut: tehty versioon {0}, mutta teksti on muuttunut sen jälkeen. Hyväksyminen kumoaisi ne muutokset – ehdota sitä uudelleen nykyiseen tekstiin tai hylkää se.</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1055" />
            <source>Rationale: {0}</source>
            <translation>Perustelu: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1081" />
            <source>Amendment {0} accepted: a new version of {1}</source>
            <translation>Muutosehdotus {0} hyväksytty: uusi versio, {1}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1091" />
            <source>Amendment {0} is open again</source>
            <translation>Muutosehdotus {0} on taas avoin</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1097" />
            <source>Amendment {0} rejected</source>
            <translation>Muutosehdotus {0} hylätty</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1138" />
            <source>{0}: version {1} and version {2}</source>
            <translation>{0}: versio {1} ja versio {2}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1151" />
            <source>{0}: amendment {1}</source>
            <translation>{0}: muutosehdotus {1}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1180" />
            <source>Restored from version {0}</source>
            <translation>Palautettu versiosta {0}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1183" />
            <source>Version {0} of {1} restored as a new version</source>
            <translation>Versio {0} ({1}) palautettu uutena versiona</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1194" />
            <source>Version {0} is the final wording of {1}</source>
            <translation>Versio {0} on lopullinen sanamuoto: {1}</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1202" />
            <source>Import recommendations</source>
            <translation>Tuo suositukset</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1204" />
            <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
            <translation>Laskentataulukot (*.csv *.xlsx);;Kaikki tiedostot (*)</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1220" />
            <source>Nothing imported</source>
            <translation>Mitään ei tuotu</translation>
        </message>
        <message>
            <location filename="../../ui/recommendations/page.py" line="1222" />
            <source>{0} has {1} problem(s); nothing was imported. Fix them and import again.</source>
            <translation>Tiedostossa {0} on {1} ongelmaa; mitään ei tuotu. Korjaa ne ja tuo uudelleen.</translation>
        </message>
    </context>
    <context>
        <name>ReportTab</name>
        <message>
            <location filename="../../ui/reports/page.py" line="93" />
            <source>Recommendation report</source>
            <translation>Suositusraportti</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="97" />
            <source>The report for the commissioning body: choose what it contains, add a preface and a logo, then build it as a PDF.</source>
            <translation>Raportti toimeksiantajalle: valitse sisältö, lisää esipuhe ja logo ja laadi se PDF-muodossa.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="104" />
            <source>Contents</source>
            <translation>Sisällys</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="105" />
            <location filename="../../ui/reports/page.py" line="134" />
            <source>Preface</source>
            <translation>Esipuhe</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="106" />
            <source>Process and experts</source>
            <translation>Prosessi ja asiantuntijat</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="107" />
            <source>Members and composition</source>
            <translation>Jäsenet ja kokoonpano</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="108" />
            <source>Attendance</source>
            <translation>Läsnäolo</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="109" />
            <source>Recommendations and votes</source>
            <translation>Suositukset ja äänestykset</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="110" />
            <source>Minority statements</source>
            <translation>Eriävät mielipiteet</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="111" />
            <source>Evaluation</source>
            <translation>Arviointi</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="112" />
            <source>Appendix: all ballots</source>
            <translation>Liite: kaikki äänestykset</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="130" />
            <source>Language</source>
            <translation>Kieli</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="132" />
            <source>A few words to the commissioning body (optional)</source>
            <translation>Muutama sana toimeksiantajalle (valinnainen)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="137" />
            <source>No logo</source>
            <translation>Ei logoa</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="139" />
            <location filename="../../ui/reports/page.py" line="149" />
            <source>Choose…</source>
            <translation>Valitse…</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="141" />
            <source>Remove</source>
            <translation>Poista</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="146" />
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="153" />
            <source>Save as</source>
            <translation>Tallenna nimellä</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="157" />
            <source>Build report</source>
            <translation>Laadi raportti</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="160" />
            <source>Cancel</source>
            <translation>Peruuta</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="163" />
            <source>Open folder</source>
            <translation>Avaa kansio</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="182" />
            <source>Preview of the first pages</source>
            <translation>Ensimmäisten sivujen esikatselu</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="190" />
            <source>Build the report to see its first pages here.</source>
            <translation>Laadi raportti nähdäksesi sen ensimmäiset sivut tässä.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="220" />
            <source>Choose a logo</source>
            <translation>Valitse logo</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="220" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Kuvat (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="226" />
            <source>Save the report as</source>
            <translation>Tallenna raportti nimellä</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="249" />
            <source>Building the report…</source>
            <translation>Laaditaan raporttia…</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="267" />
            <source>Cancelling…</source>
            <translation>Perutaan…</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="285" />
            <source>Report saved: {0} ({1} pages)</source>
            <translation>Raportti tallennettu: {0} ({1} sivua)</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="294" />
            <source>The report could not be built: {0}</source>
            <translation>Raporttia ei voitu laatia: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="297" />
            <source>The report could not be built ({0}). Please report this.</source>
            <translation>Raporttia ei voitu laatia ({0}). Ilmoitathan virheestä.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="303" />
            <source>Cancelled; no report was written.</source>
            <translation>Peruttu; raporttia ei kirjoitettu.</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="322" />
            <source>Page {0}</source>
            <translation>Sivu {0}</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../../ui/reports/page.py" line="791" />
            <source>Report</source>
            <translation>Raportti</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="792" />
            <source>Evaluation</source>
            <translation>Arviointi</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="793" />
            <source>Data export</source>
            <translation>Tietojen vienti</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="796" />
            <source>Build report</source>
            <translation>Laadi raportti</translation>
        </message>
        <message>
            <location filename="../../ui/reports/page.py" line="798" />
            <source>Build the recommendation report as a PDF</source>
            <translation>Laadi suositusraportti PDF-muodossa</translation>
        </message>
    </context>
    <context>
        <name>ResultPanel</name>
        <message>
            <location filename="../../ui/voting/page.py" line="815" />
            <source>&amp;Verify the seal</source>
            <translation>&amp;Tarkista sinetti</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="831" />
            <source>Cast: {0}</source>
            <translation>Annettu: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="832" />
            <source>present: {0}</source>
            <translation>paikalla: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="833" />
            <source>members: {0}</source>
            <translation>jäseniä: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="834" />
            <source>base: {0}</source>
            <translation>perusta: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="837" />
            <source>threshold: {0} %</source>
            <translation>raja: {0} %</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="840" />
            <source>Sealed result, SHA-256: {0}</source>
            <translation>Sinetöity tulos, SHA-256: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="842" />
            <source>The result is sealed when the ballot is closed.</source>
            <translation>Tulos sinetöidään, kun äänestys suljetaan.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="844" />
            <source>Closed without a sealed result yet: publishing seals it.</source>
            <translation>Suljettu ilman sinetöityä tulosta: julkistaminen sinetöi sen.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="852" />
            <source>Seal intact</source>
            <translation>Sinetti on ehjä</translation>
        </message>
    </context>
    <context>
        <name>ResultsOverviewView</name>
        <message>
            <location filename="../../ui/projector/ballot.py" line="500" />
            <source>Results</source>
            <translation>Tulokset</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="552" />
            <source>Adopted</source>
            <translation>Hyväksytty</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="552" />
            <source>Not adopted</source>
            <translation>Ei hyväksytty</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="575" />
            <source>No results have been published yet.</source>
            <translation>Tuloksia ei ole vielä julkistettu.</translation>
        </message>
        <message>
            <location filename="../../ui/projector/ballot.py" line="577" />
            <source>Page {0} of {1}</source>
            <translation>Sivu {0}/{1}</translation>
        </message>
    </context>
    <context>
        <name>RosterView</name>
        <message>
            <location filename="../../ui/members/roster.py" line="60" />
            <source>No members yet. Import the roster from a spreadsheet (CSV or Excel) – or draw the members in the Lottery area, or add them one by one.</source>
            <translation>Ei vielä jäseniä. Tuo jäsenluettelo laskentataulukosta (CSV tai Excel) – tai arvo jäsenet Arvonta-osiossa, tai lisää heidät yksitellen.</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="76" />
            <source>Search name or number…</source>
            <translation>Hae nimeä tai numeroa…</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="78" />
            <source>Search as you type over names and member numbers (Ctrl+F)</source>
            <translation>Hae kirjoittaessasi nimistä ja jäsennumeroista (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="87" />
            <source>Show members with this status</source>
            <translation>Näytä jäsenet, joilla on tämä tila</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="89" />
            <source>All statuses</source>
            <translation>Kaikki tilat</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="90" />
            <source>Active</source>
            <translation>Aktiivinen</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="91" />
            <source>Withdrawn</source>
            <translation>Eronnut</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="92" />
            <source>Replaced</source>
            <translation>Korvattu</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="97" />
            <source>Show members with this category value</source>
            <translation>Näytä jäsenet, joilla on tämä luokan arvo</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="105" />
            <source>New member</source>
            <translation>Uusi jäsen</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="108" />
            <source>Add a member by hand</source>
            <translation>Lisää jäsen käsin</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="109" />
            <source>Withdraw / replace…</source>
            <translation>Eroa / korvaa…</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="112" />
            <source>Record that the selected member withdrew, and pick a reserve</source>
            <translation>Merkitse valittu jäsen eronneeksi ja valitse varajäsen</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="113" />
            <source>Forget…</source>
            <translation>Unohda…</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="115" />
            <source>Erase the selected member's name and contact data for good (counts stay)</source>
            <translation>Poista valitun jäsenen nimi ja yhteystiedot pysyvästi (lukumäärät säilyvät)</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="117" />
            <source>Export…</source>
            <translation>Vie…</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="120" />
            <source>Export the members to CSV or Excel (anonymised unless you choose)</source>
            <translation>Vie jäsenet CSV- tai Excel-tiedostoon (anonymisoituna, ellet valitse toisin)</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="128" />
            <source>Print</source>
            <translation>Tulosta</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="129" />
            <source>Badges, sign-in sheets and member lists as PDF</source>
            <translation>Nimikyltit, läsnäololistat ja jäsenluettelot PDF-muodossa</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="132" />
            <source>Name badges…</source>
            <translation>Nimikyltit…</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="133" />
            <source>Sign-in sheet for the day…</source>
            <translation>Päivän läsnäololista…</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="134" />
            <source>Member list…</source>
            <translation>Jäsenluettelo…</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="197" />
            <source>All categories</source>
            <translation>Kaikki luokat</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="217" />
            <source>{0} of {1} members</source>
            <translation>{0}/{1} jäsentä</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="273" />
            <source>Forget member {0}</source>
            <translation>Unohda jäsen {0}</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="275" />
            <source>Erase the name and contact data of member {0} ({1}) for good?</source>
            <translation>Poistetaanko jäsenen {0} ({1}) nimi ja yhteystiedot pysyvästi?</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="280" />
            <source>Attendance, votes and the anonymous profile stay as counts. This cannot be undone.</source>
            <translation>Läsnäolot, äänet ja anonyymi profiili säilyvät lukumäärinä. Toimintoa ei voi kumota.</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="282" />
            <source>Forget</source>
            <translation>Unohda</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="293" />
            <source>Member {0} forgotten: name and contact data erased</source>
            <translation>Jäsen {0} unohdettu: nimi ja yhteystiedot poistettu</translation>
        </message>
        <message>
            <location filename="../../ui/members/roster.py" line="296" />
            <source>Forget member</source>
            <translation>Unohda jäsen</translation>
        </message>
    </context>
    <context>
        <name>RuleDialog</name>
        <message>
            <location filename="../../ui/tables/rules.py" line="441" />
            <source>Keep together</source>
            <translation>Pidä yhdessä</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="441" />
            <source>Keep apart</source>
            <translation>Pidä erillään</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="449" />
            <source>These members sit at the same table in every round.</source>
            <translation>Nämä jäsenet istuvat samassa pöydässä joka kierroksella.</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="451" />
            <source>No two of these members sit at the same table in any round.</source>
            <translation>Kaksi näistä jäsenistä ei istu samassa pöydässä millään kierroksella.</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="458" />
            <source>e.g. sign-language interpretation</source>
            <translation>esim. viittomakielen tulkkaus</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="458" />
            <source>e.g. one family</source>
            <translation>esim. yksi perhe</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="460" />
            <source>&amp;Label</source>
            <translation>&amp;Nimike</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="462" />
            <source>Name, number or need; Enter ticks the first match</source>
            <translation>Nimi, numero tai tarve; Enter valitsee ensimmäisen osuman</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="466" />
            <source>&amp;Search</source>
            <translation>&amp;Hae</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="492" />
            <source>Add rule</source>
            <translation>Lisää sääntö</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="515" />
            <source>{0} chosen: {1}</source>
            <translation>{0} valittu: {1}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="517" />
            <source>Tick at least two members.</source>
            <translation>Valitse vähintään kaksi jäsentä.</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="542" />
            <source>keep together</source>
            <translation>pidä yhdessä</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="542" />
            <source>keep apart</source>
            <translation>pidä erillään</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="547" />
            <source>Rule added: {0} ({1} members)</source>
            <translation>Sääntö lisätty: {0} ({1} jäsentä)</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="550" />
            <source>Not added: {0}</source>
            <translation>Ei lisätty: {0}</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <location filename="../../ui/tables/rules.py" line="105" />
            <source>No.</source>
            <translation>Nro</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="105" />
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="140" />
            <source>Members</source>
            <translation>Jäsenet</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="174" />
            <source>Remove</source>
            <translation>Poista</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="311" />
            <source>Not saved: {0}</source>
            <translation>Ei tallennettu: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="77" />
            <source>Rules and hosts</source>
            <translation>Säännöt ja vetäjät</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="85" />
            <location filename="../../ui/tables/rules.py" line="181" />
            <source>Undo</source>
            <translation>Kumoa</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="95" />
            <source>Tables and hosts</source>
            <translation>Pöydät ja vetäjät</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="98" />
            <source>Double-click a name or a host to change it (or select it and press F2), Enter saves. A host is a person from the staff, not a member; a table without a name is called by its number.</source>
            <translation>Muuta nimeä tai vetäjää kaksoisnapsauttamalla (tai valitse ja paina F2), Enter tallentaa. Vetäjä on henkilökuntaa, ei jäsen; nimetön pöytä mainitaan numerollaan.</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="105" />
            <source>Host</source>
            <translation>Vetäjä</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="129" />
            <source>Seating rules</source>
            <translation>Pöytäjaon säännöt</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="133" />
            <source>Planning and rebalancing keep these rules in every round. A move by hand that breaks one is shown here and as a warning on the board.</source>
            <translation>Suunnittelu ja uudelleenjako noudattavat näitä sääntöjä joka kierroksella. Käsin tehty siirto, joka rikkoo säännön, näkyy täällä ja varoituksena taululla.</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="140" />
            <source>Rule</source>
            <translation>Sääntö</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="140" />
            <source>Label</source>
            <translation>Nimike</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="140" />
            <source>In the seating</source>
            <translation>Pöytäjaossa</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="161" />
            <source>No rules yet. Keep together, e.g., everyone who needs sign-language interpretation; keep apart, e.g., members of one family.</source>
            <translation>Ei vielä sääntöjä. Pidä yhdessä esim. kaikki viittomakielen tulkkausta tarvitsevat; pidä erillään esim. saman perheen jäsenet.</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="168" />
            <source>Add together…</source>
            <translation>Lisää yhdessä…</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="169" />
            <source>Members who sit at the same table in every round</source>
            <translation>Jäsenet, jotka istuvat samassa pöydässä joka kierroksella</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="171" />
            <source>Add apart…</source>
            <translation>Lisää erillään…</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="172" />
            <source>Members of whom no two sit at the same table</source>
            <translation>Jäsenet, joista kaksi ei istu samassa pöydässä</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="175" />
            <source>Remove the selected rule (Delete)</source>
            <translation>Poista valittu sääntö (Delete)</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="251" />
            <source>Keep together</source>
            <translation>Pidä yhdessä</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="251" />
            <source>Keep apart</source>
            <translation>Pidä erillään</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="255" />
            <source>{0} (withdrawn)</source>
            <translation>{0} (eronnut)</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="259" />
            <source>broken in round {0}</source>
            <translation>rikottu kierroksella {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="259" />
            <source>broken in rounds {0}</source>
            <translation>rikottu kierroksilla {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="263" />
            <source>kept in every round</source>
            <translation>noudatettu joka kierroksella</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="265" />
            <source>not planned yet</source>
            <translation>ei vielä suunniteltu</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="308" />
            <source>Table {0} saved</source>
            <translation>Pöytä {0} tallennettu</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="363" />
            <source>Rule removed: {0}</source>
            <translation>Sääntö poistettu: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="366" />
            <source>Not removed: {0}</source>
            <translation>Ei poistettu: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="382" />
            <source>Puts back a table's name or host, or a removed rule, step by step (Ctrl+Z).</source>
            <translation>Palauttaa pöydän nimen tai vetäjän tai poistetun säännön askel kerrallaan (Ctrl+Z).</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="384" />
            <source>Nothing to undo.</source>
            <translation>Ei kumottavaa.</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="386" />
            <source>Undo: the name and host of table {0}</source>
            <translation>Kumoa: pöydän {0} nimi ja vetäjä</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="388" />
            <source>Undo: the removal of a rule</source>
            <translation>Kumoa: säännön poisto</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="404" />
            <source>Undone: table {0} has its name and host again</source>
            <translation>Kumottu: pöydällä {0} on taas nimensä ja vetäjänsä</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="411" />
            <source>Undone: the rule is back</source>
            <translation>Kumottu: sääntö on palautettu</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="414" />
            <source>Not undone: {0}</source>
            <translation>Ei kumottu: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/rules.py" line="122" />
            <source>No tables yet. Choose the number of tables on the Tables page and plan all rounds; then give the tables names and hosts here.</source>
            <translation>Ei vielä pöytiä. Valitse pöytien määrä Pöydät-sivulla ja suunnittele kaikki kierrokset; anna sitten pöydille nimet ja vetäjät täällä.</translation>
        </message>
    </context>
    <context>
        <name>ServiceDialog</name>
        <message>
            <location filename="../../ui/recommendations/dialogs.py" line="71" />
            <source>Not saved: {0}</source>
            <translation>Ei tallennettu: {0}</translation>
        </message>
    </context>
    <context>
        <name>TableCard</name>
        <message>
            <location filename="../../ui/tables/board.py" line="42" />
            <source>Table {0} · {1}</source>
            <translation>Pöytä {0} · {1}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/board.py" line="279" />
            <source>{0} · {1} members</source>
            <translation>{0} · {1} jäsentä</translation>
        </message>
        <message>
            <location filename="../../ui/tables/board.py" line="281" />
            <source>Host: {0}</source>
            <translation>Vetäjä: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/board.py" line="281" />
            <source>No host yet</source>
            <translation>Ei vielä vetäjää</translation>
        </message>
        <message>
            <location filename="../../ui/tables/board.py" line="293" />
            <source>  (fixed)</source>
            <translation>  (lukittu)</translation>
        </message>
        <message>
            <location filename="../../ui/tables/board.py" line="296" />
            <source>
Fixed seat</source>
            <translation>
Lukittu paikka</translation>
        </message>
        <message>
            <location filename="../../ui/tables/board.py" line="43" />
            <source>Table {0}</source>
            <translation>Pöytä {0}</translation>
        </message>
    </context>
    <context>
        <name>TablesPage</name>
        <message>
            <source>no pair sits together more than twice</source>
            <translation>mikään pari ei istu yhdessä useammin kuin kahdesti</translation>
        </message>
        <message>
            <source>some pair sits together in {0} rounds</source>
            <translation>jokin pari yhdessä {0} kierroksella</translation>
        </message>
        <message>
            <source>{0} pairs sit together again – at least {1} is unavoidable · {2} of all pairs have met · {3} · {4}</source>
            <translation>{0} paria taas yhdessä – {1} väistämättä · {2} pareista tavannut · {3} · {4}</translation>
        </message>
        <message>
            <source>Σ C(k,2) {0} – at least {1} are unavoidable; diversity deviation {2}, worst {3}</source>
            <translation>Σ C(k,2) {0} – vähintään {1} on väistämätöntä; kokoonpanon poikkeama {2}, suurin {3}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="56" />
            <location filename="../../ui/tables/page.py" line="98" />
            <source>Plan all rounds</source>
            <translation>Jaa pöytiin</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="58" />
            <source>Plan every round: diverse tables, as few repeated encounters as possible</source>
            <translation>Suunnittele jokainen kierros: moninaiset pöydät ja mahdollisimman vähän toistuvia kohtaamisia</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="82" />
            <source>Tables</source>
            <translation>Pöydät</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="86" />
            <source>Rounds</source>
            <translation>Kierrokset</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="90" />
            <source>Seed</source>
            <translation>Siemenluku</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="99" />
            <source>Plan every round (Ctrl+Shift+P)</source>
            <translation>Suunnittele jokainen kierros (Ctrl+Vaihto+P)</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="104" />
            <source>Planning… %p %</source>
            <translation>Suunnitellaan… %p %</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="107" />
            <source>Cancel</source>
            <translation>Peruuta</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="112" />
            <source>Rebalance today…</source>
            <translation>Tasaa tänään…</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="114" />
            <source>Re-plan today's and later rounds for the members checked in, moving as few as possible</source>
            <translation>Suunnittele tämän päivän ja myöhemmät kierrokset uudelleen saapuneille jäsenille siirtäen mahdollisimman harvoja</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="118" />
            <source>Table lists…</source>
            <translation>Pöytälistat…</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="119" />
            <source>Table lists per round and place cards as PDF</source>
            <translation>Pöytäluettelot kierroksittain ja pöytäkortit PDF-muodossa</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="122" />
            <source>Find your table</source>
            <translation>Löydä pöytäsi</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="123" />
            <source>Show first names and their table on the projector</source>
            <translation>Näytä etunimet ja pöydät projektorilla</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="130" />
            <source>Round</source>
            <translation>Kierros</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="135" />
            <source>Colour by</source>
            <translation>Väritys</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="160" />
            <source>Drag a member to another table, or select a member and press the table's number to move them; F fixes the seat (planning keeps it).</source>
            <translation>Vedä jäsen toiseen pöytään tai valitse jäsen ja paina pöydän numeroa siirtääksesi; F lukitsee paikan (suunnittelu säilyttää sen).</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="170" />
            <source>Seat the members at small, diverse tables for each round. Choose the number of tables and rounds above and plan all rounds: every table mirrors the assembly, and members meet as many different fellow members as possible.</source>
            <translation>Sijoita jäsenet pieniin, moninaisiin pöytiin joka kierroksella. Valitse pöytien ja kierrosten määrä yllä ja suunnittele kaikki kierrokset: jokainen pöytä heijastaa kansalaisraatia, ja jäsenet tapaavat mahdollisimman monta eri jäsentä.</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="214" />
            <source>Round {0}</source>
            <translation>Kierros {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="216" />
            <source> · day {0}</source>
            <translation> · päivä {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="239" />
            <source>all tables within ±1</source>
            <translation>kaikki pöydät ±1:n sisällä</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="239" />
            <source>some tables off by more than ±1</source>
            <translation>joissakin pöydissä poikkeama yli ±1</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="255" />
            <source>Warning: </source>
            <translation>Varoitus: </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tables/page.py" line="257" />
            <source> (and %n more)</source>
            <translation>
                <numerusform> (ja %n muu)</numerusform>
                <numerusform> (ja %n muuta)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="353" />
            <source>Planning failed: {0}</source>
            <translation>Suunnittelu epäonnistui: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="360" />
            <source>Planning cancelled; nothing was changed</source>
            <translation>Suunnittelu peruttiin; mitään ei muutettu</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="376" />
            <source>The chosen round belongs to no meeting day</source>
            <translation>Valittu kierros ei kuulu mihinkään kokouspäivään</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="394" />
            <source>Rebalanced for {0} members here: {1} moved today, {2} absent taken off, {3} later seats changed</source>
            <translation>Jaettu uudelleen {0} paikallaolijalle: {1} siirretty tänään, {2} poissaolijaa poistettu, {3} myöhempää paikkaa muutettu</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="489" />
            <source>Table lists</source>
            <translation>Pöytäluettelot</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="489" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="500" />
            <source>Table lists saved to {0}</source>
            <translation>Pöytäluettelot tallennettu: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="64" />
            <location filename="../../ui/tables/page.py" line="143" />
            <source>Undo</source>
            <translation>Kumoa</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="70" />
            <source>Rules and hosts…</source>
            <translation>Säännöt ja vetäjät…</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="72" />
            <source>Table names and hosts; members kept together or kept apart when planning</source>
            <translation>Pöytien nimet ja vetäjät; suunnittelussa yhdessä tai erillään pidettävät jäsenet</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="242" />
            <source>Repeats {0} · pairs met {1}% · deviation {2} · worst {3}: {4}</source>
            <translation>Toistot {0} · tavanneet parit {1} % · poikkeama {2} · suurin {3}: {4}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="346" />
            <source>{0} rounds planned: {1} repeats, worst deviation {2}</source>
            <translation>{0} kierrosta suunniteltu: {1} toistoa, suurin poikkeama {2}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="412" />
            <source>Undo the last move or fixed seat on the board, step by step (Ctrl+Z). Planning all rounds or rebalancing clears what can be undone.</source>
            <translation>Kumoa taulun viimeisin siirto tai lukitus askel kerrallaan (Ctrl+Z). Kaikkien kierrosten suunnittelu tai uudelleenjako tyhjentää kumottavat toiminnot.</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="416" />
            <source>Undo: {0}</source>
            <translation>Kumoa: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="418" />
            <source>Nothing to undo.</source>
            <translation>Ei kumottavaa.</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="438" />
            <source>Undone: {0} has no seat again</source>
            <translation>Kumottu: {0} on taas ilman paikkaa</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="444" />
            <source>Undone: {0}'s seat is fixed again</source>
            <translation>Kumottu: paikka lukittu taas ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="446" />
            <source>Undone: {0}'s seat is free again</source>
            <translation>Kumottu: paikka vapautettu taas ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="454" />
            <source>Undone: {0} moved back to {1}</source>
            <translation>Kumottu: {0} siirretty takaisin: {1}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="457" />
            <source>Could not undo: {0}</source>
            <translation>Kumoaminen epäonnistui: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/tables/page.py" line="433" />
            <source>Not undone: {0} is no longer an active member</source>
            <translation>Ei kumottu: {0} ei ole enää aktiivinen jäsen</translation>
        </message>
    </context>
    <context>
        <name>Voting</name>
        <message>
            <location filename="../../ui/voting/models.py" line="26" />
            <source>Draft</source>
            <translation>Luonnos</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="27" />
            <source>Open</source>
            <translation>Auki</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="28" />
            <source>Closed</source>
            <translation>Suljettu</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="29" />
            <source>Published</source>
            <translation>Julkistettu</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="35" />
            <source>Yes / no / abstain</source>
            <translation>Kyllä / ei / tyhjä</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="36" />
            <source>Support scale</source>
            <translation>Kannatusasteikko</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="37" />
            <source>Approval</source>
            <translation>Hyväksyntä (rastita)</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="38" />
            <source>Dot voting</source>
            <translation>Pisteäänestys</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="39" />
            <source>Ranking</source>
            <translation>Järjestäminen</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="45" />
            <source>Valid votes cast</source>
            <translation>Annetut hyväksytyt äänet</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="46" />
            <source>All votes cast (incl. blank and spoilt)</source>
            <translation>Kaikki annetut äänet (ml. tyhjät ja hylätyt)</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="47" />
            <source>Members present</source>
            <translation>Paikalla olevat jäsenet</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="48" />
            <source>All members</source>
            <translation>Kaikki jäsenet</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="66" />
            <source>Ballot</source>
            <translation>Äänestys</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="67" />
            <source>Method</source>
            <translation>Menetelmä</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="68" />
            <source>State</source>
            <translation>Tila</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="69" />
            <source>Items</source>
            <translation>Kohdat</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="70" />
            <source>Votes</source>
            <translation>Äänet</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="111" />
            <source>Secret ballot</source>
            <translation>Salainen äänestys</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="165" />
            <source>No.</source>
            <translation>Nro</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="166" />
            <source>Recommendation</source>
            <translation>Suositus</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="167" />
            <source>Valid</source>
            <translation>Hyväksytyt</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="168" />
            <source>Blank</source>
            <translation>Tyhjät</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="169" />
            <source>Spoilt</source>
            <translation>Hylätyt</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="170" />
            <source>Support</source>
            <translation>Kannatus</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="171" />
            <source>Verdict</source>
            <translation>Ratkaisu</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="172" />
            <source>Rank</source>
            <translation>Sija</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="173" />
            <source>Borda</source>
            <translation>Borda</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="199" />
            <source>Adopted</source>
            <translation>Hyväksytty</translation>
        </message>
        <message>
            <location filename="../../ui/voting/models.py" line="201" />
            <source>Not adopted</source>
            <translation>Ei hyväksytty</translation>
        </message>
    </context>
    <context>
        <name>VotingPage</name>
        <message>
            <location filename="../../ui/voting/page.py" line="95" />
            <location filename="../../ui/voting/page.py" line="865" />
            <source>Voting</source>
            <translation>Äänestys</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="875" />
            <location filename="../../ui/voting/page.py" line="928" />
            <source>New ballot</source>
            <translation>Uusi äänestys</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="877" />
            <source>New ballot (Ctrl+Shift+N)</source>
            <translation>Uusi äänestys (Ctrl+Vaihto+N)</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="879" />
            <source>Save ballot</source>
            <translation>Tallenna äänestys</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="882" />
            <source>Reveal the count</source>
            <translation>Näytä ääntenlaskenta</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="884" />
            <source>Show the count on the projector (Ctrl+R)</source>
            <translation>Näytä ääntenlaskenta projektorilla (Ctrl+R)</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="887" />
            <source>Show on projector</source>
            <translation>Näytä projektorilla</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="889" />
            <source>Show this ballot on the projector (Ctrl+Shift+P)</source>
            <translation>Näytä tämä äänestys projektorilla (Ctrl+Vaihto+P)</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="891" />
            <source>Results overview on projector</source>
            <translation>Tulosyhteenveto projektorilla</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="893" />
            <source>Type papers</source>
            <translation>Syötä liput</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="906" />
            <source>Vote on the recommendations: create a ballot, open it, type the paper ballots or hand counts, and show the tally on the projector.</source>
            <translation>Äänestä suosituksista: luo äänestys, avaa se, syötä äänestysliput tai käsinlaskennat ja näytä ääntenlaskenta projektorilla.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="931" />
            <location filename="../../ui/voting/page.py" line="1138" />
            <source>Delete draft</source>
            <translation>Poista luonnos</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="933" />
            <source>Results overview</source>
            <translation>Tulosyhteenveto</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="934" />
            <source>Show all published results on the projector</source>
            <translation>Näytä kaikki julkistetut tulokset projektorilla</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="956" />
            <source>Open…</source>
            <translation>Avaa…</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="957" />
            <source>Close…</source>
            <translation>Sulje…</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="958" />
            <source>Publish…</source>
            <translation>Julkista…</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="959" />
            <source>Project</source>
            <translation>Projektori</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="961" />
            <location filename="../../ui/voting/page.py" line="1071" />
            <source>Reveal</source>
            <translation>Näytä</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="982" />
            <source>Ballot</source>
            <translation>Äänestys</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="983" />
            <source>Papers</source>
            <translation>Liput</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="984" />
            <source>Hand count</source>
            <translation>Käsinlaskenta</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="985" />
            <source>Result</source>
            <translation>Tulos</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1061" />
            <source>secret</source>
            <translation>salainen</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1061" />
            <source>open (not secret)</source>
            <translation>avoin (ei salainen)</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1071" />
            <source>Revealed</source>
            <translation>Näytetty</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1105" />
            <source>Ballot {0}</source>
            <translation>Äänestys {0}</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1110" />
            <source>New ballot created</source>
            <translation>Uusi äänestys luotu</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1127" />
            <source>Ballot saved</source>
            <translation>Äänestys tallennettu</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1138" />
            <source>Delete the draft ballot “{0}”?</source>
            <translation>Poistetaanko äänestyksen luonnos ”{0}”?</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1143" />
            <source>Draft deleted</source>
            <translation>Luonnos poistettu</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1151" />
            <source>Open “{0}” for voting? Its method, items and options cannot be changed once it is open.</source>
            <translation>Avataanko ”{0}” äänestettäväksi? Menetelmää, kohtia ja vaihtoehtoja ei voi muuttaa avaamisen jälkeen.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1153" />
            <source>Open voting</source>
            <translation>Avaa äänestys</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1155" />
            <source>Voting is open</source>
            <translation>Äänestys on auki</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1162" />
            <source>Close “{0}”? No more votes can be added, and the result is sealed.</source>
            <translation>Suljetaanko ”{0}”? Ääniä ei voi enää lisätä, ja tulos sinetöidään.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1166" />
            <source>{0} papers are typed only once and {1} disagree: they will NOT be counted.</source>
            <translation>{0} lippua on syötetty vain kerran ja {1} lipun syötöt eroavat: niitä EI lasketa.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1169" />
            <source>Close voting</source>
            <translation>Sulje äänestys</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1174" />
            <source>Voting closed and the result sealed</source>
            <translation>Äänestys suljettu ja tulos sinetöity</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1181" />
            <source>Publish the result of “{0}”? It is then shown in the results overview.</source>
            <translation>Julkistetaanko äänestyksen ”{0}” tulos? Se näkyy sen jälkeen tulosyhteenvedossa.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1184" />
            <source>Publish result</source>
            <translation>Julkista tulos</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1187" />
            <source>Result published</source>
            <translation>Tulos julkistettu</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1202" />
            <source>Count revealed on the projector</source>
            <translation>Ääntenlaskenta näkyy projektorilla</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1202" />
            <source>Count hidden</source>
            <translation>Ääntenlaskenta piilotettu</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1212" />
            <location filename="../../ui/voting/page.py" line="1228" />
            <source>The projector is not available.</source>
            <translation>Projektori ei ole käytettävissä.</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1221" />
            <source>The ballot is on the projector</source>
            <translation>Äänestys näkyy projektorilla</translation>
        </message>
        <message>
            <location filename="../../ui/voting/page.py" line="1233" />
            <source>The results overview is on the projector</source>
            <translation>Tulosyhteenveto näkyy projektorilla</translation>
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
            <translation>Päivä {0} · {1}</translation>
        </message>
    </context>
    <context>
        <name>WithdrawDialog</name>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="49" />
            <source>Withdraw and replace member {0}</source>
            <translation>Jäsenen {0} ero ja korvaaminen</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="55" />
            <source>&lt;b&gt;Member {0}: {1}&lt;/b&gt; – {2}</source>
            <translation>&lt;b&gt;Jäsen {0}: {1}&lt;/b&gt; – {2}</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="66" />
            <source>e.g. moved away, illness, no longer wishes to take part</source>
            <translation>esim. muutti pois, sairaus, ei halua enää osallistua</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="67" />
            <source>Withdrawn on</source>
            <translation>Eronnut (pvm)</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="68" />
            <source>Reason</source>
            <translation>Syy</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="77" />
            <source>Reserves, best first: the same values as member {0} first, then those who bring the assembly's profile closest to how it was drawn, then the lottery's reserve order.</source>
            <translation>Varajäsenet parhaasta alkaen: ensin ne, joilla on samat arvot kuin jäsenellä {0}, sitten ne, jotka tuovat raadin profiilin lähimmäs arvottua, sitten arvonnan varajäsenjärjestys.</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="84" />
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="84" />
            <source>Same values</source>
            <translation>Samat arvot</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="84" />
            <source>Reserve no.</source>
            <translation>Varajäsen nro</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="97" />
            <source>{0} of {1}</source>
            <translation>{0}/{1}</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="105" />
            <source>There are no reserves left. Draw more in the Lottery area, or add a member by hand.</source>
            <translation>Varajäseniä ei ole jäljellä. Arvo lisää Arvonta-osiossa tai lisää jäsen käsin.</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="117" />
            <source>replaced by no. {0}</source>
            <translation>korvaaja nro {0}</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="119" />
            <source>not replaced yet</source>
            <translation>ei vielä korvattu</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="121" />
            <source>No.</source>
            <translation>Nro</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="123" />
            <source>Withdrawals so far:</source>
            <translation>Eroja tähän mennessä:</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="133" />
            <source>Withdraw only</source>
            <translation>Vain ero</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="134" />
            <source>Withdraw and replace</source>
            <translation>Ero ja korvaus</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="137" />
            <source>Replace</source>
            <translation>Korvaa</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="160" />
            <source>Member {0} withdrawn</source>
            <translation>Jäsen {0} on eronnut</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="171" />
            <source>Choose the reserve who replaces the member.</source>
            <translation>Valitse jäsenen korvaava varajäsen.</translation>
        </message>
        <message>
            <location filename="../../ui/members/withdraw_dialog.py" line="188" />
            <source>{0} replaces member {1} as member {2}</source>
            <translation>{0} korvaa jäsenen {1} jäsenenä {2}</translation>
        </message>
    </context>
    <context>
        <name>ProjectorController</name>
        <message>
            <source>No second screen: the projector is a window in the corner of this screen; F5 hides it, Shift+F5 shows its controls</source>
            <translation>Ei toista näyttöä: projektori on ikkuna tämän näytön kulmassa; F5 piilottaa sen, Vaihto+F5 näyttää sen painikkeet</translation>
        </message>
    </context>
    <context>
        <name>AssemblySettingsDialog</name>
        <message>
            <source>Assembly settings</source>
            <translation>Kansalaisraadin asetukset</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nimi</translation>
        </message>
        <message>
            <source>The question the assembly answers, as the commissioning body put it</source>
            <translation>Kysymys, johon kansalaisraati vastaa, toimeksiantajan muotoilemana</translation>
        </message>
        <message>
            <source>&amp;Remit question</source>
            <translation>&amp;Tehtävän kysymys</translation>
        </message>
        <message>
            <source>e.g. Sundby Municipality</source>
            <translation>esim. Sundbyn kunta</translation>
        </message>
        <message>
            <source>&amp;Commissioned by</source>
            <translation>&amp;Toimeksiantaja</translation>
        </message>
        <message>
            <source>&amp;Town</source>
            <translation>&amp;Paikkakunta</translation>
        </message>
        <message>
            <source>The language of the report, the printouts and the members' phone pages</source>
            <translation>Raportin, tulosteiden ja jäsenten puhelinsivujen kieli</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Kieli</translation>
        </message>
        <message>
            <source>The share of votes a recommendation needs to be adopted; new ballots start with it</source>
            <translation>Ääniosuus, jonka suositus tarvitsee tullakseen hyväksytyksi; uudet äänestykset alkavat siitä</translation>
        </message>
        <message>
            <source>Default &amp;threshold</source>
            <translation>Oletus&amp;kynnys</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Valitse…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Poista</translation>
        </message>
        <message>
            <source>Lo&amp;go</source>
            <translation>Lo&amp;go</translation>
        </message>
        <message>
            <source>The logo goes on the report's cover (PNG or JPEG, at most 2 MB).</source>
            <translation>Logo tulee raportin kanteen (PNG tai JPEG, enintään 2 Mt).</translation>
        </message>
        <message>
            <source>Choose a logo</source>
            <translation>Valitse logo</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Kuvat (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>{0}: cannot be read ({1})</source>
            <translation>{0}: ei voi lukea ({1})</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Ei logoa</translation>
        </message>
        <message>
            <source>The settings of {0} are saved</source>
            <translation>Kohteen {0} asetukset on tallennettu</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
    </context>
</TS>

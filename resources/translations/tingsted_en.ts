<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>CompareView</name>
        <message numerus="yes">
            <location filename="../../ui/recommendations/compare.py" line="1" />
            <source>%n word(s) added</source>
            <translation>
                <numerusform>%n word added</numerusform>
                <numerusform>%n words added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/recommendations/compare.py" line="1" />
            <source>%n word(s) removed</source>
            <translation>
                <numerusform>%n word removed</numerusform>
                <numerusform>%n words removed</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CountdownView</name>
        <message numerus="yes">
            <location filename="../../ui/projector/countdown.py" line="60" />
            <source>%n minute(s) left</source>
            <translation>
                <numerusform>%n minute left</numerusform>
                <numerusform>%n minutes left</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EvaluationTab</name>
        <message numerus="yes">
            <location filename="../../ui/reports/page.py" line="608" />
            <source>%n response(s)</source>
            <translation>
                <numerusform>%n response</numerusform>
                <numerusform>%n responses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reports/page.py" line="611" />
            <source>{0}: average {1} of {2}, %n answer(s)</source>
            <translation>
                <numerusform>{0}: average {1} of {2}, %n answer</numerusform>
                <numerusform>{0}: average {1} of {2}, %n answers</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HandCountForm</name>
        <message numerus="yes">
            <location filename="../../ui/voting/page.py" line="764" />
            <source>%n member(s) present.</source>
            <translation>
                <numerusform>%n member present.</numerusform>
                <numerusform>%n members present.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <location filename="../../ui/members/import_dialog.py" line="282" />
            <source>✓ All %n row(s) are ready to import.</source>
            <translation>
                <numerusform>✓ %n row is ready to import.</numerusform>
                <numerusform>✓ All %n rows are ready to import.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/members/import_dialog.py" line="316" />
            <source>Import %n member(s)</source>
            <translation>
                <numerusform>Import %n member</numerusform>
                <numerusform>Import %n members</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/members/import_dialog.py" line="342" />
            <source>%n member(s) imported</source>
            <translation>
                <numerusform>%n member imported</numerusform>
                <numerusform>%n members imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/members/import_dialog.py" line="344" />
            <source>; %n row(s) with problems skipped</source>
            <translation>
                <numerusform>; %n row with problems skipped</numerusform>
                <numerusform>; %n rows with problems skipped</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LotteryPage</name>
        <message numerus="yes">
            <location filename="../../ui/lottery/page.py" line="452" />
            <source>%n respondent(s) in the pool</source>
            <translation>
                <numerusform>%n respondent in the pool</numerusform>
                <numerusform>%n respondents in the pool</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/lottery/page.py" line="546" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/lottery/page.py" line="554" />
            <source>%n respondent(s) imported</source>
            <translation>
                <numerusform>%n respondent imported</numerusform>
                <numerusform>%n respondents imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/lottery/page.py" line="800" />
            <source>%n member(s) made from the draw</source>
            <translation>
                <numerusform>%n member made from the draw</numerusform>
                <numerusform>%n members made from the draw</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgramPage</name>
        <message numerus="yes">
            <location filename="../../ui/program/page.py" line="1" />
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n file</numerusform>
                <numerusform>%n files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/program/page.py" line="1120" />
            <source>%n question(s) grouped</source>
            <translation>
                <numerusform>%n question grouped</numerusform>
                <numerusform>%n questions grouped</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecommendationListModel</name>
        <message numerus="yes">
            <location filename="../../ui/recommendations/models.py" line="1" />
            <source>%n initiative(s)</source>
            <translation>
                <numerusform>%n initiative</numerusform>
                <numerusform>%n initiatives</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecommendationStatus</name>
        <message numerus="yes">
            <location filename="../../ui/recommendations/models.py" line="1" />
            <source>%n open amendment(s)</source>
            <translation>
                <numerusform>%n open amendment</numerusform>
                <numerusform>%n open amendments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecommendationsPage</name>
        <message numerus="yes">
            <location filename="../../ui/recommendations/page.py" line="1" />
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>%n recommendation</numerusform>
                <numerusform>%n recommendations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/recommendations/page.py" line="1" />
            <source>%n version(s)</source>
            <translation>
                <numerusform>%n version</numerusform>
                <numerusform>%n versions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/recommendations/page.py" line="1" />
            <source>%n recommendation(s) imported</source>
            <translation>
                <numerusform>%n recommendation imported</numerusform>
                <numerusform>%n recommendations imported</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TablesPage</name>
        <message numerus="yes">
            <location filename="../../ui/tables/page.py" line="257" />
            <source> (and %n more)</source>
            <translation>
                <numerusform> (and %n more)</numerusform>
                <numerusform> (and %n more)</numerusform>
            </translation>
        </message>
    </context>
</TS>

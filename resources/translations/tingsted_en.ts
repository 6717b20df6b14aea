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
            <location filename="../../ui/lottery/page.py" line="554" />
            <source>%n respondent(s) imported</source>
            <translation>
                <numerusform>%n respondent imported</numerusform>
                <numerusform>%n respondents imported</numerusform>
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
</TS>

package reportcheck.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import reportcheck.analysis.FactBuilder;
import reportcheck.engine.Checker;
import reportcheck.engine.RuleBase;
import reportcheck.finding.Finding;
import reportcheck.input.LoadedReport;
import reportcheck.support.Engine;
import reportcheck.text.SourceText;

/** A profile under rules/data/profiles changes what a report must contain, with no code change. */
class ProfileTest {
    private static final String REPORT = """
            某区司法局2023年法治政府建设年度报告
            2023年，我局扎实推进法治政府建设。
            一、2023年推进法治政府建设的主要举措和成效
            （一）完善依法决策机制。全年审查重大行政决策事项12件。
            二、2023年推进法治政府建设存在的不足和原因
            执法人员专业能力有待提升。
            三、2023年党政主要负责人履行推进法治建设第一责任人职责情况
            局主要负责人召开专题会议4次。
            四、2024年推进法治政府建设的主要安排
            深化行政执法规范化建设。
            某区司法局
            2024年3月10日
            """;

    private static List<Finding> missingParts(String profile, String text) {
        Checker checker = new Checker(RuleBase.load(Engine.RULES), new FactBuilder(Knowledge.load(Engine.RULES, profile)));
        return checker.check(new LoadedReport("t.txt", new SourceText(text), "txt", "UTF-8")).stream()
                .filter(f -> f.category().equals("missing-section")).toList();
    }

    @Test
    void theDefaultProfileFindsThisReportComplete() {
        assertEquals(List.of(), missingParts(Knowledge.DEFAULT_PROFILE, REPORT));
    }

    @Test
    void aLocalProfileRequiresItsExtraTopic() {
        List<Finding> fs = missingParts("enforcement-topics", REPORT);
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("missing-section.part", fs.get(0).ruleId());
        assertTrue(fs.get(0).evidence().contains("三项制度"), fs.get(0).evidence());
        assertTrue(fs.get(0).suggestion().contains("2023年落实行政执法“三项制度”情况"), fs.get(0).suggestion());
    }

    @Test
    void theExtraTopicUnderAHeadingSatisfiesIt() {
        String withTopic = REPORT.replace("（一）完善依法决策机制。", "（一）全面落实行政执法“三项制度”。");
        assertEquals(List.of(), missingParts("enforcement-topics", withTopic));
    }

    @Test
    void anUnknownProfileIsNamedInTheError() {
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> Knowledge.load(Engine.RULES, "no-such"));
        assertTrue(e.getMessage().contains("no-such.json"), e.getMessage());
    }
}

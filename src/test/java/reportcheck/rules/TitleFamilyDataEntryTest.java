package reportcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportcheck.analysis.FactBuilder;
import reportcheck.engine.Checker;
import reportcheck.engine.RuleBase;
import reportcheck.finding.Finding;
import reportcheck.input.LoadedReport;
import reportcheck.knowledge.Knowledge;
import reportcheck.knowledge.KnowledgeException;
import reportcheck.support.TestRules;
import reportcheck.text.SourceText;

/**
 * A local document family is one entry in rules/data/title-families.json: a family or a span an
 * office adds is known to the rule base already built, and a malformed entry stops the run.
 */
class TitleFamilyDataEntryTest {
    private static final String REPORT = """
            某某县司法局2025年法治政府建设年度报告
            一、2025年推进法治政府建设的主要举措和成效
            落实《某某县法治乡村建设实施方案（2021—2026年）》，推进《某某县法治政府建设实施方案（2026—2031年）》起草。
            某某县司法局
            2026年2月10日
            """;

    @Test
    void aFamilyAddedToTheDataFileIsCheckedWithoutARebuild(@TempDir Path dir) throws IOException {
        TestRules.withExtra(dir, null, null);
        RuleBase rules = RuleBase.load(dir);
        List<Finding> before = familyFindings(rules, dir);
        assertEquals(List.of("《某某县法治政府建设实施方案（2026—2031年）》"), before.stream().map(Finding::evidence).toList(),
                "the 2026 round ends in 2030; 法治乡村 is no family yet");

        Path file = dir.resolve("data").resolve("title-families.json");
        String json = Files.readString(file, StandardCharsets.UTF_8);
        String entry = "{\"id\": \"local-village-plan\", \"name\": \"地方法治乡村建设实施方案\", "
                + "\"titles\": [\"{地名}法治乡村建设实施方案\"], \"spans\": [\"2021—2025\"], \"source\": \"本地文件\"},\n";
        Files.writeString(file, json.replaceFirst("\"families\": \\[\n", "\"families\": [\n    " + entry), StandardCharsets.UTF_8);
        List<Finding> after = familyFindings(rules, dir);
        assertEquals(2, after.size(), after.toString());
        Finding village = after.stream().filter(f -> f.evidence().contains("法治乡村")).findFirst().orElseThrow();
        assertEquals("citation.family-years", village.ruleId());
        assertTrue(village.suggestion().contains("《某某县法治乡村建设实施方案（2021—2025年）》"), village.suggestion());
    }

    @Test
    void aShapeWithoutItsPlaceOrASpanWrittenBackwardsStopsTheRun(@TempDir Path dir) throws IOException {
        TestRules.withExtra(dir, null, null);
        Path file = dir.resolve("data").resolve("title-families.json");
        String json = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, json.replace("\"{地名}法治政府建设规划\"", "\"法治政府建设规划\""), StandardCharsets.UTF_8);
        assertThrows(KnowledgeException.class, () -> Knowledge.load(dir, Knowledge.DEFAULT_PROFILE));
        Files.writeString(file, json.replace("\"2016—2020\"", "\"2020—2016\""), StandardCharsets.UTF_8);
        assertThrows(KnowledgeException.class, () -> Knowledge.load(dir, Knowledge.DEFAULT_PROFILE));
    }

    private static List<Finding> familyFindings(RuleBase rules, Path dir) {
        Checker checker = new Checker(rules, new FactBuilder(Knowledge.load(dir, Knowledge.DEFAULT_PROFILE)));
        return checker.check(new LoadedReport("test.txt", new SourceText(REPORT), "txt", "UTF-8")).stream()
                .filter(f -> f.ruleId().startsWith("citation.family-")).toList();
    }
}

package reportcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import reportcheck.support.TestRules;
import reportcheck.text.SourceText;

/** A fixed term an office adds is one entry in rules/data/fixed-terms.json: the same rule base knows it once the file says so. */
class FixedTermDataEntryTest {
    private static final String REPORT = """
            某某县司法局2025年法治政府建设年度报告
            一、2025年推进法治政府建设的主要举措和成效
            健全府院联运机制，召开联席会议2次，落实《某某县府院联运工作规则》。
            某某县司法局
            2026年2月10日
            """;

    @Test
    void aTermAddedToTheDataFileIsFoundWithoutARebuild(@TempDir Path dir) throws IOException {
        TestRules.withExtra(dir, null, null);
        RuleBase rules = RuleBase.load(dir);
        assertEquals(List.of(), termFindings(rules, dir), "no such term yet");

        Path terms = dir.resolve("data").resolve("fixed-terms.json");
        String entry = "{\"id\": \"court-government-linkage\", \"wrong\": \"府院联运\", \"right\": \"府院联动\", "
                + "\"severity\": \"error\", \"reason\": \"法院和政府的协作机制是“府院联动”\", \"norm\": \"本地文件\", "
                + "\"bad\": \"健全府院联运机制\"},\n";
        String json = Files.readString(terms, StandardCharsets.UTF_8);
        Files.writeString(terms, json.replaceFirst("\"terms\": \\[\n", "\"terms\": [\n    " + entry), StandardCharsets.UTF_8);
        List<Finding> found = termFindings(rules, dir);
        assertEquals(1, found.size(), "the title in 《》 is quoted as published: " + found);
        assertEquals("府院联运", found.get(0).evidence());
        assertEquals(3, found.get(0).line());
        assertTrue(found.get(0).message().contains("「府院联动」") && found.get(0).message().contains("本地文件"), found.get(0).message());

        // marked inTitles, the same entry reaches into the title as well
        Files.writeString(terms, json.replaceFirst("\"terms\": \\[\n", "\"terms\": [\n    "
                + entry.replace("\"bad\"", "\"inTitles\": true, \"bad\"")), StandardCharsets.UTF_8);
        assertEquals(2, termFindings(rules, dir).size());
    }

    private static List<Finding> termFindings(RuleBase rules, Path dir) {
        Checker checker = new Checker(rules, new FactBuilder(Knowledge.load(dir, Knowledge.DEFAULT_PROFILE)));
        return checker.check(new LoadedReport("test.txt", new SourceText(REPORT), "txt", "UTF-8")).stream()
                .filter(f -> f.ruleId().equals("style.fixed-term")).toList();
    }
}

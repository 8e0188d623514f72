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

/** A new law is one entry in rules/data/laws.json: the same rule base knows it once the file says so. */
class LawDataEntryTest {
    private static final String REPORT = """
            某某县数据局2025年法治政府建设年度报告
            一、2025年推进法治政府建设的主要举措和成效
            全面贯彻《数字政府建设管理条例》，推进政务数据共享。
            某某县数据局
            2026年2月10日
            """;

    @Test
    void aLawAddedToTheDataFileIsKnownWithoutARebuild(@TempDir Path dir) throws IOException {
        TestRules.withExtra(dir, null, null);
        RuleBase rules = RuleBase.load(dir);
        assertEquals(List.of(), lawFindings(rules, dir), "no law of that name yet: nothing is near");

        Path laws = dir.resolve("data").resolve("laws.json");
        String entry = "{\"title\": \"数字政府建设条例\", \"short\": \"数字政府建设条例\", \"kind\": \"regulation\", "
                + "\"adopted\": \"2026-01-01\", \"source\": \"test\"},\n";
        String json = Files.readString(laws, StandardCharsets.UTF_8);
        Files.writeString(laws, json.replaceFirst("\"laws\": \\[\n", "\"laws\": [\n    " + entry), StandardCharsets.UTF_8);
        List<Finding> found = lawFindings(rules, dir);
        assertEquals(1, found.size(), found.toString());
        assertEquals("《数字政府建设管理条例》", found.get(0).evidence());
        assertTrue(found.get(0).message().contains("多了“管理”") && found.get(0).message().contains("《数字政府建设条例》"),
                found.get(0).message());

        // the same name repealed: a report may cite it as it was, so nothing is said
        Files.writeString(laws, json.replaceFirst("\"repealed\": \\[\n", "\"repealed\": [\n    " + entry), StandardCharsets.UTF_8);
        assertEquals(List.of(), lawFindings(rules, dir));
    }

    private static List<Finding> lawFindings(RuleBase rules, Path dir) {
        Checker checker = new Checker(rules, new FactBuilder(Knowledge.load(dir, Knowledge.DEFAULT_PROFILE)));
        return checker.check(new LoadedReport("test.txt", new SourceText(REPORT), "txt", "UTF-8")).stream()
                .filter(f -> f.ruleId().startsWith("citation.law-name")).toList();
    }
}

package reportcheck.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import reportcheck.engine.RuleBase;
import reportcheck.engine.RuleMeta;
import reportcheck.support.Engine;

class RulesExplainCliTest {
    private final RuleBase rules = RuleBase.load(Engine.RULES);

    @Test
    void explainShowsTheRuleItsReasonAndAMarkedFireAndASilentFixture() {
        RuleMeta m = rules.rules().stream().filter(r -> r.id().equals("arithmetic.sum-mismatch")).findFirst().orElseThrow();
        Cli r = Cli.run("rules", "--explain", m.id());
        assertEquals(0, r.code, r.toString());
        assertTrue(r.out.startsWith(m.id() + "  " + m.title()), r.out);
        assertTrue(r.out.contains(m.explain()), r.out);
        // one fire and one silent fixture of this rule, named and shown with the evidence marked
        java.util.regex.Matcher fire = java.util.regex.Pattern
                .compile("rules/fixtures/arithmetic\\.sum-mismatch/(fire-[^）]+\\.txt)").matcher(r.out);
        java.util.regex.Matcher silent = java.util.regex.Pattern
                .compile("rules/fixtures/arithmetic\\.sum-mismatch/(silent-[^）]+\\.txt)").matcher(r.out);
        assertTrue(fire.find() && silent.find(), r.out);
        assertTrue(r.out.contains("⟦"), r.out);
        for (String name : java.util.List.of(fire.group(1), silent.group(1))) {
            String first = assertDoesNotThrow(() -> java.nio.file.Files.readAllLines(
                    Engine.RULES.resolve("fixtures").resolve("arithmetic.sum-mismatch").resolve(name))).get(0);
            assertTrue(r.out.contains(first), name + "\n" + r.out);
        }
    }

    @Test
    void everyRuleCanBeExplainedWithBothExamples() {
        // the explainer itself, once per rule: going through the CLI would compile the rules each time
        for (RuleMeta m : rules.rules()) {
            StringWriter w = new StringWriter();
            RuleExplainer.explain(m, Engine.RULES, new PrintWriter(w));
            assertTrue(w.toString().contains("会报告的例子（") && w.toString().contains("不会报告的例子（"), m.id() + "\n" + w);
        }
    }

    @Test
    void aRuleThatJudgesWithDataNamesTheFileItsEntriesAndOneOfThem() throws Exception {
        Cli r = Cli.run("rules", "--explain", "style.miswritten-word");
        assertEquals(0, r.code, r.toString());
        com.fasterxml.jackson.databind.JsonNode words = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Engine.RULES.resolve("data").resolve("miswritten-words.json").toFile()).get("words");
        assertTrue(r.out.contains("依据的数据：" + Engine.RULES.resolve("data").resolve("miswritten-words.json")), r.out);
        assertTrue(r.out.contains("words：" + words.size() + " 条，例如：" + words.get(0)), r.out);
        // the laws file names where the list was taken from; a rule without data names none
        // (the explainer itself: going through the CLI compiles the rules each time)
        String laws = explained("citation.law-name");
        assertTrue(laws.contains("laws.json") && laws.contains("来源：LawRefBook/Laws") && laws.contains("repealed："), laws);
        String sums = explained("arithmetic.sum-mismatch");
        assertTrue(!sums.contains("依据的数据"), sums);
    }

    @Test
    void aLongExampleIsCutToItsMarkedLinesAndSaysHowMuchIsLeftOut() {
        // a table rule's examples are whole 政府信息公开 reports of about sixty lines each
        String t = explained("arithmetic.table-balance");
        assertTrue(t.lines().count() < 60, t.lines().count() + " lines:\n" + t);
        assertTrue(t.contains("| （七）总计 | ⟦3⟧"), "the marked line is kept: " + t);
        assertTrue(t.contains("某县统计局2023年政府信息公开工作年度报告"), "the title line is kept: " + t);
        assertTrue(t.matches("(?s).*……（略去 \\d+ 行）.*"), t);
        // a short example is shown whole
        String sums = explained("arithmetic.sum-mismatch");
        assertTrue(!sums.contains("略去"), sums);
    }

    @Test
    void theExcerptKeepsContextAroundEachMarkAndCountsEveryGap() {
        StringBuilder sb = new StringBuilder("标题\n");
        for (int i = 1; i <= 40; i++) {
            sb.append(i == 20 ? "第⟦20⟧行" : "第" + i + "行").append('\n');
        }
        String e = RuleExplainer.excerpt(sb.toString().strip());
        assertEquals(List.of("标题", "……（略去 17 行）", "第18行", "第19行", "第⟦20⟧行", "第21行", "第22行",
                "……（略去 18 行）"), e.lines().toList());
        String unmarked = RuleExplainer.excerpt(sb.toString().replace("⟦", "").replace("⟧", "").strip());
        assertEquals(RuleExplainer.WHOLE / 2 + 1, unmarked.lines().count(), unmarked);
        assertTrue(unmarked.endsWith("……（略去 29 行）"), unmarked);
    }

    private String explained(String id) {
        StringWriter w = new StringWriter();
        RuleExplainer.explain(rules.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(), Engine.RULES,
                new PrintWriter(w));
        return w.toString();
    }

    @Test
    void aFindingFromADataEntryNamesTheEntrysSource() {
        String report = """
                某某县司法局2023年法治政府建设年度报告
                一、2023年推进法治政府建设的主要举措和成效
                年初对全年工作作出布署，推进法制政府建设。
                某某县司法局
                2024年1月15日
                """;
        java.util.List<reportcheck.finding.Finding> fs = reportcheck.support.Engine.check(report);
        reportcheck.finding.Finding typo = fs.stream().filter(f -> f.ruleId().equals("style.miswritten-word")).findFirst().orElseThrow();
        assertTrue(typo.message().contains("依据：《现代汉语词典》（第7版）"), typo.message());
        reportcheck.finding.Finding term = fs.stream().filter(f -> f.ruleId().equals("style.fixed-term")).findFirst().orElseThrow();
        assertTrue(term.message().contains("《法治政府建设实施纲要（2021—2025年）》"), term.message());
    }

    @Test
    void anUnknownIdIsAUsageErrorThatNamesCloseIds() {
        Cli r = Cli.run("rules", "--explain", "numbering");
        assertEquals(2, r.code, r.toString());
        assertTrue(r.err.contains("「numbering」") && r.err.contains("numbering.skipped"), r.err);
        assertEquals("", r.out);
    }

    @Test
    void theListNamesEveryRuleOnce() {
        Cli r = Cli.run("rules");
        assertEquals(0, r.code, r.toString());
        // the DRL rules and the cross-report rules made in Java, each on one line
        List<RuleMeta> all = new java.util.ArrayList<>(rules.rules());
        all.addAll(reportcheck.copies.CopyRules.ALL);
        assertEquals(all.size(), r.out.lines().count(), r.out);
        for (RuleMeta m : all) {
            assertEquals(1, r.out.lines().filter(l -> l.startsWith(m.id() + " ")).count(), m.id());
        }
    }
}

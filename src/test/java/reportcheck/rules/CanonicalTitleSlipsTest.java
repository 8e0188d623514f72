package reportcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import reportcheck.facts.CanonicalTitle;
import reportcheck.finding.Finding;
import reportcheck.knowledge.Reference;
import reportcheck.support.Engine;

/**
 * Every document of rules/data/canonical-titles.json, cited by its exact title, is silent; with one
 * character of its name changed, it is found and named (a name shorter than eight characters, such
 * as 禁毒法, is only ever compared whole).
 */
class CanonicalTitleSlipsTest {
    private static final Set<String> TITLE_RULES = Set.of("citation.title-wording", "citation.law-name",
            "citation.law-name-word");
    private final List<CanonicalTitle> titles = Reference.load(Engine.RULES.resolve("data")).titles();

    @Test
    void exactTitlesAreSilentAndOneSlipIsFound() {
        List<String> exact = new ArrayList<>();
        List<String> slipped = new ArrayList<>();
        Set<Integer> slippedLines = new TreeSet<>();
        for (CanonicalTitle t : titles) {
            exact.add("认真贯彻《" + t.getTitle() + "》，抓好落实。");
            // the name without 中华人民共和国 and without a bracketed year range or numeral
            int from = t.getTitle().startsWith("中华人民共和国") ? 7 : 0;
            int to = t.getTitle().endsWith("）") ? t.getTitle().lastIndexOf('（') : t.getTitle().length();
            if (to - from < 8) {
                continue;
            }
            int at = from + (to - from) / 2;
            char c = t.getTitle().charAt(at);
            String slip = t.getTitle().substring(0, at) + (c == '甲' ? '乙' : '甲') + t.getTitle().substring(at + 1);
            slipped.add("认真贯彻《" + slip + "》，抓好落实。");
            slippedLines.add(slipped.size() + 2);
        }
        assertTrue(titles.size() >= 120, titles.size() + " titles");
        assertEquals(List.of(), titleFindings(exact).stream().map(Finding::evidence).toList());
        List<Finding> found = titleFindings(slipped);
        Set<Integer> lines = new TreeSet<>();
        found.stream().filter(f -> f.ruleId().equals("citation.title-wording")).forEach(f -> lines.add(f.line()));
        Set<Integer> missed = new TreeSet<>(slippedLines);
        missed.removeAll(lines);
        assertEquals(Set.of(), missed, "not found: " + missed.stream().map(l -> slipped.get(l - 3)).toList());
        assertEquals(slippedLines, lines);
    }

    private static List<Finding> titleFindings(List<String> body) {
        String report = "某某县司法局2025年法治政府建设年度报告\n一、2025年推进法治政府建设的主要举措和成效\n"
                + String.join("\n", body) + "\n某某县司法局\n2026年2月10日\n";
        return Engine.check(report).stream().filter(f -> TITLE_RULES.contains(f.ruleId())).toList();
    }
}

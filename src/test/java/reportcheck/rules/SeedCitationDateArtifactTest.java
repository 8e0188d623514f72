package reportcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import reportcheck.engine.RuleBase;
import reportcheck.engine.RuleMeta;
import reportcheck.finding.Finding;
import reportcheck.input.Readers;
import reportcheck.support.Engine;

/**
 * The seed reports through the whole rule set, looking only at the rules of citation.drl,
 * date.drl, artifact.drl and terms.drl: each seed-table row of those families is found at its
 * line with its evidence, and nothing else is reported (so what DOMAIN.md lists as right, and
 * 001's plan part dated 2024-03-13, stays silent).
 */
class SeedCitationDateArtifactTest {
    private static final Set<String> FILES = Set.of("citation.drl", "date.drl", "artifact.drl", "terms.drl");
    private static final Set<String> OURS = RuleBase.load(Engine.RULES).rules().stream()
            .filter(m -> FILES.contains(Path.of(m.file()).getFileName().toString()))
            .map(RuleMeta::id).collect(Collectors.toSet());

    @Test
    void seed000FirstResponsibleMiswrittenAndSignedInNovember() throws Exception {
        assertEquals(List.of(
                "style.fixed-term 8 第一负责人",
                "date.signed-in-year 19 2021年11月24日"), found("000_c24621536ea822c3.txt"));
    }

    /**
     * Line 8's 2021—2026 outline is reported by contradiction.citation-years (see SeedReportsTest).
     * The 2023 report is signed in 2024, so line 14's 今年以来 names the wrong year: date.this-year.
     */
    @Test
    void seed001SpeaksOfAsOfNow() throws Exception {
        assertEquals(List.of(
                "date.as-of-now 14 截至目前",
                "date.as-of-now 26 截至目前",
                "date.as-of-now 33 截至目前"), found("001_d0b205e319d16db8.txt"));
        var report = Readers.standard().read(Path.of("seeds", "001_d0b205e319d16db8.txt"), "001");
        assertEquals(List.of("14 今年以来"), Engine.checker().check(report).stream()
                .filter(x -> x.ruleId().equals("date.this-year")).map(x -> x.line() + " " + x.evidence()).toList());
    }

    @Test
    void seed002SocietyOutlineWithoutNian() throws Exception {
        assertEquals(List.of(
                "citation.title-year-suffix 15 《法治社会建设实施纲要(2020—2025)》"), found("002_ada55667925c30fd.txt"));
    }

    @Test
    void seed003WebPageFieldsAndAsOfNow() throws Exception {
        List<String> f = found("003_c301495cfdadc365.txt");
        // the two lines of page information are one block, reported once
        assertEquals(List.of(
                "artifact.page-meta 2 发布时间:2021-03-18 10:31:38\n来源:区公安分局 点击率:"), f.subList(0, 1));
        assertEquals(List.of(9, 13, 15, 17, 17, 25, 29, 29, 37), f.subList(1, f.size()).stream()
                .map(s -> s.startsWith("date.as-of-now ") ? Integer.parseInt(s.split(" ")[1]) : -1).toList());
    }

    @Test
    void seed004NavigationBarAndSignedInNovember() throws Exception {
        List<String> f = found("004_35dadc3a6d6d35d1.txt");
        assertEquals("artifact.nav-bar 1 >> 阳光执法 | >> 行政执法公开 | >> 法治政府建设年度报告和工作要点 |", f.get(0));
        assertEquals("date.signed-in-year 18 2018年11月30日", f.get(f.size() - 1));
        // the bureau's own 分工方案(2018-2019), a local title that cannot be checked: a hint to look at 年
        assertEquals("citation.plan-year-suffix 9 (2018-2019)", f.get(1));
        assertEquals(List.of(10, 11, 11, 11, 12, 13), f.subList(2, f.size() - 1).stream()
                .map(s -> s.startsWith("date.as-of-now ") ? Integer.parseInt(s.split(" ")[1]) : -1).toList());
    }

    /** "rule line evidence" of the findings of our rules, in document order. */
    private static List<String> found(String seed) throws Exception {
        assertFalse(OURS.isEmpty());
        var report = Readers.standard().read(Path.of("seeds", seed), seed);
        List<Finding> all = Engine.checker().check(report);
        return all.stream().filter(x -> OURS.contains(x.ruleId()))
                .map(x -> x.ruleId() + " " + x.line() + " " + x.evidence()).toList();
    }
}

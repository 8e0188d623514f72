package reportcheck.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportcheck.finding.CheckResult;
import reportcheck.finding.Finding;
import reportcheck.finding.Severity;

class FindingFilterTest {
    @TempDir
    Path dir;

    private static Finding finding(String rule, int line, String evidence) {
        return new Finding(rule, rule.substring(0, rule.indexOf('.')), Severity.WARNING, "t", line, 1, line, 2,
                evidence, "m", "s", List.of());
    }

    private static CheckResult result(String source, Finding... fs) {
        return new CheckResult(source, CheckResult.CHECKED, "txt", "UTF-8", null, null, null, List.of(fs), null, null);
    }

    private static List<String> show(CheckResult r) {
        return r.findings().stream().map(f -> f.ruleId() + "@" + f.line() + " " + f.severity().id()).toList();
    }

    @Test
    void aRuleSettingWinsOverItsCategory() {
        RuleConfig c = RuleConfig.none().with(List.of("numbering"), Map.of("style", "info", "style.a", "error"));
        CheckResult r = new FindingFilter(c, Baseline.none()).apply(result("x.txt",
                finding("style.a", 1, "e"), finding("style.b", 2, "e"), finding("numbering.c", 3, "e")));
        assertEquals(List.of("style.a@1 error", "style.b@2 info"), show(r));
    }

    @Test
    void eachBaselineEntryAcceptsOneFindingOfItsReportWhateverTheLine() {
        Baseline b = new Baseline(List.of(new Baseline.Entry("a.txt", "style.a", "约1300余人次"),
                new Baseline.Entry(null, "style.b", "——")));
        FindingFilter filter = new FindingFilter(RuleConfig.none(), b);
        CheckResult a = filter.apply(result("reports/2023/a.txt", finding("style.a", 40, "约1300余人次"),
                finding("style.a", 41, "约1300余人次"), finding("style.b", 42, "——"), finding("style.b", 43, "——")));
        assertEquals(List.of("style.a@41 warning", "style.b@43 warning"), show(a));
        CheckResult other = filter.apply(result("b.txt", finding("style.a", 5, "约1300余人次"), finding("style.b", 6, "——")));
        assertEquals(List.of("style.a@5 warning"), show(other));
        assertEquals(3, filter.accepted());
        assertEquals(6, filter.seen().entries().size());
    }

    /** Workers finish in any order; two same-named reports in different folders must not interleave by it. */
    @Test
    void theWrittenBaselineIsInTheSameOrderWhicheverReportFinishesFirst() {
        CheckResult x = result("2022/a.txt", finding("style.a", 1, "x1"), finding("style.a", 2, "x2"));
        CheckResult y = result("2023/a.txt", finding("style.a", 1, "y1"), finding("style.a", 2, "y2"));
        FindingFilter first = new FindingFilter(RuleConfig.none(), Baseline.none());
        first.apply(x);
        first.apply(y);
        FindingFilter second = new FindingFilter(RuleConfig.none(), Baseline.none());
        second.apply(y);
        second.apply(x);
        assertEquals(List.of("x1", "x2", "y1", "y2"), first.seen().entries().stream().map(Baseline.Entry::evidence).toList());
        assertEquals(first.seen().entries(), second.seen().entries());
    }

    @Test
    void aWrittenBaselineReadsBack() throws Exception {
        Baseline b = new Baseline(List.of(new Baseline.Entry("a.txt", "style.a", "x\ny"), new Baseline.Entry(null, "r.b", "z")));
        Path file = dir.resolve("sub/baseline.json");
        b.write(file);
        assertEquals(b.entries(), Baseline.load(file).entries());
    }

    @Test
    void malformedFilesAreRefusedWithTheirName() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"accepted\": [{\"rule\": \"r\"}], \"version\": 1}");
        ConfigException e = assertThrows(ConfigException.class, () -> Baseline.load(bad));
        assertEquals(true, e.getMessage().contains(bad.toString()), e.getMessage());
        Files.writeString(bad, "{\"severity\": {\"style\": \"loud\"}}");
        assertThrows(ConfigException.class, () -> RuleConfig.load(bad));
        Files.writeString(bad, "[1, 2]");
        assertThrows(ConfigException.class, () -> RuleConfig.load(bad));
        assertThrows(ConfigException.class, () -> RuleConfig.load(dir.resolve("missing.json")));
    }
}

package reportcheck.copies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import reportcheck.engine.RuleMeta;
import reportcheck.finding.Finding;
import reportcheck.finding.Related;
import reportcheck.fixtures.BatchFixture;
import reportcheck.fixtures.Fixture;
import reportcheck.input.LoadedReport;
import reportcheck.knowledge.Knowledge;
import reportcheck.support.Engine;
import reportcheck.text.SourceText;

/**
 * Runs the folder fixtures of the cross-report findings, the way a batch with
 * {@code --cross-report} and {@code --compare-with} runs them: a fire case must yield exactly
 * the marked paragraphs for its rule, each pointing at another report; a silent case none.
 */
class CopyFixturesTest {
    @TestFactory
    Stream<DynamicTest> fixtures() {
        List<BatchFixture> all = new ArrayList<>();
        for (RuleMeta m : CopyRules.ALL) {
            all.addAll(BatchFixture.forRule(Engine.RULES, m.id()));
        }
        assertFalse(all.isEmpty());
        return all.stream().map(f -> DynamicTest.dynamicTest(f.name(), () -> run(f)));
    }

    private static void run(BatchFixture f) {
        CopyFinder finder = new CopyFinder(CopySettings.defaults(true),
                Knowledge.load(Engine.RULES, Knowledge.DEFAULT_PROFILE).stockPhrases());
        CopyResult result = finder.find(reports(finder, f.reports()), reports(finder, f.earlier()));
        List<String> expected = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (int i = 0; i < f.reports().size(); i++) {
            Fixture report = f.reports().get(i);
            report.expected().forEach(e -> expected.add(report.name() + " " + e.line() + ":" + e.column() + " "
                    + e.evidence()));
            for (Finding x : result.findings().get(i)) {
                if (!x.ruleId().equals(f.ruleId())) {
                    continue;
                }
                found.add(report.name() + " " + x.line() + ":" + x.column() + " " + x.evidence());
                assertFalse(x.related().isEmpty(), x.message());
                for (Related r : x.related()) {
                    assertTrue(r.source() != null && !r.source().equals(report.name()), "other report: " + r);
                    assertTrue(x.message().contains(x.related().get(0).source() + " 第" + x.related().get(0).line()
                            + "行"), "message names the other file and line: " + x.message());
                }
            }
        }
        if (f.fire()) {
            assertFalse(expected.isEmpty(), f.name() + " marks nothing");
        }
        assertEquals(expected.stream().sorted().toList(), found.stream().sorted().toList(), f.name());
    }

    private static List<CopyFinder.Report> reports(CopyFinder finder, List<Fixture> texts) {
        List<CopyFinder.Report> out = new ArrayList<>();
        for (Fixture t : texts) {
            var facts = Engine.checker().facts(new LoadedReport(t.name(), new SourceText(t.text()), "txt", "UTF-8"));
            out.add(new CopyFinder.Report(t.name(), finder.passages(facts), TableCarry.of(facts)));
        }
        return out;
    }
}

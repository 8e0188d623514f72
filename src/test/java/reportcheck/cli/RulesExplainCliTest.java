package reportcheck.cli;

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
        assertTrue(r.out.contains("fire-other-items.txt") && r.out.contains("⟦分局行政权力事项清单共有520项"), r.out);
        assertTrue(r.out.contains("silent-sums-that-add-up.txt") && r.out.contains("共有514项"), r.out);
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

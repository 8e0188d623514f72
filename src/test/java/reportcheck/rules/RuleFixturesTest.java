package reportcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import reportcheck.finding.Finding;
import reportcheck.fixtures.Fixture;
import reportcheck.fixtures.Fixtures;
import reportcheck.support.Engine;

/**
 * Runs every fixture under rules/fixtures against the whole rule set: a fire case must yield
 * exactly the marked evidence (place and text) for its rule, a silent case none.
 */
class RuleFixturesTest {
    @TestFactory
    Stream<DynamicTest> fixtures() {
        List<Fixture> all = Fixtures.load(Engine.RULES);
        assertFalse(all.isEmpty(), "no fixtures found under rules/fixtures");
        return all.stream().map(f -> DynamicTest.dynamicTest(f.name(), () -> run(f)));
    }

    private static void run(Fixture f) {
        List<Finding> found = Engine.check(f.text(), f.ruleId());
        if (!f.fire()) {
            assertEquals(List.of(), describe(found), f.name() + " must stay silent");
            return;
        }
        if (f.expected().isEmpty()) {
            assertEquals(1, found.size(), f.name() + " expects one whole-document finding, got " + describe(found));
            assertNull(found.get(0).line(), f.name() + ": a whole-document finding has no line");
            return;
        }
        List<String> expected = f.expected().stream()
                .map(e -> e.line() + ":" + e.column() + " " + e.evidence()).sorted().toList();
        assertEquals(expected, describe(found), f.name());
    }

    private static List<String> describe(List<Finding> fs) {
        return fs.stream().map(x -> x.line() + ":" + x.column() + " " + x.evidence()).sorted().toList();
    }
}

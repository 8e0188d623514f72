package reportcheck.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import reportcheck.engine.RuleBase;
import reportcheck.engine.RuleMeta;
import reportcheck.fixtures.Fixture;
import reportcheck.fixtures.Fixtures;
import reportcheck.support.Engine;

/** Conventions every rule keeps: complete metadata, an explanation, fixtures that fire and stay silent. */
class RuleConventionsTest {
    private final RuleBase rules = RuleBase.load(Engine.RULES);

    @Test
    void everyRuleHasAnExplanationAndAnIdNamedAfterItsCategory() {
        for (RuleMeta m : rules.rules()) {
            assertTrue(m.explain() != null && !m.explain().isBlank(), m.id() + " has no @explain");
            assertTrue(m.id().startsWith(m.category() + "."), m.id() + " should start with its category " + m.category());
        }
    }

    @Test
    void everyRuleHasFixturesThatFireAndFixturesThatStaySilent() {
        for (RuleMeta m : rules.rules()) {
            List<Fixture> fx = Fixtures.forRule(Engine.RULES, m.id());
            assertTrue(fx.stream().anyMatch(Fixture::fire), m.id() + " has no fire-*.txt fixture");
            assertTrue(fx.stream().anyMatch(f -> !f.fire()), m.id() + " has no silent-*.txt fixture");
        }
    }

    @Test
    void everyFixtureFolderNamesARule() throws Exception {
        Set<String> ids = rules.rules().stream().map(RuleMeta::id).collect(Collectors.toSet());
        try (var dirs = Files.list(Engine.RULES.resolve("fixtures"))) {
            List<String> orphans = dirs.map(d -> d.getFileName().toString()).filter(n -> !ids.contains(n)).toList();
            assertTrue(orphans.isEmpty(), "fixture folders without a rule: " + orphans);
        }
        assertFalse(ids.isEmpty());
    }
}

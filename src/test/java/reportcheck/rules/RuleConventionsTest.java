package reportcheck.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import reportcheck.copies.CopyRules;
import reportcheck.engine.RuleBase;
import reportcheck.engine.RuleMeta;
import reportcheck.finding.Category;
import reportcheck.fixtures.BatchFixture;
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

    /**
     * The findings made across reports are not DRL rules but keep the same conventions; their
     * fixtures are folders of several reports ({@link BatchFixture}).
     */
    @Test
    void crossReportFindingsKeepTheConventionsToo() {
        Set<String> drlIds = rules.rules().stream().map(RuleMeta::id).collect(Collectors.toSet());
        for (RuleMeta m : CopyRules.ALL) {
            assertTrue(m.explain() != null && !m.explain().isBlank(), m.id() + " has no explanation");
            assertTrue(Category.isKnown(m.category()), m.id() + ": unknown category " + m.category());
            assertTrue(m.id().startsWith(m.category() + "."), m.id() + " should start with its category");
            assertFalse(drlIds.contains(m.id()), m.id() + " is also the id of a DRL rule");
            List<BatchFixture> fx = BatchFixture.forRule(Engine.RULES, m.id());
            assertTrue(fx.stream().anyMatch(BatchFixture::fire), m.id() + " has no fire-* fixture folder");
            assertTrue(fx.stream().anyMatch(f -> !f.fire()), m.id() + " has no silent-* fixture folder");
        }
    }

    @Test
    void everyFixtureFolderNamesARule() throws Exception {
        Set<String> ids = rules.rules().stream().map(RuleMeta::id).collect(Collectors.toCollection(HashSet::new));
        CopyRules.ALL.forEach(m -> ids.add(m.id()));
        try (var dirs = Files.list(Engine.RULES.resolve("fixtures"))) {
            List<String> orphans = dirs.map(d -> d.getFileName().toString()).filter(n -> !ids.contains(n)).toList();
            assertTrue(orphans.isEmpty(), "fixture folders without a rule: " + orphans);
        }
        assertFalse(ids.isEmpty());
    }
}

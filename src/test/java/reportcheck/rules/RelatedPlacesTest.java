package reportcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reportcheck.finding.Finding;
import reportcheck.finding.Related;
import reportcheck.fixtures.Fixture;
import reportcheck.fixtures.Fixtures;
import reportcheck.support.Engine;

/**
 * A contradiction or a repetition is between two places: each finding names the other one in
 * {@code related}, so a reviewer sees both (the title line for a year that disagrees with it).
 */
class RelatedPlacesTest {
    static Stream<String> pairedRules() {
        return Stream.of("contradiction.body-year", "contradiction.heading-year", "contradiction.plan-year",
                "contradiction.citation-years", "contradiction.citation-wording", "contradiction.figure-values",
                "duplicate.paragraph", "duplicate.paragraph-near", "duplicate.sentence", "duplicate.clause",
                "duplicate.title");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairedRules")
    void everyFindingNamesItsOtherPlace(String ruleId) {
        List<Fixture> fires = Fixtures.forRule(Engine.RULES, ruleId).stream().filter(Fixture::fire).toList();
        assertFalse(fires.isEmpty(), ruleId + " has no fire fixture");
        int checked = 0;
        for (Fixture f : fires) {
            for (Finding x : Engine.check(f.text(), ruleId)) {
                assertEquals(1, x.related().size(), f.name() + ": " + x);
                Related r = x.related().get(0);
                assertTrue(r.line() >= 1 && r.column() >= 1 && !r.evidence().isBlank(), f.name() + ": " + r);
                assertFalse(x.line() != null && r.line() == x.line() && r.column() == x.column(), f.name() + ": points at itself");
                checked++;
            }
        }
        assertTrue(checked > 0, ruleId + ": its fire fixtures gave no finding to check");
    }

    private static final String TITLE = """
            某区司法局2023年法治政府建设年度报告
            2022年，我局扎实推进法治政府建设。
            一、2022年推进法治政府建设的主要举措和成效
            全年审查重大行政决策事项12件。
            二、2023年推进法治政府建设的主要安排
            深化行政执法规范化建设。
            某区司法局
            2024年3月10日
            """;

    @Test
    void aYearThatDisagreesWithTheTitlePointsAtTheTitlesYear() {
        for (String id : List.of("contradiction.body-year", "contradiction.heading-year", "contradiction.plan-year")) {
            List<Finding> fs = Engine.check(TITLE, id);
            assertEquals(1, fs.size(), id + ": " + fs);
            assertEquals(new Related(1, 6, "2023年"), fs.get(0).related().get(0), id);
            assertTrue(fs.get(0).message().contains("第1行"), fs.get(0).message());
        }
    }
}

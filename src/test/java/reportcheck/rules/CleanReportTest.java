package reportcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reportcheck.finding.Finding;
import reportcheck.finding.Severity;
import reportcheck.support.Engine;

/**
 * A well-written report with every kind of tricky legitimate text (sums that add up with 其他, a
 * rate rounded the report's way, shares, 一、→（一）→1.→（1）, time spans with 一字线, 约 and 余
 * used alone) draws no error and no warning from the whole rule set.
 */
class CleanReportTest {
    @Test
    void aCleanReportHasNoErrorOrWarning() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/reports/clean-2023.txt"));
        List<String> serious = Engine.check(text).stream().filter(f -> f.severity() != Severity.INFO)
                .map(CleanReportTest::describe).toList();
        assertEquals(List.of(), serious);
    }

    /** Clean reports on 2017 and 2018: the parts the 督察规定 added in 2019 (第一责任人) are not asked of them. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"src/test/resources/clean/clean-report-2017.txt", "src/test/resources/clean/clean-report-2018.txt"})
    void aCleanReportOnAnEarlierYearHasNoErrorOrWarning(String file) throws Exception {
        List<String> serious = Engine.check(Files.readString(Path.of(file))).stream()
                .filter(f -> f.severity() != Severity.INFO).map(CleanReportTest::describe).toList();
        assertEquals(List.of(), serious);
    }

    private static String describe(Finding f) {
        return f.line() + ":" + f.column() + " " + f.ruleId() + " " + f.evidence();
    }
}

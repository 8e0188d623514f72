package reportcheck.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer.Form;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reportcheck.finding.Finding;
import reportcheck.finding.Severity;
import reportcheck.support.Engine;

/**
 * A complete, correct report written for the project, full of legitimate constructs that a
 * careless rule would flag: reduplication (认认真真, 家家户户, 常常, 人人), sums and percentages
 * that add up, similar sentences about different years, stock formulas, canonical titles. The
 * whole rule set must find no error and no warning in it, in full-width and in NFKC form.
 */
class CleanReportTest {
    private static final Path CLEAN = Path.of("src/test/resources/clean/clean-report-2023.txt");

    @Test
    void isLongEnoughToMeanSomething() throws Exception {
        String text = Files.readString(CLEAN, StandardCharsets.UTF_8);
        assertTrue(text.codePointCount(0, text.length()) >= 2000, "the clean report must stay over 2,000 characters");
    }

    @Test
    void yieldsNoErrorOrWarning() throws Exception {
        assertEquals(List.of(), serious(Engine.check(Files.readString(CLEAN, StandardCharsets.UTF_8))));
    }

    @Test
    void yieldsNoErrorOrWarningWhenNfkcNormalisedLikeAWebCopy() throws Exception {
        String nfkc = java.text.Normalizer.normalize(Files.readString(CLEAN, StandardCharsets.UTF_8), Form.NFKC);
        assertEquals(List.of(), serious(Engine.check(nfkc)));
    }

    /**
     * Reports on 2017 and 2018, written before the 督察规定 (2019) fixed the parts of a report: no
     * 第一责任人 part, which nothing asked for then, and still not a word from the rules.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"clean-report-2017.txt", "clean-report-2018.txt"})
    void aReportOnAnEarlierYearYieldsNoErrorOrWarning(String file) throws Exception {
        String text = Files.readString(CLEAN.resolveSibling(file), StandardCharsets.UTF_8);
        int length = text.codePointCount(0, text.length());
        assertTrue(length >= 800 && length <= 2000, file + " is " + length + " characters");
        assertEquals(List.of(), serious(Engine.check(text)));
        assertEquals(List.of(), serious(Engine.check(java.text.Normalizer.normalize(text, Form.NFKC))));
        assertEquals(List.of(), Engine.check(text).stream().filter(f -> f.category().equals("missing-section"))
                .map(Finding::evidence).toList(), "a complete report of its time lacks nothing");
    }

    private static List<String> serious(List<Finding> fs) {
        return fs.stream().filter(f -> f.severity() != Severity.INFO)
                .map(f -> f.ruleId() + " " + f.line() + ":" + f.column() + " " + f.evidence()).toList();
    }
}

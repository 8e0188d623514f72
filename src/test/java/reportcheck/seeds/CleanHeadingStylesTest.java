package reportcheck.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer.Form;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reportcheck.finding.Finding;
import reportcheck.finding.Severity;
import reportcheck.support.Engine;

/**
 * Complete, correct reports written for the project in the heading styles real offices use: a
 * 2020 report with run-in headings at every level ("一、主要举措和成效。2020年，…",
 * "（一）加强组织领导，落实第一责任。…", "1.健全依法决策机制。…"), and a 2022 report whose
 * measures part is nothing but themed level-1 headings (the first one naming the 第一责任人 duty,
 * another one 短板) before 存在的问题 and the next year's plan. The whole rule set must find no
 * error and no warning in them, in full-width and in NFKC form.
 */
class CleanHeadingStylesTest {
    private static final Path DIR = Path.of("src/test/resources/clean");

    @ParameterizedTest
    @ValueSource(strings = {"clean-run-in-2020.txt", "clean-themed-2022.txt"})
    void yieldsNoErrorOrWarning(String name) throws Exception {
        assertEquals(List.of(), serious(Engine.check(Files.readString(DIR.resolve(name), StandardCharsets.UTF_8))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"clean-run-in-2020.txt", "clean-themed-2022.txt"})
    void yieldsNoErrorOrWarningWhenNfkcNormalisedLikeAWebCopy(String name) throws Exception {
        String nfkc = java.text.Normalizer.normalize(Files.readString(DIR.resolve(name), StandardCharsets.UTF_8),
                Form.NFKC);
        assertEquals(List.of(), serious(Engine.check(nfkc)));
    }

    private static List<String> serious(List<Finding> fs) {
        return fs.stream().filter(f -> f.severity() != Severity.INFO)
                .map(f -> f.ruleId() + " " + f.line() + ":" + f.column() + " " + f.evidence()).toList();
    }
}

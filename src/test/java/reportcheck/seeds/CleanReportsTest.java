package reportcheck.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer.Form;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import reportcheck.finding.Finding;
import reportcheck.finding.Severity;
import reportcheck.support.Engine;

/**
 * Every complete, correct report under src/test/resources/clean/, written for the project in the
 * styles real offices use (a county government, a municipal bureau, a street office, a provincial
 * department; 一、（一）1.（1） and run-in headings; with and without 特此报告), draws no error and
 * no warning from the whole rule set, as written and after NFKC normalisation like a web copy. The
 * reports hold what careless rules flag: one metric for several subjects (城北街道 and 滨江街道,
 * 市本级 and 各县区), a leader's own count beside the total, a rate beside its sub-rate
 * (仲裁结案率, 调解结案率), reduplication (认认真真, 层层, 一一, 个个, 天天), a topic heading met
 * again in the plan part, and 〔责任单位：…〕 after every plan task.
 */
class CleanReportsTest {
    private static final Path FOLDER = Path.of("src/test/resources/clean");

    @Test
    void theFolderHoldsReportsOfSeveralYearsEachLongEnoughToMeanSomething() throws IOException {
        List<Path> reports = reports();
        assertTrue(reports.size() >= 5, "clean reports: " + reports);
        for (Path p : reports) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            int length = text.codePointCount(0, text.length());
            assertTrue(length >= 1000, p + " has only " + length + " characters");
        }
        for (String year : List.of("2019", "2021", "2023", "2025")) {
            assertTrue(reports.stream().anyMatch(p -> p.getFileName().toString().contains(year)), "no clean report on " + year);
        }
    }

    @TestFactory
    Stream<DynamicTest> noErrorOrWarningAsWrittenAndAfterNfkc() throws IOException {
        return reports().stream().flatMap(p -> Stream.of(
                DynamicTest.dynamicTest(p.getFileName().toString(), () -> assertEquals(List.of(), serious(Engine.check(read(p))))),
                DynamicTest.dynamicTest(p.getFileName() + " (NFKC)",
                        () -> assertEquals(List.of(), serious(Engine.check(java.text.Normalizer.normalize(read(p), Form.NFKC)))))));
    }

    private static List<Path> reports() throws IOException {
        try (Stream<Path> s = Files.list(FOLDER)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    private static List<String> serious(List<Finding> fs) {
        return fs.stream().filter(f -> f.severity() != Severity.INFO)
                .map(f -> f.ruleId() + " " + f.line() + ":" + f.column() + " " + f.evidence()).toList();
    }
}

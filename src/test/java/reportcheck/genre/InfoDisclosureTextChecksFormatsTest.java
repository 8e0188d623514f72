package reportcheck.genre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reportcheck.finding.Finding;
import reportcheck.fixtures.Fixture;
import reportcheck.fixtures.Fixtures;
import reportcheck.input.LoadedReport;
import reportcheck.input.Readers;
import reportcheck.support.DocxWriter;
import reportcheck.support.Engine;
import reportcheck.support.HtmlWriter;

/**
 * The text checks of the 政府信息公开 genre find the same defects in a Word file and a saved web
 * page as in plain text: every fire and silent fixture of the rules in rules/info-disclosure.drl,
 * written as .docx (headings as automatic list numbering) and as HTML, gives that rule's findings
 * of the .txt, at the same lines, columns and evidence. (The table checks have their own
 * generator test, InfoDisclosureTablesTest.)
 */
class InfoDisclosureTextChecksFormatsTest {
    @TempDir
    static Path tmp;

    static Stream<Arguments> cases() throws Exception {
        String drl = Files.readString(Engine.RULES.resolve("info-disclosure.drl"), StandardCharsets.UTF_8);
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("@id\\(\"([^\"]+)\"\\)").matcher(drl);
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertFalse(ids.isEmpty(), "no rules in info-disclosure.drl");
        List<Arguments> out = new ArrayList<>();
        for (Fixture f : Fixtures.load(Engine.RULES)) {
            if (ids.contains(f.ruleId())) {
                out.add(Arguments.of(f.name(), "docx", f));
                out.add(Arguments.of(f.name(), "html", f));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void findsWhatThePlainTextGives(String name, String format, Fixture f) throws Exception {
        List<String> lines = List.of(f.text().split("\n", -1));
        assertTrue(lines.stream().noneMatch(String::isBlank) || lines.get(lines.size() - 1).isEmpty()
                && lines.subList(0, lines.size() - 1).stream().noneMatch(String::isBlank),
                name + ": a blank line inside a fixture would shift the other formats' line numbers");
        String base = name.replaceAll("[^A-Za-z0-9.-]", "_");
        Path txt = tmp.resolve(base + "." + format + ".txt");
        Files.writeString(txt, f.text(), StandardCharsets.UTF_8);
        Path converted = tmp.resolve(base + "." + format);
        List<String> content = lines.get(lines.size() - 1).isEmpty() ? lines.subList(0, lines.size() - 1) : lines;
        if (format.equals("docx")) {
            DocxWriter.write(content, converted);
        } else {
            HtmlWriter.write(content, converted, StandardCharsets.UTF_8);
        }
        Readers readers = Readers.standard();
        LoadedReport text = readers.read(txt, txt.toString());
        LoadedReport other = readers.read(converted, converted.toString());
        List<String> expected = keys(Engine.checker().check(text), f.ruleId());
        List<String> actual = keys(Engine.checker().check(other), f.ruleId());
        assertEquals(f.fire(), !expected.isEmpty(), name + " as .txt");
        assertEquals(expected, actual, name + " as ." + format);
    }

    private static List<String> keys(List<Finding> findings, String ruleId) {
        return findings.stream().filter(x -> x.ruleId().equals(ruleId))
                .map(x -> x.line() + ":" + x.column() + "-" + x.endLine() + ":" + x.endColumn() + " " + x.evidence())
                .sorted().toList();
    }
}

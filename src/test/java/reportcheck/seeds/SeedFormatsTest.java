package reportcheck.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reportcheck.finding.Finding;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import reportcheck.input.DocxParagraphs;
import reportcheck.input.LoadedReport;
import reportcheck.input.Readers;
import reportcheck.support.CmsPage;
import reportcheck.support.DocxWriter;
import reportcheck.support.Engine;
import reportcheck.support.HtmlWriter;
import reportcheck.support.PdfWriter;

/**
 * The acceptance test of the input formats: each seed report, converted here to .docx (with
 * automatic numbering for its heading labels), as that .docx saved as Word 97 (.doc, and the
 * same file named .wps as WPS Office names it), to a web page (with navigation, scripts, a
 * footer; once in UTF-8 and once in GB18030), to pages of the three CMS templates of
 * {@link CmsPage} (menus, breadcrumb, toolbar, share bar, related list, footer and counter all
 * in {@code div}s and tables) and to a PDF (lines broken as a word processor
 * breaks Chinese text, page numbers; once on a 12 pt page and once on the 28-character 公文 page of
 * GB/T 9704), yields the same findings as the .txt: same rule ids, same evidence, same columns
 * and same lines, at every severity.
 *
 * <p>The one difference the conversion makes: a blank line of a .txt is not a paragraph in the
 * other formats (see the README, "Input formats"), so there line N is the Nth non-blank line of
 * the .txt. Only 003 has blank lines; the expected positions are mapped accordingly.
 */
class SeedFormatsTest {
    @TempDir
    static Path tmp;
    static final String DOC_FIXTURES = "src/test/resources/reportcheck/input/doc";

    static Stream<Arguments> cases() throws Exception {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String format : List.of("docx", "doc", "wps", "html", "html-gb18030", "html-cms-detail_div", "html-cms-table",
                        "html-cms-xxgk", "pdf", "pdf-gbt9704")) {
                    out.add(Arguments.of(seed.getFileName().toString(), format));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void yieldsTheFindingsOfTheTextVersion(String seed, String format) throws Exception {
        Path txt = Path.of("seeds", seed);
        List<String> lines = Files.readAllLines(txt, StandardCharsets.UTF_8);
        Path converted = tmp.resolve(seed.replace(".txt", "." + format));
        switch (format) {
            case "docx" -> DocxWriter.write(lines, converted);
            // Word 97 files cannot be written by POI: these are the .docx above saved by LibreOffice
            // (src/test/resources/reportcheck/input/doc/README.md); a .wps is such a file renamed
            case "doc", "wps" -> Files.copy(Path.of(DOC_FIXTURES, seed.replace(".txt", ".doc")), converted);
            case "html" -> HtmlWriter.write(lines, converted, StandardCharsets.UTF_8);
            case "html-gb18030" -> HtmlWriter.write(lines, converted, Charset.forName("GB18030"));
            case "html-cms-detail_div", "html-cms-table", "html-cms-xxgk" -> CmsPage.write(lines, converted,
                    CmsPage.Shape.valueOf(format.substring("html-cms-".length()).toUpperCase()), null, null);
            case "pdf" -> PdfWriter.write(lines, converted);
            case "pdf-gbt9704" -> PdfWriter.write(lines, converted, PdfWriter.GBT9704);
            default -> throw new IllegalArgumentException(format);
        }
        Readers readers = Readers.standard();
        LoadedReport text = readers.read(txt, txt.toString());
        LoadedReport other = readers.read(converted, converted.toString());
        assertEquals(format.equals("wps") ? "doc" : format.replaceFirst("-.*", ""), other.format());

        List<String> nonBlank = lines.stream().filter(l -> !l.isBlank()).toList();
        assertSameLines(nonBlank, List.of(other.text().original().split("\n", -1)));

        if (format.equals("docx")) {
            assertTrue(generatedLabels(converted) > 0, "the .docx numbers its headings automatically");
        }
        if (format.equals("doc")) {
            assertTrue(listParagraphs(converted) > 0, "the .doc numbers its headings automatically");
        }

        int[] lineMap = nonBlankIndex(lines);
        List<String> expected = keys(Engine.checker().check(text), lineMap);
        List<String> actual = keys(Engine.checker().check(other), null);
        assertSameLines(expected, actual);
    }

    private static long generatedLabels(Path docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
            return DocxParagraphs.lines(doc).stream()
                    .filter(e -> !e.label().isEmpty() && !e.text().startsWith(e.label())).count();
        }
    }

    private static long listParagraphs(Path doc) throws Exception {
        try (var in = Files.newInputStream(doc)) {
            org.apache.poi.hwpf.usermodel.Range r = new org.apache.poi.hwpf.HWPFDocument(in).getRange();
            long n = 0;
            for (int i = 0; i < r.numParagraphs(); i++) {
                if (r.getParagraph(i).isInList()) {
                    n++;
                }
            }
            return n;
        }
    }

    /** Equal lists, or a failure that shows the first line that differs rather than both texts whole. */
    private static void assertSameLines(List<String> expected, List<String> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), "line " + (i + 1) + " differs");
        }
        assertEquals(expected.size(), actual.size(), "number of lines; expected " + expected + " but was " + actual);
    }

    /** For each 1-based .txt line, its 1-based number among the non-blank lines. */
    private static int[] nonBlankIndex(List<String> lines) {
        int[] map = new int[lines.size() + 2];
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                n++;
            }
            map[i + 1] = n;
        }
        map[lines.size() + 1] = n + 1;
        return map;
    }

    private static List<String> keys(List<Finding> findings, int[] map) {
        return findings.stream().map(f -> f.ruleId() + " " + pos(f.line(), f.column(), map) + "-"
                + pos(f.endLine(), f.endColumn(), map) + " " + f.evidence()
                + f.related().stream().map(r -> " [" + pos(r.line(), r.column(), map) + " " + r.evidence() + "]")
                        .collect(Collectors.joining()))
                .toList();
    }

    private static String pos(Integer line, Integer column, int[] map) {
        if (line == null) {
            return "-";
        }
        return (map == null || line == 0 ? line : map[line]) + ":" + column;
    }
}

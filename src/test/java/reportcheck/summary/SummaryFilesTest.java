package reportcheck.summary;

import reportcheck.render.Html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import reportcheck.copies.SharedPair;
import reportcheck.finding.CheckResult;
import reportcheck.finding.Finding;
import reportcheck.finding.Severity;

class SummaryFilesTest {
    private static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&";

    private static Finding finding(Severity s, String category) {
        return new Finding(category + ".x", category, s, "t", 1, 1, 1, 2, "e", "m", "s", List.of());
    }

    private static SummaryRow row(String source, int errors, int warnings, int infos) {
        List<Finding> fs = new java.util.ArrayList<>();
        for (int i = 0; i < errors; i++) {
            fs.add(finding(Severity.ERROR, "placeholder"));
        }
        for (int i = 0; i < warnings; i++) {
            fs.add(finding(Severity.WARNING, "duplicate"));
        }
        for (int i = 0; i < infos; i++) {
            fs.add(finding(Severity.INFO, "style"));
        }
        CheckResult r = new CheckResult(source, CheckResult.CHECKED, "txt", "UTF-8", HOSTILE, "=HYPERLINK(\"x\")",
                2023, fs, null, null);
        return SummaryRow.of(r, source.replace(".txt", ""));
    }

    private static Summary summary() {
        return new Summary(List.of(row("b.txt", 1, 0, 0), row("a.txt", 0, 9, 9), row("c.txt", 1, 2, 0),
                row("d.txt", 1, 2, 0), SummaryRow.failed("javascript:alert(3).txt", HOSTILE)),
                List.of(new SharedPair("a.txt", HOSTILE, SharedPair.BATCH, 2, 140, 0.5)), true, true);
    }

    @Test
    void worstFirstIsFailuresThenErrorsThenWarningsThenInfos() {
        List<String> order = summary().rows().stream().map(SummaryRow::source).toList();
        assertEquals(List.of("javascript:alert(3).txt", "c.txt", "d.txt", "b.txt", "a.txt"), order);
    }

    @Test
    void htmlEscapesReportTextAndAllowsOnlyItsOwnScript() throws Exception {
        StringWriter w = new StringWriter();
        SummaryHtml.write(summary(), w);
        String html = w.toString();
        assertFalse(html.contains("<img"), "markup from a report must be escaped");
        assertFalse(html.contains("<script>alert"), "script from a report must be escaped");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(html.contains("href=\"javascript:"), "a file name never becomes a URL scheme");
        assertTrue(html.contains("href=\"c.html\""), "a link to each report's page");
        assertFalse(html.matches("(?s).*(https?:)?//[a-z].*"), "no address of anything on the network");
        assertEquals(1, html.split("<script>", -1).length - 1, "one script");
        Matcher script = Pattern.compile("(?s)<script>(.*)</script>").matcher(html);
        assertTrue(script.find());
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.group(1).getBytes(StandardCharsets.UTF_8));
        assertTrue(html.contains("script-src 'sha256-" + Base64.getEncoder().encodeToString(digest) + "'"),
                "the policy names the hash of the one script");
        assertTrue(html.contains("<svg"), "charts are inline SVG");
    }

    @Test
    void csvQuotesAndNeverStartsACellWithAFormula() throws Exception {
        StringWriter w = new StringWriter();
        SummaryCsv.write(summary(), w);
        String[] lines = w.toString().split("\r\n");
        assertTrue(lines[0].startsWith("\uFEFFrank,file,"));
        assertEquals(6, lines.length);
        assertTrue(lines[2].contains(",\"'=HYPERLINK(\"\"x\"\")\","), lines[2]);
    }

    @Test
    void linksArePercentEncodedRelativePaths() {
        assertEquals("sub/%E6%8A%A5%E5%91%8A%20%231.html", Html.relativeUrl("sub/报告 #1.html"));
        assertEquals("javascript%3Aalert%281%29.html", Html.relativeUrl("javascript:alert(1).html"));
        assertEquals("./etc/x.html", Html.relativeUrl("/etc/x.html"));
    }
}

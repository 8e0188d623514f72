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
        assertTrue(lines[0].startsWith("\uFEFF序号,文件,"));
        assertEquals(6, lines.length);
        assertTrue(lines[2].contains(",\"'=HYPERLINK(\"\"x\"\")\","), lines[2]);
    }

    @Test
    void csvHeadersAreChineseAndJsonFieldsStayEnglish() throws Exception {
        StringWriter w = new StringWriter();
        SummaryCsv.write(summary(), w);
        String[] lines = w.toString().substring(1).split("\r\n");
        List<String> head = List.of(lines[0].split(","));
        assertEquals(List.of("序号", "文件", "输出名", "状态", "原因", "标题", "发文机关", "文种", "年度", "错误", "警告",
                "提示", "问题合计"), head.subList(0, 13));
        assertTrue(head.contains("类别：未填写的占位（placeholder）"), head.toString());
        assertTrue(head.stream().noneMatch(h -> h.matches("[a-z_:]+")), "no English header left: " + head);
        // row of c.txt (rank 2): its status in Chinese, its counts under their headers
        List<String> c = List.of(lines[2].split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)"));
        assertEquals("c.txt", c.get(head.indexOf("文件")));
        assertEquals("已检查", c.get(head.indexOf("状态")));
        assertEquals("1", c.get(head.indexOf("错误")));
        assertEquals("2", c.get(head.indexOf("警告")));

        com.fasterxml.jackson.databind.JsonNode json = SummaryJson.toJson(summary());
        com.fasterxml.jackson.databind.JsonNode row = json.get("reports").get(1);
        for (String field : List.of("rank", "file", "output", "status", "reason", "title", "issuer", "reportingYear",
                "errors", "warnings", "infos", "byCategory")) {
            assertTrue(row.has(field), field);
        }
        assertEquals("checked", row.get("status").asText());
        com.fasterxml.jackson.databind.JsonNode dup = json.get("totals").get("byCategorySeverity").get("duplicate");
        assertEquals(9 + 2 + 2, dup.get("warnings").asInt());
        assertEquals(0, dup.get("errors").asInt());
    }

    /** The segments of each bar of the chart whose title is {@code caption}, in order. */
    private static List<java.util.Map<String, Integer>> bars(String html, String caption) {
        String svg = html.substring(html.indexOf("<title>" + caption + "</title>"));
        svg = svg.substring(0, svg.indexOf("</svg>"));
        List<java.util.Map<String, Integer>> out = new java.util.ArrayList<>();
        Matcher g = Pattern.compile("(?s)<g>.*?</g>").matcher(svg);
        while (g.find()) {
            java.util.Map<String, Integer> seg = new java.util.LinkedHashMap<>();
            Matcher r = Pattern.compile("data-series=\"(\\w+)\" data-value=\"(\\d+)\"").matcher(g.group());
            while (r.find()) {
                seg.put(r.group(1), Integer.valueOf(r.group(2)));
            }
            out.add(seg);
        }
        return out;
    }

    /** The segments of the chart whose title is {@code caption}: bar label → series → value. */
    private static java.util.Map<String, java.util.Map<String, Integer>> chart(String html, String caption) {
        String svg = html.substring(html.indexOf("<title>" + caption + "</title>"));
        svg = svg.substring(0, svg.indexOf("</svg>"));
        java.util.Map<String, java.util.Map<String, Integer>> out = new java.util.LinkedHashMap<>();
        Matcher g = Pattern.compile("(?s)<g>.*?</g>").matcher(svg);
        while (g.find()) {
            Matcher label = Pattern.compile("text-anchor=\"end\">([^<]*)<").matcher(g.group());
            assertTrue(label.find());
            java.util.Map<String, Integer> seg = new java.util.LinkedHashMap<>();
            Matcher r = Pattern.compile("data-series=\"(\\w+)\" data-value=\"(\\d+)\"").matcher(g.group());
            while (r.find()) {
                seg.put(r.group(1), Integer.valueOf(r.group(2)));
            }
            out.put(label.group(1), seg);
        }
        return out;
    }

    @Test
    void theChartsTellErrorsWarningsAndInfosApart() throws Exception {
        StringWriter w = new StringWriter();
        SummaryHtml.write(summary(), w);
        String html = w.toString();
        // by category: placeholder findings are the 3 errors, duplicate the 13 warnings, style the 9 infos
        var cats = chart(html, "各类问题数量");
        assertEquals(java.util.Map.of("error", 3), cats.get(reportcheck.finding.Category.label("placeholder")));
        assertEquals(java.util.Map.of("warning", 13), cats.get(reportcheck.finding.Category.label("duplicate")));
        assertEquals(java.util.Map.of("info", 9), cats.get(reportcheck.finding.Category.label("style")));
        // by report: a.txt has 9 warnings and 9 infos, drawn as two segments, not 18 of one kind
        var reports = chart(html, "问题最多的报告");
        // the four checked reports share one (hostile) title, so their bars share a label; their order is worst first
        assertEquals(List.of(java.util.Map.of("error", 1, "warning", 2), java.util.Map.of("error", 1, "warning", 2),
                java.util.Map.of("error", 1), java.util.Map.of("warning", 9, "info", 9)), bars(html, "问题最多的报告"));
        assertEquals(1, reports.size());
        assertTrue(html.contains("错误 0 · 警告 9 · 提示 9"), "the counts of each severity are written beside the bar");
    }

    @Test
    void reportsAreNamedByTitleWithTheFileBeneath() throws Exception {
        CheckResult titled = new CheckResult("in/x/0042.txt", CheckResult.CHECKED, "txt", "UTF-8",
                "某县2023年法治政府建设年度报告", "某县人民政府", 2023, List.of(finding(Severity.ERROR, "date")), null, null);
        CheckResult untitled = new CheckResult("in/x/0043.txt", CheckResult.CHECKED, "txt", "UTF-8", null, null,
                null, List.of(finding(Severity.INFO, "style")), null, null);
        Summary s = new Summary(List.of(SummaryRow.of(titled, "0042"), SummaryRow.of(untitled, "0043")),
                List.of(new SharedPair("in/x/0042.txt", "in/x/0043.txt", SharedPair.BATCH, 2, 140, 0.5)), true, true);
        StringWriter w = new StringWriter();
        SummaryHtml.write(s, w);
        String html = w.toString();
        String table = html.substring(html.indexOf("<table class=\"sortable\" id=\"reports\">"));
        assertTrue(table.contains("<a href=\"0042.html\">某县2023年法治政府建设年度报告</a><span class=\"file\">in/x/0042.txt</span>"),
                table);
        assertTrue(table.contains("<a href=\"0043.html\">in/x/0043.txt</a></td>"), "no title: the file name alone");
        String pairs = html.substring(html.indexOf("id=\"pairs\""));
        assertTrue(pairs.contains("某县2023年法治政府建设年度报告<span class=\"file\">in/x/0042.txt</span>"), pairs);
        assertTrue(chart(html, "问题最多的报告").containsKey("某县2023年法治政府建设年度…"), html);
        assertTrue(html.contains("<title>某县2023年法治政府建设年度报告（in/x/0042.txt）："), "the tooltip has title and file");
    }

    @Test
    void thePrintLayoutKeepsEveryColumnOnThePage() throws Exception {
        StringWriter w = new StringWriter();
        SummaryHtml.write(summary(), w);
        String html = w.toString();
        String css = html.substring(html.indexOf("<style>") + 7, html.indexOf("</style>"));
        Matcher print = Pattern.compile("(?s)@media print\\{(.*)\\}\\s*$").matcher(css.strip());
        assertTrue(print.find(), css);
        String rules = print.group(1);
        // the table takes the page's width and its cells wrap instead of pushing columns off the page
        assertTrue(rules.matches("(?s).*\\btable\\{[^}]*width:100%[^}]*table-layout:fixed.*"), rules);
        assertTrue(rules.matches("(?s).*th,td\\{[^}]*white-space:normal[^}]*(overflow-wrap|word-break).*"), rules);
        assertTrue(rules.matches("(?s).*td\\.t,td\\.t2,td\\.s\\{[^}]*min-width:0.*"), "no minimum width holds a column");
        assertTrue(rules.contains("svg.chart{width:100%;height:auto}"), "charts shrink to the page");
        assertTrue(css.contains("@page{size:A4 landscape"), css);
        // nothing outside the print rules forbids wrapping in a body cell
        String screen = css.substring(0, css.indexOf("@media print"));
        assertFalse(screen.matches("(?s).*\\btd[^{]*\\{[^}]*white-space:nowrap.*")
                && !rules.contains("td.t,td.t2,td.s{min-width:0;white-space:normal}"), css);
        // every column of the screen table is still in the document: nothing is hidden for print
        assertFalse(rules.contains("display:none"), rules);
        int columns = html.substring(html.indexOf("id=\"reports\""), html.indexOf("</thead>")).split("<th[ >]").length - 1;
        assertEquals(9 + summary().categories().size(), columns);
    }

    @Test
    void linksArePercentEncodedRelativePaths() {
        assertEquals("sub/%E6%8A%A5%E5%91%8A%20%231.html", Html.relativeUrl("sub/报告 #1.html"));
        assertEquals("javascript%3Aalert%281%29.html", Html.relativeUrl("javascript:alert(1).html"));
        assertEquals("./etc/x.html", Html.relativeUrl("/etc/x.html"));
    }
}

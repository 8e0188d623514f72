package reportcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import reportcheck.finding.CheckResult;
import reportcheck.finding.Finding;
import reportcheck.finding.Severity;

class HtmlRendererTest {
    private static final Pattern MARK = Pattern.compile("<mark class=\"([^\"]*)\" data-f=\"([^\"]*)\">([^<]*)</mark>");

    static String render(CheckResult r) throws IOException {
        StringWriter w = new StringWriter();
        new HtmlRenderer().render(r, w);
        return w.toString();
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#96;", "`").replace("&amp;", "&");
    }

    @Test
    void hostileTextStaysText() throws IOException {
        String page = render(Hostile.result()).toLowerCase();
        assertEquals(1, count(page, "<script"), "only the page's own script");
        assertEquals(1, count(page, "</script"));
        for (String tag : List.of("<img", "<svg", "<a ", "<iframe", "<object", "<embed", "<base", "<form")) {
            assertFalse(page.contains(tag), tag);
        }
        assertFalse(page.contains("href=\""));
        assertFalse(page.contains(" onmouseover=\""), "no attribute broke out of its quotes");
        assertTrue(page.contains("&lt;script&gt;window.__pwned=1;alert(1)&lt;/script&gt;"), "shown as text");
    }

    @Test
    void overlappingEvidenceIsCutIntoPiecesThatNeverNest() throws IOException {
        String text = "第一行\n全年办理行政复议案件??件，同比增长。\n第三行";
        List<Finding> fs = List.of(Results.at(text, "??件", 0, "placeholder.q", Severity.ERROR),
                Results.at(text, "复议案件??", 0, "style.a", Severity.INFO),
                Results.at(text, "件，同比", 10, "style.b", Severity.WARNING),
                Results.at(text, "行\n全年", 0, "structure.c", Severity.INFO));
        CheckResult r = Results.of("t.txt", text, fs);
        String page = render(r);
        Matcher m = MARK.matcher(page);
        Map<String, StringBuilder> byFinding = new HashMap<>();
        int marks = 0;
        while (m.find()) {
            marks++;
            for (String id : m.group(2).split(" ")) {
                byFinding.computeIfAbsent(id, k -> new StringBuilder()).append(unescape(m.group(3)));
            }
            assertEquals(m.group(2).contains(" "), m.group(1).contains("multi"), m.group());
        }
        assertEquals(count(page, "<mark"), marks, "every mark is flat: no mark inside a mark");
        for (int i = 0; i < r.findings().size(); i++) {
            String evidence = r.findings().get(i).evidence().replace("\n", "");
            assertEquals(evidence, String.valueOf(byFinding.get(String.valueOf(i))), r.findings().get(i).ruleId());
        }
        assertTrue(Pattern.compile("class=\"hl on sev-error multi\" data-f=\"\\d \\d\">\\?\\?</mark>").matcher(page).find(),
                "an error shared with an info piece shows as an error");
    }

    @Test
    void theInlineScriptAndStyleAreTheOnlyOnesThePolicyAllows() throws Exception {
        String page = render(Results.of("t.txt", "一行", List.of()));
        String script = page.substring(page.indexOf("<script>") + 8, page.indexOf("</script>"));
        String style = page.substring(page.indexOf("<style>") + 7, page.indexOf("</style>"));
        assertTrue(page.contains("script-src '" + sha256(script) + "'"));
        assertTrue(page.contains("style-src '" + sha256(style) + "'"));
        assertTrue(page.contains("default-src 'none'"));
    }

    @Test
    void wholeDocumentFindingsComeFirstAndOutputIsStable() throws IOException {
        String text = "标题\n正文有??处。";
        CheckResult r = Results.of("t.txt", text, new ArrayList<>(List.of(
                Results.at(text, "??", 0, "placeholder.q", Severity.ERROR),
                Results.whole("missing-section.part", "下一年度安排"))));
        String page = render(r);
        assertTrue(page.indexOf("data-group=\"全文\"") < page.indexOf("data-group=\"按位置\""));
        assertTrue(page.indexOf("下一年度安排") < page.indexOf("class=\"ev\">??"));
        assertEquals(page, render(r));
    }

    @Test
    void theLinesThatSpellOutTheTitleAreSetAsTheTitle() throws IOException {
        String text = "某某局\n关于2023年法治政府建设情况的报告\n某某局\n正文。";
        CheckResult base = Results.of("t.txt", text, List.of());
        CheckResult r = new CheckResult("t.txt", CheckResult.CHECKED, "txt", "UTF-8", "某某局关于2023年法治政府建设情况的报告",
                null, 2023, List.of(), null, base.text());
        String page = render(r);
        assertTrue(page.contains("<p class=\"ln title\" id=\"L1\""));
        assertTrue(page.contains("<p class=\"ln title\" id=\"L2\""));
        assertTrue(page.contains("<p class=\"ln\" id=\"L3\""), "the issuer repeated after the title is body");
    }

    private static String sha256(String s) throws Exception {
        return "sha256-" + Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}

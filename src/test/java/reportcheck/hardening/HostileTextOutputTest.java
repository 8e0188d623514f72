package reportcheck.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import reportcheck.finding.CheckResult;
import reportcheck.finding.Finding;
import reportcheck.finding.Related;
import reportcheck.finding.Severity;
import reportcheck.render.JsonRenderer;
import reportcheck.render.MarkdownRenderer;

/**
 * Report text quoted in a checklist stays text: no raw HTML, link, image or new list item can
 * be smuggled into the Markdown, and the JSON round-trips it exactly.
 */
class HostileTextOutputTest {
    static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>"
            + "[点我](javascript:alert(3))![x](http://example.invalid/t.png)\n- [ ] 伪造的条目\n# 伪造的标题 `code` *强调* &lt;";

    private static CheckResult result() {
        Finding f = new Finding("placeholder.bracket", "placeholder", Severity.ERROR, "标题", 1, 1, 1, 5, HOSTILE,
                "消息：" + HOSTILE, "建议：" + HOSTILE, List.of(new Related(2, 1, HOSTILE)));
        return new CheckResult("in/a`b<c>.txt", CheckResult.CHECKED, "txt", "UTF-8", HOSTILE, HOSTILE, 2023,
                List.of(f), null, null);
    }

    @Test
    void markdownEscapesEverythingFromTheReport() throws Exception {
        StringWriter out = new StringWriter();
        new MarkdownRenderer().render(result(), out);
        String md = out.toString();
        // each must appear only with a backslash before its first character
        for (String raw : new String[] {"<script", "<img", "](javascript:", "![x](", "[点我]", "&lt;", "*强调"}) {
            assertFalse(java.util.regex.Pattern.compile("(?<!\\\\)" + java.util.regex.Pattern.quote(raw)).matcher(md).find(),
                    "unescaped " + raw + " in\n" + md);
        }
        assertFalse(md.contains("\n- [ ] 伪造") || md.contains("\n# 伪造"), md);
        assertTrue(md.contains("\\<script\\>alert(1)\\</script\\>"), md);
        assertTrue(md.contains("- 文件：``` in/a`b<c>.txt ```") || md.contains("- 文件：`` in/a`b<c>.txt ``"), md);
        assertEquals(1, md.lines().filter(l -> l.startsWith("- [ ]")).count(), "one checklist item, no forged ones");
    }

    @Test
    void jsonKeepsTheTextExactly() throws Exception {
        StringWriter out = new StringWriter();
        new JsonRenderer().render(result(), out);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(HOSTILE, json.get("findings").get(0).get("evidence").asText());
        assertEquals(HOSTILE, json.get("title").asText());
        assertFalse(out.toString().contains("\n- [ ]"), "line breaks inside strings are escaped");
    }
}

package reportcheck.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import reportcheck.finding.Category;
import reportcheck.finding.CheckResult;
import reportcheck.finding.Finding;
import reportcheck.finding.Related;
import reportcheck.finding.Severity;

/**
 * The checklist beside the text: filters by severity and category, then one item per finding,
 * whole-document findings first, each with a checkbox. Items carry their severity, category and
 * line in data attributes for the page script; nothing from the report is ever put in a script.
 */
final class HtmlChecklist {
    private final CheckResult result;
    private final EvidenceSpan[] spans;

    HtmlChecklist(CheckResult result, EvidenceSpan[] spans) {
        this.result = result;
        this.spans = spans;
    }

    void write(StringBuilder out) {
        List<Finding> fs = result.findings();
        out.append("<aside class=\"panel\" aria-label=\"审查清单\">\n<div class=\"filters\">\n");
        out.append("<div class=\"frow\" role=\"group\" aria-label=\"按严重程度筛选\"><span class=\"flabel\">严重程度</span>");
        for (Severity s : Severity.values()) {
            chip(out, "sev", s.id(), "sev-" + s.id(), s.label(), result.count(s));
        }
        out.append("</div>\n<div class=\"frow\" role=\"group\" aria-label=\"按类别筛选\"><span class=\"flabel\">类别</span>");
        Map<String, Integer> cats = new TreeMap<>((a, b) -> order(a) - order(b) != 0 ? order(a) - order(b)
                : a.compareTo(b));
        fs.forEach(f -> cats.merge(f.category(), 1, Integer::sum));
        cats.forEach((c, n) -> chip(out, "cat", c, "cat", Category.label(c), n));
        out.append("</div>\n<div class=\"frow tools\"><label class=\"toggle\"><input type=\"checkbox\" id=\"hide-done\">"
                + "隐藏已勾选</label><span class=\"shown\" id=\"shown\">显示 " + fs.size() + " / " + fs.size()
                + " 项</span></div>\n</div>\n");
        if (fs.isEmpty()) {
            out.append("<p class=\"empty\">未发现问题。</p>\n</aside>\n");
            return;
        }
        out.append("<ol class=\"checklist\" id=\"checklist\">\n");
        Map<String, Boolean> groups = new LinkedHashMap<>();
        for (int i = 0; i < fs.size(); i++) {
            Finding f = fs.get(i);
            String group = f.line() == null ? "全文" : "按位置";
            if (groups.putIfAbsent(group, true) == null) {
                out.append("<li class=\"group\" data-group=\"").append(group).append("\">").append(group)
                        .append("</li>\n");
            }
            item(out, i, f);
        }
        out.append("</ol>\n</aside>\n");
    }

    private static int order(String category) {
        int i = Category.ALL.indexOf(category);
        return i < 0 ? Category.ALL.size() : i;
    }

    private static void chip(StringBuilder out, String kind, String value, String cls, String label, long n) {
        out.append("<label class=\"chip ").append(Html.esc(cls)).append(n == 0 ? " zero" : "")
                .append("\"><input type=\"checkbox\" checked data-filter=\"").append(kind).append("\" value=\"")
                .append(Html.esc(value)).append("\">").append(Html.esc(label)).append("<span class=\"n\">")
                .append(n).append("</span></label>");
    }

    private void item(StringBuilder out, int i, Finding f) {
        String where = f.line() == null ? "全文" : "第" + f.line() + "行" + (f.column() == null ? "" : "第" + f.column() + "列");
        out.append("<li class=\"item sev-").append(f.severity().id()).append("\" id=\"item-").append(i)
                .append("\" data-f=\"").append(i).append("\" data-sev=\"").append(f.severity().id())
                .append("\" data-cat=\"").append(Html.esc(f.category())).append("\" data-line=\"")
                .append(f.line() == null ? "" : f.line()).append("\" data-k=\"").append(key(f)).append("\">");
        out.append("<input type=\"checkbox\" class=\"done\" aria-label=\"标记为已处理\">");
        out.append("<div class=\"body\" tabindex=\"0\" role=\"button\" title=\"")
                .append(f.line() == null ? "回到报告开头" : "在正文中定位").append("\">");
        out.append("<div class=\"head\"><span class=\"badge\">").append(f.severity().label())
                .append("</span><span class=\"where\">").append(where).append("</span><span class=\"cat\">")
                .append(Html.esc(Category.label(f.category()))).append("</span></div>");
        out.append("<div class=\"ttl\">").append(Html.esc(f.title())).append("</div>");
        out.append("<blockquote class=\"ev\">").append(Html.oneLine(f.evidence())).append("</blockquote>");
        if (f.line() != null && spans[i] == null) {
            out.append("<p class=\"note\">原文位置未能在正文中标出。</p>");
        }
        out.append("<p class=\"msg\">").append(Html.esc(f.message())).append("</p>");
        if (f.suggestion() != null && !f.suggestion().isBlank()) {
            out.append("<p class=\"sugg\"><span class=\"k\">修改建议</span>").append(Html.esc(f.suggestion()))
                    .append("</p>");
        }
        for (Related x : f.related()) {
            if (x.source() != null) {
                // a place in another report: nothing on this page to jump to
                out.append("<p class=\"rel\">对照 ").append(Html.esc(x.source())).append(" 第").append(x.line())
                        .append("行「").append(Html.oneLine(x.evidence())).append("」</p>");
                continue;
            }
            out.append("<p class=\"rel\"><button type=\"button\" class=\"jump\" data-line=\"").append(x.line())
                    .append("\">对照 第").append(x.line()).append("行</button>「").append(Html.oneLine(x.evidence()))
                    .append("」</p>");
        }
        out.append("<p class=\"rule\"><code>").append(Html.esc(f.ruleId())).append("</code></p></div></li>\n");
    }

    /** Stable across runs on the same text, so a reviewer's ticks survive re-opening the page. */
    private static String key(Finding f) {
        return Integer.toHexString((f.ruleId() + "|" + f.line() + "|" + f.column() + "|" + f.evidence()).hashCode());
    }
}

package reportcheck.render;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import reportcheck.finding.CheckResult;
import reportcheck.finding.Finding;
import reportcheck.finding.Severity;

/**
 * The review page: one self-contained HTML file per report, the report text with every finding
 * highlighted at its evidence and the checklist beside it (filters, counts, checkboxes; a click
 * on an item scrolls to its place). Works opened from disk, without network: style and script
 * are inline, and everything that comes from the report is escaped text.
 */
public final class HtmlRenderer implements Renderer {
    /** The page's Content-Security-Policy, for a server that serves the page and must not loosen it unnoticed. */
    public static String contentSecurityPolicy() {
        return HtmlAssets.CSP;
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void render(CheckResult r, Writer out) throws IOException {
        List<Finding> fs = r.findings();
        EvidenceSpan[] spans = new EvidenceSpan[fs.size()];
        for (int i = 0; i < fs.size(); i++) {
            spans[i] = EvidenceSpan.of(r.text(), fs.get(i));
        }
        String title = r.title() != null ? r.title() : "（报告无标题）";
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(HtmlAssets.CSP).append("\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"reportcheck\">\n")
                .append("<title>审查清单：").append(Html.oneLine(title)).append("</title>\n")
                .append("<style>").append(HtmlAssets.CSS).append("</style>\n</head>\n")
                .append("<body data-doc=\"").append(docKey(r)).append("\">\n");
        header(sb, r, title);
        if (!r.ok()) {
            sb.append("<main class=\"failed\"><p><strong>无法检查：</strong>").append(Html.esc(r.error()))
                    .append("</p></main>\n");
        } else {
            sb.append("<main class=\"layout\">\n");
            if (r.text() != null) {
                new HtmlReportText(r.text(), fs, spans).write(sb, r.title());
            } else {
                sb.append("<article class=\"report\" id=\"report\"><p class=\"ln\">（没有可显示的正文）</p></article>\n");
            }
            new HtmlChecklist(r, spans).write(sb);
            sb.append("</main>\n");
        }
        sb.append("<script>").append(HtmlAssets.JS).append("</script>\n</body>\n</html>\n");
        out.write(sb.toString());
    }

    private static void header(StringBuilder sb, CheckResult r, String title) {
        // the kicker names what the report was checked as; a result without a genre predates genres
        String kicker = r.genreLabel() == null ? "法治政府建设年度报告" : r.genreLabel().replaceFirst("（.*$", "");
        sb.append("<header class=\"top\">\n<div class=\"doc\"><p class=\"kicker\">").append(Html.esc(kicker))
                .append(" · 审查清单</p>")
                .append("<h1 id=\"doc-title\">").append(Html.oneLine(title)).append("</h1>\n<p class=\"meta\">")
                .append("<span>文件 <code>").append(Html.esc(r.source())).append("</code></span>");
        if (r.format() != null) {
            sb.append("<span>").append(Html.esc(r.format()))
                    .append(r.encoding() != null ? " · " + Html.esc(r.encoding()) : "").append("</span>");
        }
        if (r.issuer() != null) {
            sb.append("<span>发文机关 ").append(Html.oneLine(r.issuer())).append("</span>");
        }
        if (r.genreLabel() != null) {
            sb.append("<span>文种 ").append(Html.oneLine(r.genreLabel())).append("</span>");
        }
        if (r.ok()) {
            sb.append("<span>报告年度 ").append(r.reportingYear() != null ? r.reportingYear() + "年" : "未能确定")
                    .append("</span>");
        }
        sb.append("</p></div>\n<div class=\"counts\" aria-label=\"问题数\">");
        for (Severity s : Severity.values()) {
            sb.append("<div class=\"count sev-").append(s.id()).append("\"><b>").append(r.count(s))
                    .append("</b><span>").append(s.label()).append("</span></div>");
        }
        int n = r.findings().size();
        sb.append("<div class=\"count progress\"><b><span id=\"done-n\">0</span><small>/").append(n)
                .append("</small></b><span>已处理</span></div></div>\n</header>\n");
    }

    /** Identifies the report for the page's saved ticks: the same file and text give the same key. */
    private static String docKey(CheckResult r) {
        String text = r.text() == null ? "" : r.text().original();
        return Integer.toHexString((r.source() + "\u0000" + text).hashCode());
    }
}

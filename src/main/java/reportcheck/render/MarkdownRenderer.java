package reportcheck.render;

import java.io.IOException;
import java.io.Writer;
import reportcheck.finding.Category;
import reportcheck.finding.CheckResult;
import reportcheck.finding.Finding;
import reportcheck.finding.Related;
import reportcheck.finding.Severity;

/**
 * The editor's checklist in Chinese: title and counts at the top, then one {@code - [ ]} item per
 * finding in document order, each with severity, place, quoted evidence, what is wrong and how
 * to fix it. Whole-document findings come first.
 */
public final class MarkdownRenderer implements Renderer {
    private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\\s*[\\r\\n]+\\s*");

    @Override
    public String format() {
        return "md";
    }

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public void render(CheckResult r, Writer out) throws IOException {
        String heading = r.title() != null ? r.title() : "（报告无标题）";
        out.write("# 审查清单：" + oneLine(heading) + "\n\n");
        out.write("- 文件：" + code(r.source()));
        if (r.format() != null) {
            out.write("（" + r.format() + (r.encoding() != null ? "，" + r.encoding() : "") + "）");
        }
        out.write("\n");
        if (!r.ok()) {
            out.write("- **无法检查**：" + oneLine(r.error()) + "\n");
            return;
        }
        if (r.issuer() != null) {
            out.write("- 发文机关：" + oneLine(r.issuer()) + "\n");
        }
        if (r.genreLabel() != null) {
            out.write("- 文种：" + oneLine(r.genreLabel()) + "\n");
        }
        out.write("- 报告年度：" + (r.reportingYear() != null ? r.reportingYear() + "年" : "未能确定") + "\n");
        out.write("- 问题数：错误 " + r.count(Severity.ERROR) + " · 警告 " + r.count(Severity.WARNING) + " · 提示 "
                + r.count(Severity.INFO) + "\n\n");
        if (r.findings().isEmpty()) {
            out.write("未发现问题。\n");
            return;
        }
        boolean wroteWhole = false;
        boolean wroteText = false;
        for (Finding f : r.findings()) {
            if (f.line() == null && !wroteWhole) {
                out.write("## 全文\n\n");
                wroteWhole = true;
            }
            if (f.line() != null && !wroteText) {
                out.write((wroteWhole ? "\n" : "") + "## 按位置\n\n");
                wroteText = true;
            }
            out.write(item(f));
        }
    }

    static String item(Finding f) {
        StringBuilder sb = new StringBuilder("- [ ] **").append(f.severity().label()).append("**");
        sb.append(f.line() != null ? " 第" + f.line() + "行第" + f.column() + "列" : " 全文");
        sb.append(" · ").append(Category.label(f.category())).append(" · ").append(f.title()).append("\n");
        sb.append("  - 原文：「").append(oneLine(f.evidence())).append("」\n");
        for (Related x : f.related()) {
            sb.append("  - 对照：").append(x.source() == null ? "" : "`" + x.source() + "` ")
                    .append("第").append(x.line()).append("行第").append(x.column()).append("列「")
                    .append(oneLine(x.evidence())).append("」\n");
        }
        sb.append("  - 问题：").append(oneLine(f.message())).append("\n");
        if (f.suggestion() != null && !f.suggestion().isBlank()) {
            sb.append("  - 修改建议：").append(oneLine(f.suggestion())).append("\n");
        }
        sb.append("  - 规则：`").append(f.ruleId()).append("`\n");
        return sb.toString();
    }

    /**
     * Text from a report on one line, with Markdown and HTML syntax escaped: evidence may span
     * lines (a two-line title), and a hostile report must not inject links, images or raw HTML
     * into the checklist it is quoted in.
     */
    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        // most texts are one line already; String.replaceAll would compile the pattern every call
        String flat = s.indexOf('\n') < 0 && s.indexOf('\r') < 0 ? s : LINE_BREAK.matcher(s).replaceAll(" ⏎ ");
        StringBuilder sb = new StringBuilder(flat.length());
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if ("\\`*_[]<>&~|!#".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** A code span that holds any text: the fence is longer than any run of backticks inside. */
    static String code(String s) {
        String flat = s.replaceAll("[\\r\\n]+", " ");
        int longest = 0;
        int run = 0;
        for (int i = 0; i < flat.length(); i++) {
            run = flat.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = longest > 0 ? " " : "";
        return fence + pad + flat + pad + fence;
    }
}

package reportcheck.summary;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import reportcheck.copies.SharedPair;
import reportcheck.finding.Category;
import reportcheck.render.Html;

/** The two tables of {@code summary.html}: every report, and the pairs sharing the most text. */
final class SummaryTables {
    private SummaryTables() {
    }

    static void reports(Summary s, Writer out) throws IOException {
        List<String> cats = s.categories();
        out.write("<h2>报告一览</h2>\n");
        if (s.reportPages()) {
            out.write("<p class=\"note\">点击文件名打开该报告的审查页面。</p>\n");
        }
        genreFilter(s, out);
        out.write("<table class=\"sortable\" id=\"reports\">\n<thead><tr><th data-num>序号</th><th class=\"t\">报告（文件）</th>"
                + "<th class=\"t2\">发文机关</th><th class=\"s\">文种</th><th data-num>年度</th><th class=\"s\">状态</th><th data-num>错误</th>"
                + "<th data-num>警告</th><th data-num>提示</th>");
        for (String c : cats) {
            out.write("<th data-num title=\"" + Html.esc(c) + "\">" + Html.esc(Category.label(c)) + "</th>");
        }
        out.write("</tr></thead>\n<tbody>\n");
        int rank = 1;
        StringBuilder sb = new StringBuilder();
        for (SummaryRow r : s.rows()) {
            sb.setLength(0);
            sb.append(r.ok() ? "<tr" : "<tr class=\"failed\"").append(" data-genre=\"")
                    .append(Html.esc(r.genre() == null ? "" : r.genre())).append("\">");
            sb.append("<td class=\"n\">").append(rank++).append("</td><td class=\"t\" data-v=\"")
                    .append(Html.esc(r.displayName())).append("\">");
            // the report by its title where one was found; its file name stays beneath it
            if (s.reportPages() && r.outputName() != null) {
                sb.append("<a href=\"").append(Html.esc(Html.relativeUrl(r.outputName() + ".html"))).append("\">")
                        .append(Html.esc(r.displayName())).append("</a>");
            } else {
                sb.append(Html.esc(r.displayName()));
            }
            if (!r.displayName().equals(r.source())) {
                sb.append("<span class=\"file\">").append(Html.esc(r.source())).append("</span>");
            }
            sb.append("</td><td class=\"t2\">")
                    .append(Html.esc(r.issuer())).append("</td><td class=\"s\">")
                    .append(Html.esc(r.genreName() == null ? "" : r.genreName())).append("</td><td class=\"n\" data-v=\"").append(r.reportingYear() == null ? 0 : r.reportingYear())
                    .append("\">").append(r.reportingYear() == null ? "" : r.reportingYear()).append("</td><td class=\"s\">")
                    .append(Summary.statusLabel(r.status()));
            if (r.reason() != null) {
                sb.append("：").append(Html.esc(r.reason()));
            }
            sb.append("</td>");
            number(sb, r.errors(), "e");
            number(sb, r.warnings(), "w");
            number(sb, r.infos(), "i");
            for (String c : cats) {
                number(sb, r.byCategory().getOrDefault(c, 0), null);
            }
            out.write(sb.append("</tr>\n").toString());
        }
        out.write("</tbody>\n</table>\n");
    }

    /** A choice of genre that hides the other reports' rows; the page's script does the hiding. */
    private static void genreFilter(Summary s, Writer out) throws IOException {
        java.util.Map<String, String> genres = new java.util.TreeMap<>();
        s.rows().stream().filter(r -> r.genre() != null).forEach(r -> genres.put(r.genre(), r.genreName()));
        if (genres.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder("<p class=\"note\"><label>文种：<select id=\"genre-filter\">"
                + "<option value=\"\">全部</option>");
        genres.forEach((id, name) -> sb.append("<option value=\"").append(Html.esc(id)).append("\">")
                .append(Html.esc(name == null ? id : name)).append("</option>"));
        out.write(sb.append("</select></label></p>\n").toString());
    }

    static void pairs(Summary s, Writer out) throws IOException {
        out.write("<h2>共用文字最多的报告</h2>\n");
        if (!s.sharedText()) {
            out.write("<p>本次未做跨报告比对（用 --cross-report 比对本批报告，用 --compare-with 比对往年报告）。</p>\n");
            return;
        }
        if (s.pairs().isEmpty()) {
            out.write("<p>没有发现报告之间共用的段落（通用表述不计）。</p>\n");
            return;
        }
        out.write("<p class=\"note\">字数按较少的一方计，不计惯用表述；占比为共用字数占两份报告中较短一份可比文字的比例。"
                + "列出共用最多的 " + s.pairs().size() + " 对。</p>\n");
        out.write("<table class=\"sortable\" id=\"pairs\">\n<thead><tr><th>报告甲</th><th>报告乙</th><th>类型</th>"
                + "<th data-num>段落数</th><th data-num>字数</th><th data-num>占比</th></tr></thead>\n<tbody>\n");
        for (SharedPair p : s.pairs()) {
            out.write("<tr><td>" + named(s, p.first()) + "</td><td>" + named(s, p.second()) + "</td><td>"
                    + SummaryHtml.pairKind(p) + "</td><td class=\"n\">" + p.passages() + "</td><td class=\"n\">"
                    + p.chars() + "</td><td class=\"n\" data-v=\"" + p.share() + "\">"
                    + Math.round(p.share() * 100) + "%</td></tr>\n");
        }
        out.write("</tbody>\n</table>\n");
    }

    /** The files of the given folders that were not read, each with why; nothing when there were none. */
    static void skipped(Summary s, Writer out) throws IOException {
        if (s.skipped().isEmpty()) {
            return;
        }
        out.write("<h2>未检查的文件（" + s.skipped().size() + " 个）</h2>\n<p class=\"note\">所给文件夹中的这些文件"
                + "不是支持的报告格式，没有读取，也不计入上面的报告数。如是报告，请另存为 .docx、.doc 或 .txt 后再检查。</p>\n");
        out.write("<table id=\"skipped\">\n<thead><tr><th>文件</th><th>原因</th></tr></thead>\n<tbody>\n");
        for (SkippedFile f : s.skipped()) {
            out.write("<tr><td>" + Html.esc(f.file()) + "</td><td>" + Html.esc(f.reason()) + "</td></tr>\n");
        }
        out.write("</tbody>\n</table>\n");
    }

    /** A report of a pair by its title, with the file beneath; an earlier year's report (not in the rows) by its file. */
    private static String named(Summary s, String source) {
        String title = s.titleOf(source);
        return title == null ? Html.esc(source)
                : Html.esc(title) + "<span class=\"file\">" + Html.esc(source) + "</span>";
    }

    private static void number(StringBuilder sb, int n, String css) {
        sb.append("<td class=\"n").append(css != null && n > 0 ? " " + css : "").append("\">").append(n)
                .append("</td>");
    }
}

package reportcheck.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * Saved web pages built as the content-management systems of government sites build them: all
 * chrome in {@code div}s and tables, none of it in {@code nav} or {@code footer}. Around the
 * report: a date bar, a column menu of links, the breadcrumb 「您现在的位置：首页 > 政务公开 > …」,
 * the 【打印本页】【关闭窗口】 toolbar, a 分享到 bar, 「扫一扫在手机打开当前页」, a related-articles list, the
 * footer (主办单位, 网站标识码, ICP备) and a visit counter written by a script. The report's
 * title and its 发布时间/来源 line (the source a link in one shape), when given, sit in the
 * article's header area, beside the body.
 */
public final class CmsPage {
    /** The three shapes of template. */
    public enum Shape {
        /** A detail div: title, info line, a TRS_Editor body, toolbar and share bar; a left menu beside it. */
        DETAIL_DIV,
        /** The old table layout: a menu cell and a content cell, the body in div#zoom with {@code <br>} lines. */
        TABLE,
        /** An open-government page: a metadata table, then div.xxgk_content > div.Custom_UnionStyle. */
        XXGK
    }

    private CmsPage() {
    }

    /** The report lines as a page of that shape; {@code title} and {@code info} may be null (not on the page). */
    public static void write(List<String> lines, Path out, Shape shape, String title, String info) throws IOException {
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(title == null ? "政务公开" : esc(title)).append("</title>\n")
                .append("<script src=\"/js/jquery.js\"></script></head>\n<body>\n")
                .append("<div class=\"topbar\"><span>欢迎访问某某区人民政府网站</span> <a href=\"/wza\">无障碍</a>"
                        + " <a href=\"/jt\">简体</a>|<a href=\"/ft\">繁体</a></div>\n")
                .append("<div class=\"head\"><div class=\"logo\"><img src=\"/logo.png\" alt=\"某某区人民政府\"></div>\n")
                .append("<div class=\"menu\"><a href=\"/\">首页</a><a href=\"/zwgk\">政务公开</a><a href=\"/zwfw\">政务服务</a>"
                        + "<a href=\"/hdjl\">互动交流</a><a href=\"/zjxq\">走进某区</a></div></div>\n");
        switch (shape) {
            case DETAIL_DIV -> detailDiv(h, lines, title, info);
            case TABLE -> table(h, lines, title, info);
            case XXGK -> xxgk(h, lines, title, info);
            default -> throw new IllegalArgumentException(shape.toString());
        }
        h.append("<div class=\"bottom\"><p>主办单位：某某区人民政府办公室　承办单位：某某区大数据中心</p>\n")
                .append("<p>网站标识码：9999999999　某ICP备00000000号　某公网安备 00000000000000号</p>\n")
                .append("<p>您是本站第<script>document.write(visits)</script>位访问者</p></div>\n")
                .append("<script>var visits = 1;</script>\n</body></html>\n");
        Files.writeString(out, h.toString(), StandardCharsets.UTF_8);
    }

    private static void detailDiv(StringBuilder h, List<String> lines, String title, String info) {
        h.append("<div class=\"wrap\"><div class=\"left-col\"><h3>政务公开</h3><ul>");
        menu(h);
        h.append("</ul></div>\n<div class=\"main-right\">\n")
                .append("<div class=\"crumb\">您现在的位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwgk\">政务公开</a> &gt; "
                        + "<a href=\"/fzzf\">法治政府建设</a></div>\n")
                .append("<div class=\"detail\">\n");
        if (title != null) {
            h.append("<h1 class=\"detail-title\">").append(esc(title)).append("</h1>\n");
        }
        if (info != null) {
            h.append("<div class=\"detail-info\">").append(esc(info))
                    .append(" <span class=\"fontsize\">【字号：<a href=\"#\">大</a> <a href=\"#\">中</a> <a href=\"#\">小</a>】</span></div>\n");
        }
        h.append("<div class=\"TRS_Editor\">\n");
        for (String l : lines) {
            h.append(l.isBlank() ? "<p>&nbsp;</p>\n" : "<p>" + esc(l) + "</p>\n");
        }
        h.append("</div>\n")
                .append("<div class=\"detail-bar\"><a href=\"javascript:window.print()\">【打印本页】</a>"
                        + "<a href=\"javascript:window.close()\">【关闭窗口】</a></div>\n")
                .append("<div class=\"bdsharebuttonbox\">分享到：<a href=\"#\" class=\"bds_weixin\"></a>"
                        + "<a href=\"#\" class=\"bds_tsina\"></a></div>\n")
                .append("<div class=\"ewm\"><img src=\"/qr.png\"><p>扫一扫在手机打开当前页</p></div>\n")
                .append("</div>\n<div class=\"xgwz\"><h3>相关文章</h3><ul>");
        for (int i = 1; i <= 8; i++) {
            h.append("<li><a href=\"/art/").append(i).append(".html\">某某区").append(2015 + i)
                    .append("年法治政府建设工作情况报告</a><span>").append(2016 + i).append("-03-2").append(i % 9)
                    .append("</span></li>");
        }
        h.append("</ul></div></div></div>\n");
    }

    private static void table(StringBuilder h, List<String> lines, String title, String info) {
        h.append("<table width=\"1000\" align=\"center\"><tr>\n<td width=\"220\" valign=\"top\" class=\"lm\">");
        menu(h);
        h.append("</td>\n<td valign=\"top\">\n<table width=\"100%\">\n")
                .append("<tr><td class=\"dqwz\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwgk\">政务公开</a> &gt; "
                        + "<a href=\"/gzbg\">工作报告</a></td></tr>\n");
        if (title != null) {
            h.append("<tr><td align=\"center\"><font size=\"5\"><b>").append(esc(title)).append("</b></font></td></tr>\n");
        }
        if (info != null) {
            h.append("<tr><td align=\"center\">").append(esc(info)).append("</td></tr>\n");
        }
        h.append("<tr><td><div id=\"zoom\">");
        for (int i = 0; i < lines.size(); i++) {
            h.append(i == 0 ? "" : "<br>\n").append(lines.get(i).isBlank() ? "&nbsp;" : esc(lines.get(i)));
        }
        h.append("</div></td></tr>\n")
                .append("<tr><td align=\"right\">【<a href=\"javascript:window.print()\">打印本页</a>】"
                        + "【<a href=\"javascript:window.close()\">关闭窗口</a>】</td></tr>\n")
                .append("</table></td></tr></table>\n");
    }

    private static void xxgk(StringBuilder h, List<String> lines, String title, String info) {
        h.append("<div class=\"position\">您现在的位置：<a href=\"/\">首页</a> &gt; <a href=\"/xxgk\">信息公开</a> &gt; "
                        + "<a href=\"/fdzdgknr\">法定主动公开内容</a></div>\n")
                .append("<div class=\"xxgk_content\">\n");
        if (title != null) {
            h.append("<div class=\"pages-title\">").append(esc(title)).append("</div>\n");
        }
        if (info != null) {
            // the source as a link to its site, as such pages often give it
            int at = info.indexOf("来源：") + "来源：".length();
            h.append("<div class=\"pages-date\">").append(esc(info.substring(0, at))).append("<a href=\"/sfj\">")
                    .append(esc(info.substring(at))).append("</a></div>\n");
        }
        h.append("<div class=\"pages_content\"><div class=\"Custom_UnionStyle\">\n");
        for (String l : lines) {
            h.append(l.isBlank() ? "<p><br></p>\n"
                    : "<p style=\"text-indent:2em\"><span style=\"font-family:仿宋\">" + esc(l) + "</span></p>\n");
        }
        h.append("</div></div>\n")
                .append("<div class=\"share\">分享到：<a href=\"#\">微信</a> <a href=\"#\">微博</a> <a href=\"#\">QQ空间</a></div>\n")
                .append("</div>\n<div class=\"links\"><select><option>国务院部门网站</option></select>"
                        + "<a href=\"http://www.gov.cn\">中国政府网</a> <a href=\"/sz\">省政府</a> <a href=\"/sz2\">市政府</a></div>\n");
    }

    private static void menu(StringBuilder h) {
        for (String m : List.of("政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "机构职能", "政策文件", "规划计划",
                "财政信息", "法治政府建设", "政府信息公开年报", "依申请公开")) {
            h.append("<li><a href=\"/").append(Math.abs(m.hashCode())).append("\">").append(m).append("</a></li>");
        }
    }

    private static String esc(String s) {
        return Entities.escape(s);
    }
}

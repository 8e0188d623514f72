package reportcheck.support;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * Writes a text report as a government web page saves: a page header with a navigation bar,
 * scripts and styles, the report in an article with one paragraph per line (long paragraphs
 * wrapped in the source between Chinese characters, blank lines as {@code <p>&nbsp;</p>}), then
 * a footer. Readers must give back exactly the report's lines.
 */
public final class HtmlWriter {
    private HtmlWriter() {
    }

    public static void write(List<String> lines, Path out, Charset charset) throws IOException {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"").append(charset.name().toLowerCase())
                .append("\">\n<title>法治政府建设年度报告_政务公开</title>\n")
                .append("<style>body{font-family:SimSun} .nav li{display:inline}</style>\n")
                .append("<script>var _hmt = _hmt || []; document.write('<p>统计代码</p>');</script>\n</head>\n<body>\n")
                .append("<header class=\"site\"><img src=\"logo.png\" alt=\"某某市人民政府门户网站\"><h1>某某市人民政府门户网站</h1>\n")
                .append("<nav><ul class=\"nav\"><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk\">政务公开</a></li>")
                .append("<li><a href=\"/fzzf\">法治政府</a></li></ul></nav></header>\n")
                .append("<form action=\"/search\"><input name=\"q\"><button>搜索</button></form>\n")
                .append("<div class=\"main\"><article>\n");
        for (String line : lines) {
            if (line.isBlank()) {
                html.append("<p>&nbsp;</p>\n");
            } else {
                html.append("<p>").append(wrapSource(Entities.escape(line))).append("</p>\n");
            }
        }
        html.append("</article>\n<aside><h3>相关链接</h3><ul><li>国务院</li></ul></aside></div>\n")
                .append("<footer><p>主办单位：某某市人民政府办公室 网站标识码 0000000000</p></footer>\n")
                .append("<noscript>请启用脚本</noscript>\n<script src=\"stat.js\"></script>\n</body>\n</html>\n");
        Files.write(out, html.toString().getBytes(charset));
    }

    /** Breaks long source lines, as editors do, only between two Chinese characters, where a browser shows no gap. */
    private static String wrapSource(String s) {
        StringBuilder sb = new StringBuilder();
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (run >= 40 && i > 0 && isHan(s.charAt(i - 1)) && isHan(c)) {
                sb.append("\n      ");
                run = 0;
            }
            sb.append(c);
            run++;
        }
        return sb.toString();
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}

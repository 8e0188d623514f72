package reportcheck.summary;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import reportcheck.copies.SharedPair;
import reportcheck.finding.Category;

/**
 * {@code summary.html}: one self-contained page (no network, works from disk). Charts are inline
 * SVG; column sorting is one inline script, allowed by a Content-Security-Policy that names its
 * hash, so nothing else can run even if a report's text were to slip through unescaped. All
 * text from reports is escaped.
 */
public final class SummaryHtml {
    /** Reports drawn in the by-report chart; the table lists them all. */
    static final int CHART_REPORTS = 30;
    private static final String SCRIPT = """
            document.querySelectorAll('table.sortable').forEach(function (t) {
              var heads = t.tHead.rows[0].cells;
              Array.prototype.forEach.call(heads, function (th, i) {
                th.addEventListener('click', function () {
                  var asc = th.getAttribute('aria-sort') !== 'ascending';
                  Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
                  th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
                  var num = th.hasAttribute('data-num');
                  var body = t.tBodies[0];
                  var rows = Array.prototype.slice.call(body.rows);
                  rows.sort(function (a, b) {
                    var x = a.cells[i].getAttribute('data-v') || a.cells[i].textContent;
                    var y = b.cells[i].getAttribute('data-v') || b.cells[i].textContent;
                    var c = num ? parseFloat(x) - parseFloat(y) : x.localeCompare(y, 'zh');
                    return asc ? c : -c;
                  });
                  rows.forEach(function (r) { body.appendChild(r); });
                });
              });
            });
            var gf = document.getElementById('genre-filter');
            if (gf) {
              gf.addEventListener('change', function () {
                document.querySelectorAll('#reports tbody tr').forEach(function (r) {
                  r.hidden = gf.value !== '' && r.getAttribute('data-genre') !== gf.value;
                });
              });
            }
            """;
    private static final String STYLE = """
            body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:24px;color:#222}
            table{border-collapse:collapse;font-size:13px;margin:8px 0 24px}
            th,td{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}
            th{background:#f0f0f0;cursor:pointer;user-select:none;white-space:nowrap}
            th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
            td.n{text-align:right}td.t{min-width:18em}td.t2{min-width:8em}td.s{white-space:nowrap}tr.failed td{background:#fff3e0}.e{color:#c62828}.w{color:#ef6c00}.i{color:#1565c0}
            svg.chart text{font-size:12px;fill:#222}.note{color:#555;font-size:13px}
            .file{display:block;color:#666;font-size:11px;word-break:break-all}
            @page{size:A4 landscape;margin:10mm}
            @media print{
            body{margin:0;font-size:10px}
            table{width:100%;table-layout:fixed;font-size:8.5px;margin:4px 0 12px}
            th,td{white-space:normal;overflow-wrap:anywhere;word-break:break-all;padding:1px 2px}
            th{cursor:auto}th[aria-sort]::after{content:none}
            td.t,td.t2,td.s{min-width:0;white-space:normal}
            th.t{width:17%}th.t2{width:8%}th.s{width:6%}
            thead{display:table-header-group}tr{break-inside:avoid}
            svg.chart{width:100%;height:auto}
            .file{font-size:7.5px}
            }
            """;

    private SummaryHtml() {
    }

    public static void write(Summary s, Writer out) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; img-src data:; script-src 'sha256-" + hash(SCRIPT) + "'\">\n");
        out.write("<title>批量审查汇总</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n");
        out.write("<h1>批量审查汇总</h1>\n<p>共 " + s.rows().size() + " 份报告：已检查 "
                + s.count("checked") + " 份，无法检查 " + s.count("failed") + " 份，超时 " + s.count("timed-out")
                + " 份。问题合计：<span class=\"e\">错误 " + s.totalErrors() + "</span> · <span class=\"w\">警告 "
                + s.totalWarnings() + "</span> · <span class=\"i\">提示 " + s.totalInfos() + "</span>。</p>\n");
        out.write("<p class=\"note\">排序（最差的在前）：无法检查或超时的报告排在最前，需要人工查看；其余先比错误数，"
                + "再比警告数，再比提示数，多的在前；都相同的按文件名。点击表头可按该列重新排序。</p>\n");
        out.write("<h2>各类问题数量（全部报告）</h2>\n");
        out.write("<p class=\"note\">" + LEGEND + "</p>\n");
        List<SvgBars.Bar> cats = new ArrayList<>();
        for (Map.Entry<String, SummaryRow.Severities> e : s.severitiesByCategory().entrySet()) {
            SummaryRow.Severities n = e.getValue();
            cats.add(new SvgBars.Bar(Category.label(e.getKey()), e.getKey(),
                    new int[] {n.errors(), n.warnings(), n.infos()}));
        }
        out.write(SvgBars.severityChart("各类问题数量", cats));
        writeReportChart(s, out);
        SummaryTables.reports(s, out);
        SummaryTables.pairs(s, out);
        SummaryTables.skipped(s, out);
        out.write("<script>" + SCRIPT + "</script>\n</body>\n</html>\n");
    }

    private static void writeReportChart(Summary s, Writer out) throws IOException {
        List<SvgBars.Bar> bars = new ArrayList<>();
        for (SummaryRow r : s.rows()) {
            if (bars.size() == CHART_REPORTS) {
                break;
            }
            if (r.ok() && r.findings() > 0) {
                bars.add(new SvgBars.Bar(r.title() != null && !r.title().isBlank() ? shortTitle(r.title())
                        : shortName(r.source()), r.displayName().equals(r.source()) ? r.source()
                        : r.displayName() + "（" + r.source() + "）", new int[] {r.errors(), r.warnings(), r.infos()}));
            }
        }
        out.write("<h2>问题最多的报告</h2>\n<p class=\"note\">按上述顺序（先比错误数，再比警告数，再比提示数）取前 "
                + CHART_REPORTS + " 份有问题的报告，以标题称呼（没有找到标题的用文件名）；" + LEGEND + "</p>\n");
        if (bars.isEmpty()) {
            out.write("<p>没有发现问题的报告。</p>\n");
        } else {
            out.write(SvgBars.severityChart("问题最多的报告", bars));
        }
    }

    private static final String LEGEND = "<span class=\"e\">■ 错误</span> <span class=\"w\">■ 警告</span> "
            + "<span class=\"i\">■ 提示</span>：条形按严重程度分段着色，右侧分别列出各级数量";

    /** A title cut to fit beside a bar; the tooltip has it whole, with the file name. */
    static String shortTitle(String title) {
        String t = title.strip();
        int n = t.codePointCount(0, t.length());
        return n > 16 ? t.substring(0, t.offsetByCodePoints(0, 15)) + "…" : t;
    }

    /** The file name and its folder, cut to fit beside a bar; the tooltip has the full path. */
    static String shortName(String source) {
        String unix = source.replace('\\', '/');
        int slash = unix.lastIndexOf('/');
        String name = slash > 0 ? unix.substring(unix.lastIndexOf('/', slash - 1) + 1) : unix;
        int n = name.codePointCount(0, name.length());
        return n > 28 ? "…" + name.substring(name.offsetByCodePoints(0, n - 27)) : name;
    }

    static String pairKind(SharedPair p) {
        return SharedPair.EARLIER.equals(p.kind()) ? "与往年报告" : "本批两份报告";
    }

    private static String hash(String script) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(script.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package reportcheck.summary;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code summary.csv}: RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs open the
 * Chinese text correctly, one row per report worst first, headers and statuses in Chinese (each
 * category header also names its id). A text cell that a spreadsheet would
 * take for a formula (starting with = + - @) gets a leading apostrophe, since titles and file
 * names come from the reports.
 */
public final class SummaryCsv {
    private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\\s*[\\r\\n]+\\s*");

    private SummaryCsv() {
    }

    public static void write(Summary s, Writer out) throws IOException {
        out.write('\uFEFF');
        List<String> categories = s.categories();
        // headers for people opening the file in a spreadsheet; summary.json keeps the English field names
        List<String> head = new ArrayList<>(List.of("序号", "文件", "输出名", "状态", "原因", "标题", "发文机关",
                "文种", "年度", "错误", "警告", "提示", "问题合计"));
        categories.forEach(c -> head.add("类别：" + reportcheck.finding.Category.label(c) + "（" + c + "）"));
        line(out, head);
        int rank = 1;
        for (SummaryRow r : s.rows()) {
            List<String> cells = new ArrayList<>(List.of(String.valueOf(rank++), text(r.source()), text(r.outputName()),
                    Summary.statusLabel(r.status()), text(r.reason()), text(r.title()), text(r.issuer()),
                    text(r.genreName()), r.reportingYear() == null ? "" : r.reportingYear().toString(), String.valueOf(r.errors()),
                    String.valueOf(r.warnings()), String.valueOf(r.infos()), String.valueOf(r.findings())));
            categories.forEach(c -> cells.add(String.valueOf(r.byCategory().getOrDefault(c, 0))));
            line(out, cells);
        }
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** A cell from a report: never read as a formula. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        String flat = LINE_BREAK.matcher(s).replaceAll(" ");
        return !flat.isEmpty() && "=+-@\t".indexOf(flat.charAt(0)) >= 0 ? "'" + flat : flat;
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}

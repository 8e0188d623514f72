package reportcheck.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table's rows read as labels with the cells that follow them. A row's values are the cells
 * after its last label; cells before it (a merged label printed once, the filler it leaves) are
 * not values. A row without a label goes on the row before: a table printed one cell per line,
 * or a row wrapped over lines.
 */
final class TableEntries {
    /** A label cell and the value cells after it; {@code spanned} if a merge covered (and so left out) a value column. */
    record Entry(TableRows.Cell label, List<TableRows.Cell> values, boolean[] spanned) {
        boolean anyFilled() {
            return values.stream().anyMatch(v -> !v.blank());
        }

        /** Exactly {@code n} values, dropping only blank cells past the n-th; null when that cannot be. */
        List<TableRows.Cell> take(int n) {
            if (values.size() < n) {
                return null;
            }
            for (int i = n; i < values.size(); i++) {
                if (!values.get(i).blank()) {
                    return null;
                }
            }
            return values.subList(0, n);
        }
    }

    /** Written with or without thousands separators: 1300, 1,300. */
    private static final Pattern INTEGER = Pattern.compile("\\d+|\\d{1,3}(?:,\\d{3})+");
    private static final Pattern DECIMAL = Pattern.compile("\\d+\\.\\d+");
    private static final Pattern SIGNED = Pattern.compile("[+\\-]{1,2}\\d+(?:\\.\\d+)?");
    private static final Pattern UNIT = Pattern.compile("[+\\-]?\\d+(?:\\.\\d+)?\\s*(?:万元|元|件|个|项|条|人次|次)");
    private static final Pattern DASH = Pattern.compile("[-—–─_]+");
    private static final Pattern NUMBER = Pattern.compile("([+\\-]?)[+\\-]?(\\d+(?:\\.\\d+)?)");
    // the patterns of a label's core, compiled once: a label is reduced to its core for every
    // comparison with a format's labels, and compiling them on each call was most of reading a table
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LIST_NUMBER = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.]|\\([一二三四五六七八九十]+\\)|\\d+[.、)]|\\(\\d+\\))");
    private static final Pattern REMARK = Pattern.compile("(?<=.)\\([^()]*\\)");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]");

    private TableEntries() {
    }

    static List<Entry> read(List<List<TableRows.Cell>> rows) {
        List<Entry> out = new ArrayList<>();
        Entry cur = null;
        for (List<TableRows.Cell> row : rows) {
            int last = -1;
            for (int i = 0; i < row.size(); i++) {
                if ("text".equals(kind(row.get(i).text()))) {
                    last = i;
                }
            }
            if (last >= 0) {
                cur = new Entry(row.get(last), new ArrayList<>(), new boolean[1]);
                out.add(cur);
            } else if (cur == null) {
                continue;
            }
            for (int i = last + 1; i < row.size(); i++) {
                // a number merged over several columns is one cell; the columns it covers are not more cells
                if (row.get(i).spanned()) {
                    cur.spanned()[0] = true;
                } else {
                    cur.values().add(row.get(i));
                }
            }
        }
        return out;
    }

    /** integer, decimal, signed, unit (a number with 件, 万元…), blank, slash, dash, none (无) or text. */
    static String kind(String t) {
        String s = t.strip();
        if (s.isEmpty()) {
            return "blank";
        }
        if (s.equals("/") || s.equals("\\")) {
            return "slash";
        }
        if (INTEGER.matcher(s).matches()) {
            return "integer";
        }
        if (DECIMAL.matcher(s).matches()) {
            return "decimal";
        }
        if (SIGNED.matcher(s).matches()) {
            return "signed";
        }
        if (DASH.matcher(s).matches()) {
            return "dash";
        }
        if (UNIT.matcher(s).matches()) {
            return "unit";
        }
        return s.equals("无") ? "none" : "text";
    }

    /** The number a value cell holds, or null. "--253" is read as -253, as its writer meant. */
    static Double value(String t) {
        String k = kind(t);
        if (!List.of("integer", "decimal", "signed", "unit").contains(k)) {
            return null;
        }
        java.util.regex.Matcher m = NUMBER.matcher(t.strip().replace(",", ""));
        m.lookingAt();
        double v = Double.parseDouble(m.group(2));
        return "-".equals(m.group(1)) ? -v : v;
    }

    /**
     * The label's core for matching: no spaces, no list number in front, no punctuation or
     * brackets. {@code remarks} false also drops a bracketed remark after the label's start.
     */
    static String core(String label, boolean remarks) {
        String s = SPACES.matcher(reportcheck.text.Normalizer.fold(label)).replaceAll("");
        s = LIST_NUMBER.matcher(s).replaceFirst("");
        if (!remarks) {
            s = REMARK.matcher(s).replaceAll("");
        }
        return PUNCTUATION.matcher(s).replaceAll("");
    }
}

package reportcheck.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reportcheck.knowledge.TableFormat;

/**
 * Where the tables of a format stand in a report and which is which: their titles as lines of
 * their own, the lines a flattened table runs over, a reader's grid told apart by its labels,
 * and a written label matched to the format's.
 */
final class TableLocator {
    private static final Pattern NUMBERED = Pattern.compile("^[一二三四五六七八九十]{1,2}[、.]");
    private static final Pattern BARS = Pattern.compile("[\\s|]");
    private static final int MAX_ROWS = 400;

    private TableLocator() {
    }

    /**
     * Each line as a table's title is looked for in it: without its number, spaces and bars; null
     * for a line with a full stop, which is a sentence, not a title. Made once for all the tables.
     */
    static List<String> titleCandidates(List<Line> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (Line l : lines) {
            String f = l.folded();
            out.add(f.indexOf('。') >= 0 ? null : BARS.matcher(NUMBERED.matcher(f).replaceFirst("")).replaceAll(""));
        }
        return out;
    }

    /** The table's title standing as a line of its own (the preamble names the parts in a sentence). */
    static int titleLine(List<String> candidates, TableFormat.Table t) {
        for (int i = 0; i < candidates.size(); i++) {
            String bare = candidates.get(i);
            if (bare != null && bare.length() <= t.title().length() + 10 && t.titlePattern().matcher(bare).find()) {
                return i;
            }
        }
        return -1;
    }

    /** The table runs to the next table's title or to the next part heading that is not one of its rows. */
    static int regionEnd(List<Line> lines, int title, Map<String, Integer> titles, TableFormat.Table t) {
        int end = Math.min(lines.size(), title + 1 + MAX_ROWS);
        for (int at : titles.values()) {
            if (at > title && at < end) {
                end = at;
            }
        }
        for (int i = title + 1; i < end; i++) {
            String f = lines.get(i).folded();
            if (f.indexOf('|') < 0 && f.indexOf('\t') < 0 && NUMBERED.matcher(f).find()
                    && t.rows().stream().noneMatch(r -> match(f, r.label()) != null)) {
                return i;
            }
        }
        return end;
    }

    /** Which table of the format a reader's grid is, by the labels it holds. */
    static String classify(List<List<TableRows.Cell>> rows, TableFormat f) {
        Map<String, Integer> hits = new HashMap<>();
        for (List<TableRows.Cell> row : rows) {
            for (TableRows.Cell c : row) {
                String core = TableEntries.core(c.text(), true);
                for (TableFormat.Table t : f.tables()) {
                    boolean hit = t.columns().contains(c.text())
                            || t.rows().stream().anyMatch(r -> core.equals(TableEntries.core(r.label(), true)));
                    if (hit) {
                        hits.merge(t.id(), 1, Integer::sum);
                    }
                }
            }
        }
        return hits.entrySet().stream().filter(e -> e.getValue() >= 3).max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
    }

    /** Whether rows hold at least two of table 二's row labels of some format: the table is there though 三 is not. */
    static boolean shown(List<List<TableRows.Cell>> rows, List<TableFormat> formats) {
        if (rows == null) {
            return false;
        }
        Set<String> labels = new HashSet<>();
        for (TableFormat f : formats) {
            f.table("二").rows().forEach(r -> labels.add(TableEntries.core(r.label(), true)));
        }
        Set<String> seen = new HashSet<>();
        rows.forEach(row -> row.forEach(c -> {
            String core = TableEntries.core(c.text(), true);
            if (labels.contains(core)) {
                seen.add(core);
            }
        }));
        return seen.size() >= 2;
    }

    /** null: no match; FALSE: the format's label; TRUE: the format's label with its wording changed. */
    static Boolean match(String written, String label) {
        String a = TableEntries.core(written, true);
        String b = TableEntries.core(label, true);
        if (a.isEmpty()) {
            return null;
        }
        if (a.equals(b) || TableEntries.core(written, false).equals(TableEntries.core(label, false))) {
            return Boolean.FALSE;
        }
        String a2 = TableEntries.core(written, false);
        String b2 = TableEntries.core(label, false);
        if (a2.length() >= 4 && b2.length() >= 4 && (b2.contains(a2) || a2.contains(b2))
                && Math.abs(a2.length() - b2.length()) <= Math.max(2, b2.length() / 3)) {
            return Boolean.TRUE;
        }
        // a slip of a character or two in a long label (内容事务 for 内部事务), never more than three
        int limit = Math.min(3, Math.max(1, b2.length() / 6));
        if (b2.length() >= 5 && Levenshtein.distance(a2, b2, limit) <= limit) {
            return Boolean.TRUE;
        }
        return null;
    }
}

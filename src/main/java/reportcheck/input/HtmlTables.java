package reportcheck.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import reportcheck.text.TableGrid;

/**
 * The tables of a web page as logical grids: a cell with colspan fills each column it spans, one
 * with rowspan repeats in the rows below, both marked as spanned, so a row read after a merged
 * label has as many columns as the first. Cells are placed where {@link HtmlText} put their text.
 */
final class HtmlTables {
    /** More than any real table; a larger span is a page error and is cut to this. */
    private static final int MAX_SPAN = 100;

    private HtmlTables() {
    }

    static List<TableGrid> grids(Element root, Map<Element, int[]> placed, List<String> lines) {
        List<TableGrid> out = new ArrayList<>();
        for (Element table : root.select("table")) {
            // a table holding tables lays out the page; the data tables are the innermost ones
            if (table.select("table").size() > 1) {
                continue;
            }
            out.add(grid(table, placed, lines));
        }
        return out;
    }

    private static TableGrid grid(Element table, Map<Element, int[]> placed, List<String> lines) {
        List<List<TableGrid.Cell>> rows = new ArrayList<>();
        Map<Long, TableGrid.Cell> below = new HashMap<>();
        int r = 0;
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) {
                continue;
            }
            List<TableGrid.Cell> row = new ArrayList<>();
            for (Element td : tr.children()) {
                if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
                    continue;
                }
                fillFromAbove(row, below, r);
                TableGrid.Cell cell = cell(td, placed, lines);
                int cols = span(td, "colspan");
                int down = span(td, "rowspan");
                for (int k = 0; k < cols; k++) {
                    TableGrid.Cell c = k == 0 ? cell : spanned(cell);
                    for (int d = 1; d < down; d++) {
                        below.put(key(r + d, row.size()), spanned(cell));
                    }
                    row.add(c);
                }
            }
            fillFromAbove(row, below, r);
            rows.add(row);
            r++;
        }
        return new TableGrid(rows);
    }

    private static void fillFromAbove(List<TableGrid.Cell> row, Map<Long, TableGrid.Cell> below, int r) {
        TableGrid.Cell c;
        while ((c = below.remove(key(r, row.size()))) != null) {
            row.add(c);
        }
    }

    /** The cell's text as it stands in its line (a cell holding paragraphs: its first line). */
    private static TableGrid.Cell cell(Element td, Map<Element, int[]> placed, List<String> lines) {
        int[] at = placed.get(td);
        if (at == null || at[0] < 1 || at[0] > lines.size()) {
            return new TableGrid.Cell(td.text(), 0, 0, false);
        }
        String line = lines.get(at[0] - 1);
        int s = Math.min(at[1], line.length());
        return new TableGrid.Cell(line.substring(s, Math.max(s, Math.min(at[2], line.length()))), at[0], s, false);
    }

    private static TableGrid.Cell spanned(TableGrid.Cell c) {
        return new TableGrid.Cell(c.text(), c.line(), c.column(), true);
    }

    private static int span(Element td, String attr) {
        try {
            return Math.max(1, Math.min(MAX_SPAN, Integer.parseInt(td.attr(attr).strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static long key(int row, int col) {
        return ((long) row << 32) | col;
    }
}

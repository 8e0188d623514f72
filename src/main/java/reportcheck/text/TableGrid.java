package reportcheck.text;

import java.util.List;

/**
 * A table as a document reader found it, with merged cells resolved: row by row, one entry per
 * logical column. A cell a merge covers repeats the text of the cell that covers it and says so
 * ({@code spanned}); the text of a blank cell is empty. Each cell knows where its text stands in
 * the report text the reader produced: the 1-based line, and the UTF-16 index in that line of
 * its first character; a cell with no text there has line 0.
 */
public record TableGrid(List<List<Cell>> rows) {
    public record Cell(String text, int line, int column, boolean spanned) {
    }

    public TableGrid {
        rows = rows.stream().map(List::copyOf).toList();
    }
}

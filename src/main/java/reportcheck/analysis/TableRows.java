package reportcheck.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reportcheck.text.SourceText;
import reportcheck.text.TableGrid;

/**
 * The rows of a table as cells placed in the report text, from either a reader's grid (.docx,
 * HTML) or the lines of a flattened table in plain text: one row per line with {@code |} or tab
 * separators; one cell per line ending in {@code |}, a bare {@code |} being a blank cell and
 * a line of pipes only ({@code ||}, {@code |||}) the filler a merged cell leaves; or a label
 * followed by numbers separated by spaces, as a PDF prints a row.
 */
final class TableRows {
    /** A cell: its trimmed folded text and where it stands; a blank cell is empty at its separator. */
    record Cell(int offset, int end, String text, boolean spanned) {
        boolean blank() {
            return text.isEmpty();
        }
    }

    private static final Pattern SPACED_ROW =
            Pattern.compile("^(.*?[^\\d\\s/.+\\-])?\\s*((?:[+\\-]?[\\d.]+|/)(?:\\s+(?:[+\\-]?[\\d.]+|/))+)$");
    private static final Pattern FILLER = Pattern.compile("^\\|{2,}$");
    private static final Pattern SPACE = Pattern.compile("\\s");

    private TableRows() {
    }

    static List<List<Cell>> fromGrid(SourceText src, TableGrid grid) {
        List<List<Cell>> out = new ArrayList<>();
        for (List<TableGrid.Cell> row : grid.rows()) {
            List<Cell> cells = new ArrayList<>();
            for (TableGrid.Cell c : row) {
                String t = c.text().strip();
                if (c.line() < 1 || c.line() > src.lineCount() || t.isEmpty()) {
                    cells.add(new Cell(-1, -1, "", c.spanned()));
                    continue;
                }
                int at = src.original().indexOf(t, src.lineStart(c.line()) + c.column());
                if (at < 0 || at + t.length() > src.lineEnd(c.line())) {
                    // the reader's place does not hold the text: say nothing rather than point wrongly
                    cells.add(new Cell(-1, -1, reportcheck.text.Normalizer.fold(t), c.spanned()));
                } else {
                    // folded, a no-break space (&nbsp; in an empty web cell) is a space: the cell is blank
                    String f = src.folded().substring(at, at + t.length()).strip();
                    cells.add(f.isEmpty() ? new Cell(at, at, "", c.spanned())
                            : new Cell(at, at + t.length(), f, c.spanned()));
                }
            }
            out.add(cells);
        }
        return out;
    }

    /** The rows of text lines {@code from} to {@code to} (indexes into {@code lines}, end exclusive). */
    static List<List<Cell>> fromLines(List<Line> lines, int from, int to) {
        List<List<Cell>> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Line l = lines.get(i);
            String f = l.folded();
            if (FILLER.matcher(SPACE.matcher(f).replaceAll("")).matches()) {
                continue;
            }
            if (f.indexOf('|') >= 0 || f.indexOf('\t') >= 0) {
                out.add(split(l, f.indexOf('|') >= 0 ? '|' : '\t'));
                continue;
            }
            Matcher m = SPACED_ROW.matcher(f);
            List<Cell> row = new ArrayList<>();
            if (m.matches()) {
                if (m.group(1) != null) {
                    row.add(cell(l, m.start(1), m.end(1)));
                }
                Matcher n = Pattern.compile("[^\\s]+").matcher(f);
                n.region(m.start(2), m.end(2));
                while (n.find()) {
                    row.add(cell(l, n.start(), n.end()));
                }
            } else {
                row.add(cell(l, 0, f.length()));
            }
            out.add(row);
        }
        return out;
    }

    private static List<Cell> split(Line l, char sep) {
        String f = l.folded();
        List<Cell> row = new ArrayList<>();
        if (f.equals(String.valueOf(sep))) {
            row.add(new Cell(l.start(), l.start(), "", false));
            return row;
        }
        int from = f.charAt(0) == sep ? 1 : 0;
        int to = f.length() > from && f.charAt(f.length() - 1) == sep ? f.length() - 1 : f.length();
        int s = from;
        for (int i = from; i <= to; i++) {
            if (i == to || f.charAt(i) == sep) {
                row.add(cell(l, s, i));
                s = i + 1;
            }
        }
        return row;
    }

    /** The cell between columns {@code s} and {@code e} of the line, trimmed; blank at {@code s}. */
    private static Cell cell(Line l, int s, int e) {
        String f = l.folded();
        while (s < e && Character.isWhitespace(f.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(f.charAt(e - 1))) {
            e--;
        }
        return new Cell(l.start() + s, l.start() + e, f.substring(s, e), false);
    }
}

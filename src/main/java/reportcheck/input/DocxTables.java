package reportcheck.input;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import reportcheck.text.TableGrid;

/**
 * Word tables as logical grids: a cell spanning columns (gridSpan) fills each of them, a cell
 * merged down (vMerge) repeats the cell above, both marked as spanned. A cell's place is the
 * line of its first paragraph with text; its text is all its paragraphs run together.
 */
final class DocxTables {
    /** A cell as read: its paragraphs are entries {@code first} to {@code end} (exclusive). */
    record Span(int first, int end, int gridSpan, boolean continuesAbove) {
    }

    private DocxTables() {
    }

    static Span span(XWPFTableCell tc, int first, int end) {
        CTTcPr pr = tc.getCTTc().getTcPr();
        int cols = 1;
        boolean below = false;
        if (pr != null) {
            if (pr.isSetGridSpan() && pr.getGridSpan().getVal() != null) {
                cols = Math.max(1, pr.getGridSpan().getVal().intValue());
            }
            // a vMerge without val, or with val="continue", carries on the cell above
            below = pr.isSetVMerge() && (pr.getVMerge().getVal() == null
                    || "continue".equals(pr.getVMerge().getVal().toString()));
        }
        return new Span(first, end, cols, below);
    }

    static List<TableGrid> grids(List<DocxParagraphs.Entry> entries, List<List<List<Span>>> tables) {
        // line number of each entry: the entries with text, counted
        int[] line = new int[entries.size()];
        int n = 0;
        for (int i = 0; i < entries.size(); i++) {
            line[i] = ParagraphText.isBlank(entries.get(i).line()) ? 0 : ++n;
        }
        List<TableGrid> out = new ArrayList<>();
        for (List<List<Span>> table : tables) {
            List<List<TableGrid.Cell>> rows = new ArrayList<>();
            for (List<Span> spans : table) {
                List<TableGrid.Cell> row = new ArrayList<>();
                for (Span s : spans) {
                    TableGrid.Cell cell = cell(entries, line, s);
                    if (s.continuesAbove() && !rows.isEmpty()) {
                        List<TableGrid.Cell> above = rows.get(rows.size() - 1);
                        TableGrid.Cell a = row.size() < above.size() ? above.get(row.size()) : null;
                        cell = a == null ? cell : new TableGrid.Cell(a.text(), a.line(), a.column(), true);
                    }
                    for (int k = 0; k < s.gridSpan(); k++) {
                        row.add(k == 0 ? cell : new TableGrid.Cell(cell.text(), cell.line(), cell.column(), true));
                    }
                }
                rows.add(row);
            }
            out.add(new TableGrid(rows));
        }
        return out;
    }

    private static TableGrid.Cell cell(List<DocxParagraphs.Entry> entries, int[] line, Span s) {
        StringBuilder text = new StringBuilder();
        int at = 0;
        for (int i = s.first(); i < s.end(); i++) {
            String l = entries.get(i).line();
            if (!ParagraphText.isBlank(l)) {
                text.append(l.strip());
                at = at == 0 ? line[i] : at;
            }
        }
        return new TableGrid.Cell(text.toString(), at, 0, false);
    }
}

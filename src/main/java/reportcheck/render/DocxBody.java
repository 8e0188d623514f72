package reportcheck.render;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The paragraphs of a Word body as report lines: line N is the Nth paragraph in body order,
 * table cells (row by row, cell by cell, nested tables inside) included, as the .docx reader
 * numbers them. Where a line's text does not match its paragraph (a reader that drops or adds a
 * paragraph), the nearest paragraph whose text does is taken instead.
 */
final class DocxBody {
    private final List<DocxRuns> paragraphs = new ArrayList<>();

    DocxBody(XWPFDocument doc) {
        addAll(doc.getBodyElements());
    }

    private void addAll(List<IBodyElement> elements) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                paragraphs.add(new DocxRuns(p.getCTP()));
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        addAll(cell.getBodyElements());
                    }
                }
            }
        }
    }

    int size() {
        return paragraphs.size();
    }

    DocxRuns get(int index) {
        return paragraphs.get(index);
    }

    /** The first paragraph with text, where whole-document comments go; null for an empty body. */
    DocxRuns firstWithText() {
        return paragraphs.stream().filter(p -> !p.text().isBlank()).findFirst()
                .orElse(paragraphs.isEmpty() ? null : paragraphs.get(0));
    }

    /** The paragraph that holds report line {@code line} with text {@code lineText}, or null. */
    DocxRuns forLine(int line, String lineText) {
        int guess = line - 1;
        if (guess < paragraphs.size() && matches(lineText, paragraphs.get(guess).text())) {
            return paragraphs.get(guess);
        }
        DocxRuns best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < paragraphs.size(); i++) {
            String text = paragraphs.get(i).text();
            // away from its own place a paragraph must carry most of the line, not a tail like "。"
            if (Math.abs(i - guess) < bestDistance && !lineText.isBlank()
                    && 2 * text.strip().length() >= lineText.strip().length() && matches(lineText, text)) {
                best = paragraphs.get(i);
                bestDistance = Math.abs(i - guess);
            }
        }
        return best;
    }

    /**
     * Whether a report line shows this paragraph: the same text, give or take surrounding space,
     * or the paragraph's text after a list label that Word generates and the reader wrote out.
     */
    static boolean matches(String line, String paragraph) {
        String l = line.strip();
        String p = paragraph.strip();
        return l.equals(p) || !p.isEmpty() && l.endsWith(p)
                || l.replaceAll("\\s+", "").equals(p.replaceAll("\\s+", ""));
    }
}

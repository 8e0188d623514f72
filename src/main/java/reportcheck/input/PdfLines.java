package reportcheck.input;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The printed lines of a PDF's text layer in reading order (PDFBox sorts the glyphs by position,
 * so the order in which a generator wrote them does not matter), each with where it starts and
 * ends on the page, for {@link PdfParagraphs} to join into paragraphs.
 */
final class PdfLines extends PDFTextStripper {
    /**
     * One printed line: page (1-based), text, left and right edge, baseline from the top, font
     * size (pt), and the width of its first unbreakable piece (one Chinese character, or a run of
     * Latin letters, digits and signs such as "2018-2019)", with the marks bound to it, see
     * {@link LineBreaks#firstUnitEnd}), which a line before it could not fit; and whether it
     * ends with a printed space, which a word processor leaves at the end of a line it breaks
     * after a space, so the space belongs between this line and the next.
     */
    record TextLine(int page, String text, float x0, float x1, float y, float size, float firstWidth,
            boolean spaceAfter) {
        TextLine(int page, String text, float x0, float x1, float y, float size, float firstWidth) {
            this(page, text, x0, x1, y, size, firstWidth, false);
        }
    }

    /** A printed character and where it ends on the line; a word break PDFBox inferred is a space ending nowhere. */
    record Glyph(char c, float right) {
    }

    private static final int HEAD = 24;

    private final List<TextLine> lines = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private float x0;
    private float x1;
    private float y;
    private float size;
    /** The first glyphs of the line, enough for {@link LineBreaks#firstUnitEnd}. */
    private final List<Glyph> head = new ArrayList<>();
    private boolean pendingSeparator;

    private PdfLines() {
        setSortByPosition(true);
        reset();
    }

    static List<TextLine> extract(PDDocument doc) throws IOException {
        PdfLines s = new PdfLines();
        s.writeText(doc, Writer.nullWriter());
        s.endLine();
        return s.lines;
    }

    @Override
    protected void writeString(String s, List<TextPosition> positions) {
        if (pendingSeparator && text.length() > 0 && !s.isEmpty() && separates(text.charAt(text.length() - 1), s.charAt(0))) {
            text.append(' ');
        }
        if (pendingSeparator && !head.isEmpty()) {
            head.add(new Glyph(' ', 0));
        }
        pendingSeparator = false;
        text.append(s);
        for (TextPosition p : positions) {
            x0 = Math.min(x0, p.getXDirAdj());
            x1 = Math.max(x1, p.getXDirAdj() + p.getWidthDirAdj());
            y = Math.max(y, p.getYDirAdj());
            size = Math.max(size, p.getFontSizeInPt());
            if (head.size() < HEAD) {
                String u = p.getUnicode();
                head.add(new Glyph(u == null || u.isEmpty() ? ' ' : u.charAt(0), p.getXDirAdj() + p.getWidthDirAdj()));
            }
        }
    }

    /**
     * PDFBox infers a word break from a gap between glyphs. Between Chinese characters such a gap
     * is justification, not a space, so it is dropped there; spaces that are real glyphs stay.
     */
    private static boolean separates(char before, char after) {
        return !Character.isWhitespace(before) && !Character.isWhitespace(after)
                && !(ParagraphText.isWide(before) && ParagraphText.isWide(after));
    }

    @Override
    protected void writeWordSeparator() {
        pendingSeparator = true;
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void writePageEnd() {
        endLine();
    }

    private void endLine() {
        if (!ParagraphText.isBlank(text.toString())) {
            float firstEnd = LineBreaks.firstUnitEnd(head);
            String t = text.toString();
            lines.add(new TextLine(getCurrentPageNo(), t.strip(), x0, x1, y, size,
                    Float.isNaN(firstEnd) ? 0 : firstEnd - x0, t.endsWith(" ")));
        }
        reset();
    }

    private void reset() {
        text.setLength(0);
        x0 = Float.MAX_VALUE;
        x1 = -Float.MAX_VALUE;
        y = -Float.MAX_VALUE;
        size = 0;
        head.clear();
        pendingSeparator = false;
    }
}

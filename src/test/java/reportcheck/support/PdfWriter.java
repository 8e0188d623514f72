package reportcheck.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays a text report out as a printed PDF with a text layer: A4, a Chinese TrueType font ({@link Needs#FONT})
 * embedded as a subset, each paragraph with a two-character first-line indent and wrapped at the
 * right margin, a blank line as extra space, and a page number "— N —" at the foot of each page.
 * Lines are not broken inside a run of Latin letters and digits, nor next to a space, as a word
 * processor would not.
 */
public final class PdfWriter {
    static final float SIZE = 12f;
    static final float PITCH = 20f;
    static final float MARGIN = 72f;

    private PdfWriter() {
    }

    public static void write(List<String> paragraphs, Path out) throws IOException {
        // skips the calling test where the font is not installed (fails it under CI)
        Needs.have(Needs.fontMissing());
        try (PDDocument doc = new PDDocument(); TrueTypeCollection ttc = new TrueTypeCollection(Needs.FONT)) {
            TrueTypeFont[] found = new TrueTypeFont[1];
            ttc.processAllFonts(f -> {
                if (found[0] == null && !f.getName().contains("Mono")) {
                    found[0] = f;
                }
            });
            PDType0Font font = PDType0Font.load(doc, found[0], true);
            PDRectangle box = PDRectangle.A4;
            float width = box.getWidth() - 2 * MARGIN;
            Layout page = new Layout(doc, font, box);
            for (String p : paragraphs) {
                if (p.isBlank()) {
                    page.skip();
                    continue;
                }
                float indent = 2 * SIZE;
                for (String row : wrap(p, font, width - indent, width)) {
                    page.line(row, MARGIN + indent);
                    indent = 0;
                }
            }
            page.close();
            doc.save(out.toFile());
        }
    }

    static List<String> wrap(String text, PDType0Font font, float firstWidth, float width) throws IOException {
        List<String> rows = new ArrayList<>();
        int start = 0;
        float avail = firstWidth;
        while (start < text.length()) {
            int end = start;
            int lastBreak = -1;
            float used = 0;
            while (end < text.length() && used + width(font, text.substring(end, end + 1)) <= avail) {
                used += width(font, text.substring(end, end + 1));
                end++;
                if (end < text.length() && breakable(text.charAt(end - 1), text.charAt(end))) {
                    lastBreak = end;
                }
            }
            if (end < text.length() && lastBreak > start) {
                end = lastBreak;
            }
            rows.add(text.substring(start, end));
            start = end;
            avail = width;
        }
        return rows;
    }

    private static boolean breakable(char a, char b) {
        boolean latinA = a < 0x80 && Character.isLetterOrDigit(a);
        boolean latinB = b < 0x80 && Character.isLetterOrDigit(b);
        return !(latinA && latinB) && a != ' ' && b != ' ';
    }

    private static float width(PDType0Font font, String s) throws IOException {
        return font.getStringWidth(s) / 1000f * SIZE;
    }

    /** Where the next line goes; opens pages as needed and numbers them. */
    private static final class Layout {
        private final PDDocument doc;
        private final PDType0Font font;
        private final PDRectangle box;
        private PDPageContentStream cs;
        private float y;
        private int pages;

        Layout(PDDocument doc, PDType0Font font, PDRectangle box) {
            this.doc = doc;
            this.font = font;
            this.box = box;
        }

        void skip() throws IOException {
            ensure();
            y -= PITCH;
        }

        void line(String text, float x) throws IOException {
            ensure();
            cs.beginText();
            cs.setFont(font, SIZE);
            cs.newLineAtOffset(x, y);
            cs.showText(text);
            cs.endText();
            y -= PITCH;
        }

        private void ensure() throws IOException {
            if (cs != null && y >= MARGIN) {
                return;
            }
            close();
            PDPage page = new PDPage(box);
            doc.addPage(page);
            pages++;
            cs = new PDPageContentStream(doc, page);
            y = box.getHeight() - MARGIN;
        }

        void close() throws IOException {
            if (cs == null) {
                return;
            }
            String number = "— " + pages + " —";
            cs.beginText();
            cs.setFont(font, SIZE);
            cs.newLineAtOffset((box.getWidth() - width(font, number)) / 2, MARGIN / 2);
            cs.showText(number);
            cs.endText();
            cs.close();
            cs = null;
        }
    }
}

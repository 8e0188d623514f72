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
 * right margin (ragged, not justified), a blank line as extra space, and a page number "— N —"
 * at the foot of each page. Lines break as Word, WPS and browsers break Chinese text: not inside
 * a run of Latin letters and digits, not after an opening mark (《 （ “) nor before a closing
 * mark or pause (》 ） ” 、 ，), so a character is carried over with the mark bound to it and
 * the line before stops short. After a space but not before one: the space is printed at the
 * end of the line, as Word and WPS print it.
 */
public final class PdfWriter {
    /** 12 pt on 20 pt lines between 1-inch margins, about 37 characters a line. */
    public static final Page DEFAULT = new Page(12f, 20f, 72f, 72f);
    /** The 公文 page of GB/T 9704-2012: 16 pt (三号), 28 characters a line, left margin 28 mm. */
    public static final Page GBT9704 = new Page(16f, 28.9f, 79.4f, 28 * 16f);
    /** The top and bottom margins. */
    private static final float TOP_BOTTOM = 72f;
    private static final String OPENING = "《〈（(“‘「『【〔";
    private static final String CLOSING = "》〉）)”’」』】〕、，。；：？！…,.;:?!%";

    /** Font size, line pitch, left margin and text width, in points. */
    public record Page(float size, float pitch, float margin, float width) {
    }

    private PdfWriter() {
    }

    public static void write(List<String> paragraphs, Path out) throws IOException {
        write(paragraphs, out, DEFAULT);
    }

    public static void write(List<String> paragraphs, Path out, Page layout) throws IOException {
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
            float width = layout.width();
            Layout page = new Layout(doc, font, box, layout);
            for (String p : paragraphs) {
                if (p.isBlank()) {
                    page.skip();
                    continue;
                }
                float indent = 2 * layout.size();
                for (String row : wrap(p, font, layout.size(), width - indent, width)) {
                    page.line(row, layout.margin() + indent);
                    indent = 0;
                }
            }
            page.close();
            doc.save(out.toFile());
        }
    }

    static List<String> wrap(String text, PDType0Font font, float size, float firstWidth, float width)
            throws IOException {
        List<String> rows = new ArrayList<>();
        int start = 0;
        float avail = firstWidth;
        while (start < text.length()) {
            int end = start;
            int lastBreak = -1;
            float used = 0;
            while (end < text.length() && used + width(font, size, text.substring(end, end + 1)) <= avail) {
                used += width(font, size, text.substring(end, end + 1));
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
        return !(latinA && latinB) && b != ' ' && OPENING.indexOf(a) < 0 && CLOSING.indexOf(b) < 0;
    }

    private static float width(PDType0Font font, float size, String s) throws IOException {
        return font.getStringWidth(s) / 1000f * size;
    }

    /** Where the next line goes; opens pages as needed and numbers them. */
    private static final class Layout {
        private final PDDocument doc;
        private final PDType0Font font;
        private final PDRectangle box;
        private final Page layout;
        private PDPageContentStream cs;
        private float y;
        private int pages;

        Layout(PDDocument doc, PDType0Font font, PDRectangle box, Page layout) {
            this.doc = doc;
            this.font = font;
            this.box = box;
            this.layout = layout;
        }

        void skip() throws IOException {
            ensure();
            y -= layout.pitch();
        }

        void line(String text, float x) throws IOException {
            ensure();
            cs.beginText();
            cs.setFont(font, layout.size());
            cs.newLineAtOffset(x, y);
            cs.showText(text);
            cs.endText();
            y -= layout.pitch();
        }

        private void ensure() throws IOException {
            if (cs != null && y >= TOP_BOTTOM) {
                return;
            }
            close();
            PDPage page = new PDPage(box);
            doc.addPage(page);
            pages++;
            cs = new PDPageContentStream(doc, page);
            y = box.getHeight() - TOP_BOTTOM;
        }

        void close() throws IOException {
            if (cs == null) {
                return;
            }
            String number = "— " + pages + " —";
            cs.beginText();
            cs.setFont(font, layout.size());
            cs.newLineAtOffset((box.getWidth() - width(font, layout.size(), number)) / 2, TOP_BOTTOM / 2);
            cs.showText(number);
            cs.endText();
            cs.close();
            cs = null;
        }
    }
}

package reportcheck.input;

import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.w3c.dom.Element;

/** What a paragraph inherits from its style: list numbering (through w:basedOn) and the style's name. */
final class DocxStyles {
    private static final int MAX_CHAIN = 16;
    private final XWPFStyles styles;

    DocxStyles(XWPFDocument doc) {
        this.styles = doc.getStyles();
    }

    String styleId(XWPFParagraph p) {
        return p.getStyleID();
    }

    /** The w:numPr a style or one of its ancestors gives, or null. */
    Element numPr(String styleId) {
        String id = styleId;
        for (int i = 0; id != null && i < MAX_CHAIN; i++) {
            Element style = style(id);
            if (style == null) {
                return null;
            }
            Element numPr = WordXml.child(WordXml.child(style, "pPr"), "numPr");
            if (numPr != null) {
                return numPr;
            }
            id = WordXml.val(style, "basedOn");
        }
        return null;
    }

    /**
     * Entries of a table of contents repeat the headings with page numbers; Word styles them
     * "toc 1", "toc 2"… whatever the language of the interface (the style id may be a number).
     */
    boolean isTocEntry(XWPFParagraph p) {
        XWPFStyle s = styles == null || p.getStyleID() == null ? null : styles.getStyle(p.getStyleID());
        String name = s == null ? null : s.getName();
        return name != null && name.toLowerCase(Locale.ROOT).matches("toc \\d");
    }

    private Element style(String id) {
        XWPFStyle s = styles == null ? null : styles.getStyle(id);
        return s == null ? null : (Element) s.getCTStyle().getDomNode();
    }
}

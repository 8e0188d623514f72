package reportcheck.input;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Finds the list a paragraph belongs to in numbering.xml: its list instance (w:num), the
 * abstract definition behind it, the level, and the level definitions in force.
 */
final class ListDefinitions {
    static final int LEVELS = 9;

    /** A numbered paragraph's list: instance id and element, abstract list id, level, levels (index = ilvl). */
    record ListRef(String numId, Element num, String abstractId, int ilvl, Element[] levels) {
    }

    private final XWPFNumbering numbering;
    private final DocxStyles styles;

    ListDefinitions(XWPFNumbering numbering, DocxStyles styles) {
        this.numbering = numbering;
        this.styles = styles;
    }

    /** The list of this paragraph, from its own w:numPr or its style's; null when it is not numbered. */
    ListRef find(XWPFParagraph p) {
        if (numbering == null) {
            return null;
        }
        Node pPr = p.getCTP().getPPr() == null ? null : p.getCTP().getPPr().getDomNode();
        Element numPr = WordXml.child(pPr, "numPr");
        String numId = WordXml.val(numPr, "numId");
        String ilvl = WordXml.val(numPr, "ilvl");
        if (numId == null) {
            Element styleNumPr = styles.numPr(styles.styleId(p));
            numId = WordXml.val(styleNumPr, "numId");
            if (ilvl == null) {
                ilvl = WordXml.val(styleNumPr, "ilvl");
            }
        }
        // numId 0 is how Word switches off numbering a style would otherwise give
        if (numId == null || "0".equals(numId.trim())) {
            return null;
        }
        Element num = num(numId.trim());
        Element abs = num == null ? null : abstractNum(WordXml.val(num, "abstractNumId"), 0);
        if (abs == null) {
            return null;
        }
        int level = ilvl != null ? clamp(WordXml.parseInt(ilvl)) : levelForStyle(abs, styles.styleId(p));
        return new ListRef(numId.trim(), num, WordXml.attr(abs, "abstractNumId"), level, levels(abs, num));
    }

    private Element num(String numId) {
        try {
            XWPFNum n = numId == null ? null : numbering.getNum(new BigInteger(numId.trim()));
            return n == null ? null : (Element) n.getCTNum().getDomNode();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The abstract list, following one w:numStyleLink to the list a numbering style points at. */
    private Element abstractNum(String id, int depth) {
        XWPFAbstractNum a;
        try {
            a = id == null ? null : numbering.getAbstractNum(new BigInteger(id.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
        if (a == null) {
            return null;
        }
        Element abs = (Element) a.getCTAbstractNum().getDomNode();
        String link = WordXml.val(abs, "numStyleLink");
        if (link != null && depth < 2) {
            Element linked = num(WordXml.val(styles.numPr(link), "numId"));
            Element target = linked == null ? null : abstractNum(WordXml.val(linked, "abstractNumId"), depth + 1);
            if (target != null) {
                return target;
            }
        }
        return abs;
    }

    /** The levels of the abstract list, with any level a list instance redefines in w:lvlOverride. */
    private static Element[] levels(Element abs, Element num) {
        Element[] lvls = new Element[LEVELS];
        for (Element l : WordXml.children(abs, "lvl")) {
            Integer i = WordXml.parseInt(WordXml.attr(l, "ilvl"));
            if (i != null && i >= 0 && i < LEVELS) {
                lvls[i] = l;
            }
        }
        for (Element o : WordXml.children(num, "lvlOverride")) {
            Integer i = WordXml.parseInt(WordXml.attr(o, "ilvl"));
            Element l = WordXml.child(o, "lvl");
            if (i != null && i >= 0 && i < LEVELS && l != null) {
                lvls[i] = l;
            }
        }
        return lvls;
    }

    /** A style linked to a list level (w:pStyle in the level) is numbered at that level. */
    private static int levelForStyle(Element abs, String styleId) {
        if (styleId != null) {
            for (Element l : WordXml.children(abs, "lvl")) {
                if (styleId.equals(WordXml.val(l, "pStyle"))) {
                    return clamp(WordXml.parseInt(WordXml.attr(l, "ilvl")));
                }
            }
        }
        return 0;
    }

    private static int clamp(Integer i) {
        return i == null || i < 0 ? 0 : Math.min(i, LEVELS - 1);
    }
}

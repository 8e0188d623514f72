package reportcheck.render;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads back what each comment of a Word document covers: the text between its
 * {@code commentRangeStart} and {@code commentRangeEnd} in body order, paragraphs joined by
 * {@code \n}. Independent of the code that wrote the ranges.
 */
final class CommentRanges {
    private final Map<String, StringBuilder> text = new HashMap<>();
    private final Map<String, Integer> startParagraph = new HashMap<>();
    private int paragraph = -1;
    private final Set<String> open = new LinkedHashSet<>();

    static Map<String, String> of(XWPFDocument doc) {
        CommentRanges r = read(doc);
        Map<String, String> out = new HashMap<>();
        r.text.forEach((k, v) -> out.put(k, v.toString()));
        return out;
    }

    /** Where each comment starts: the index of the paragraph in body order, blank ones counted. */
    static Map<String, Integer> startParagraphs(XWPFDocument doc) {
        return read(doc).startParagraph;
    }

    private static CommentRanges read(XWPFDocument doc) {
        CommentRanges r = new CommentRanges();
        r.walk(doc.getDocument().getBody().getDomNode());
        return r;
    }

    /** XMLBeans' DOM has no getTextContent (DOM level 3). */
    private static String textOf(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                sb.append(c.getNodeValue());
            }
        }
        return sb.toString();
    }

    private void walk(Node n) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element e)) {
                continue;
            }
            String id = e.getAttributeNS(DocxRuns.W, "id");
            switch (e.getLocalName()) {
                case "commentRangeStart" -> {
                    open.add(id);
                    text.put(id, new StringBuilder());
                    startParagraph.put(id, paragraph);
                }
                case "commentRangeEnd" -> open.remove(id);
                case "t" -> open.forEach(k -> text.get(k).append(textOf(e)));
                case "tab" -> open.forEach(k -> text.get(k).append('\t'));
                case "p" -> {
                    paragraph++;
                    walk(e);
                    open.forEach(k -> text.get(k).append('\n'));
                }
                case "delText", "instrText", "pPr", "rPr", "sectPr" -> {
                }
                default -> walk(e);
            }
        }
    }
}

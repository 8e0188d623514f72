package reportcheck.render;

import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

/**
 * The visible text of one Word paragraph as its runs hold it, and cutting a run in two so that a
 * comment can begin or end exactly at a character. Runs inside hyperlinks, simple fields, content
 * controls, smart tags and insertions count, as POI reads them; deleted text and text boxes
 * (other paragraphs) do not. A manual break shows as {@code \n}, a tab as {@code \t}.
 */
final class DocxRuns {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** What holds runs whose text the reader reads (as POI does); deletions and the rest do not count. */
    private static final List<String> CONTAINERS = List.of("hyperlink", "fldSimple", "sdt", "sdtContent", "ins",
            "moveTo", "smartTag");
    private static final QName XML_SPACE = new QName("http://www.w3.org/XML/1998/namespace", "space");

    /** A run and the paragraph-text offsets {@code [start, end)} of what it shows. */
    record Piece(CTR run, int start, int end) {
    }

    private final CTP paragraph;
    private final List<Piece> pieces = new ArrayList<>();
    private String text;

    DocxRuns(CTP paragraph) {
        this.paragraph = paragraph;
        rebuild();
    }

    String text() {
        return text;
    }

    /** The first run showing text from {@code offset} on, after cutting so it starts there; null if none. */
    CTR runFrom(int offset) {
        cut(offset);
        return pieces.stream().filter(p -> p.start() >= offset && p.end() > p.start()).map(Piece::run)
                .findFirst().orElse(null);
    }

    /** The last run showing text before {@code offset}, after cutting so it ends there; null if none. */
    CTR runUntil(int offset) {
        cut(offset);
        CTR last = null;
        for (Piece p : pieces) {
            if (p.end() <= offset && p.end() > p.start()) {
                last = p.run();
            }
        }
        return last;
    }

    private void cut(int offset) {
        for (Piece p : pieces) {
            if (p.start() < offset && offset < p.end()) {
                split(p.run(), offset - p.start());
                rebuild();
                return;
            }
        }
    }

    private void rebuild() {
        pieces.clear();
        StringBuilder sb = new StringBuilder();
        try (XmlCursor c = paragraph.newCursor()) {
            collect(c, sb);
        }
        text = sb.toString();
    }

    private void collect(XmlCursor c, StringBuilder sb) {
        if (!c.toFirstChild()) {
            return;
        }
        do {
            QName n = c.getName();
            if (!W.equals(n.getNamespaceURI())) {
                continue;
            }
            String local = n.getLocalPart();
            if (local.equals("r") && c.getObject() instanceof CTR run) {
                int start = sb.length();
                for (XmlObject child : children(run)) {
                    sb.append(shown(child));
                }
                pieces.add(new Piece(run, start, sb.length()));
            } else if (CONTAINERS.contains(local)) {
                c.push();
                collect(c, sb);
                c.pop();
            }
        } while (c.toNextSibling());
    }

    /** What one child of a run shows as text; tabs and breaks count as one character each. */
    static String shown(XmlObject child) {
        String local = child.getDomNode().getLocalName();
        return switch (local) {
            case "t" -> ((CTText) child).getStringValue();
            case "tab", "ptab" -> "\t";
            case "br", "cr" -> "\n";
            case "noBreakHyphen" -> "\u2011";
            default -> "";
        };
    }

    static List<XmlObject> children(XmlObject parent) {
        List<XmlObject> out = new ArrayList<>();
        try (XmlCursor c = parent.newCursor()) {
            if (c.toFirstChild()) {
                do {
                    out.add(c.getObject());
                } while (c.toNextSibling());
            }
        }
        return out;
    }

    /** Cuts {@code run} after {@code k} shown characters: a copy follows it holding the rest. */
    private static void split(CTR run, int k) {
        CTR right;
        try (XmlCursor src = run.newCursor(); XmlCursor dst = run.newCursor()) {
            dst.toEndToken();
            dst.toNextToken();
            src.copyXml(dst);
            src.toNextSibling();
            right = (CTR) src.getObject();
        }
        keep(run, 0, k);
        keep(right, k, Integer.MAX_VALUE);
    }

    /** Keeps the shown characters {@code [from, to)} of a run, and its formatting. */
    private static void keep(CTR run, int from, int to) {
        int pos = 0;
        for (XmlObject child : children(run)) {
            if (child.getDomNode().getLocalName().equals("rPr")) {
                continue;
            }
            String shown = shown(child);
            int s = Math.max(pos, from);
            int e = Math.min(pos + shown.length(), to);
            // an element that shows nothing (a field mark, a picture) goes with the text after it
            boolean kept = shown.isEmpty() ? pos >= from && pos < to : e > s;
            if (!kept) {
                try (XmlCursor x = child.newCursor()) {
                    x.removeXml();
                }
            } else if (!shown.isEmpty() && (s > pos || e < pos + shown.length())) {
                ((CTText) child).setStringValue(shown.substring(s - pos, e - pos));
                try (XmlCursor x = child.newCursor()) {
                    x.setAttributeText(XML_SPACE, "preserve");
                }
            }
            pos += shown.length();
        }
    }
}

package reportcheck.input;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads WordprocessingML elements through their DOM. POI ships a reduced schema jar, and typed
 * getters for rarer elements (w:suff, w:lvlRestart) may be missing from it at run time; the DOM
 * always has them.
 */
final class WordXml {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private WordXml() {
    }

    /** The first child element of {@code parent} with this local name in the w: namespace, or null. */
    static Element child(Node parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && W.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    static List<Element> children(Node parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent != null) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && W.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /** The w:val of a child, or null when the child or its value is absent. */
    static String val(Node parent, String name) {
        return attr(child(parent, name), "val");
    }

    static String attr(Element e, String name) {
        if (e == null) {
            return null;
        }
        String v = e.getAttributeNS(W, name);
        return v == null || v.isEmpty() ? null : v;
    }

    static Integer intVal(Node parent, String name) {
        return parseInt(val(parent, name));
    }

    static Integer parseInt(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An on/off property: present and not switched off by w:val="0"/"false"/"off". */
    static boolean on(Node parent, String name) {
        Element e = child(parent, name);
        if (e == null) {
            return false;
        }
        String v = attr(e, "val");
        return v == null || !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off"));
    }
}

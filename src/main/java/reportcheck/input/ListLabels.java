package reportcheck.input;

import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The marker a browser draws before an item of an ordered list (type, start and value
 * attributes), so that "1." written by a list reads as text like "1." typed by hand. Unordered
 * lists get no label: a bullet carries no ordinal. A list styled inline with list-style none
 * shows nothing, and gets nothing.
 */
final class ListLabels {
    private ListLabels() {
    }

    static String label(Element li) {
        Element list = li.parent();
        if (list == null || !list.normalName().equals("ol") || hidesMarker(li) || hidesMarker(list)) {
            return "";
        }
        int n = start(list);
        for (Element sib : list.children()) {
            if (!sib.normalName().equals("li")) {
                continue;
            }
            Integer value = integer(sib.attr("value"));
            if (value != null) {
                n = value;
            }
            if (sib == li) {
                break;
            }
            n++;
        }
        String type = li.hasAttr("type") ? li.attr("type") : list.attr("type");
        return switch (type) {
            case "a" -> NumberFormats.format(n, "lowerLetter");
            case "A" -> NumberFormats.format(n, "upperLetter");
            case "i" -> NumberFormats.format(n, "lowerRoman");
            case "I" -> NumberFormats.format(n, "upperRoman");
            default -> Integer.toString(n);
        } + ".";
    }

    private static int start(Element ol) {
        Integer s = integer(ol.attr("start"));
        return s == null ? 1 : s;
    }

    private static boolean hidesMarker(Element e) {
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("list-style:none") || style.contains("list-style-type:none");
    }

    private static Integer integer(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

package reportcheck.render;

/**
 * Escaping for the review page. Every piece of report text, file name, message and rule data
 * goes through here, in element content and in quoted attribute values alike, so nothing from a
 * report can open a tag, end an attribute or start a script.
 */
final class Html {
    private Html() {
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '`' -> sb.append("&#96;");
                case '\r' -> {
                    // dropped: in CRLF text the \n alone ends the line
                }
                default -> {
                    // other control characters are not allowed in HTML text; show that one was there
                    boolean control = c < 0x20 && c != '\t' && c != '\n' || c == 0x7f;
                    sb.append(control ? '\uFFFD' : c);
                }
            }
        }
        return sb.toString();
    }

    /** Text on one visual line: a line break inside evidence shows as ⏎. */
    static String oneLine(String s) {
        return esc(s == null ? "" : s.replaceAll("\\s*(\\r\\n|[\\r\\n])\\s*", " ⏎ "));
    }
}

package reportcheck.render;

/**
 * Escaping for the review page. Every piece of report text, file name, message and rule data
 * goes through here, in element content and in quoted attribute values alike, so nothing from a
 * report can open a tag, end an attribute or start a script.
 */
public final class Html {
    private Html() {
    }

    /** Safe in element content and in quoted attribute values. */
    public static String esc(String s) {
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

    /**
     * A relative link to a file in the output folder: every byte but unreserved characters and
     * "/" is percent-encoded, so a name can neither leave the attribute nor become a scheme
     * such as {@code javascript:}.
     */
    public static String relativeUrl(String path) {
        StringBuilder sb = new StringBuilder();
        for (byte b : path.replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        String url = sb.toString();
        // a name starting with "/" or "//" would point outside the output folder
        return url.startsWith("/") ? "." + url : url;
    }
}

package reportcheck.summary;

import java.nio.charset.StandardCharsets;

/** Escaping for text that comes from reports: every value is text, never markup or a URL scheme. */
final class Html {
    private Html() {
    }

    /** Safe in element content and in quoted attribute values. */
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
                default -> sb.append(c < 0x20 && c != '\t' ? ' ' : c);
            }
        }
        return sb.toString();
    }

    /**
     * A relative link to a file in the output folder: every byte but unreserved characters and
     * "/" is percent-encoded, so a name can neither leave the attribute nor become a scheme
     * such as {@code javascript:}.
     */
    static String relativeUrl(String path) {
        StringBuilder sb = new StringBuilder();
        for (byte b : path.replace('\\', '/').getBytes(StandardCharsets.UTF_8)) {
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

package reportcheck.desk;

/**
 * A file name from an upload made harmless: only its last path segment is kept (so {@code ../x},
 * {@code /etc/x} and {@code C:\x} name nothing outside the upload folder), control characters
 * (NUL included) and the characters Windows forbids are replaced, leading dots and spaces go
 * (no hidden files, no {@code ..}), and the length is bounded with the extension kept.
 */
final class SafeName {
    static final int MAX = 100;
    static final String FALLBACK = "报告";

    private SafeName() {
    }

    static String of(String submitted) {
        String s = submitted == null ? "" : submitted;
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        s = s.substring(cut + 1);
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) || "<>:\"|?*".indexOf(c) >= 0
                || Character.getType(c) == Character.FORMAT ? '_' : c));
        s = b.toString().strip();
        int start = 0;
        while (start < s.length() && (s.charAt(start) == '.' || s.charAt(start) == ' ')) {
            start++;
        }
        s = s.substring(start);
        while (s.endsWith(".") || s.endsWith(" ")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.codePointCount(0, s.length()) > MAX) {
            String ext = extension(s);
            int keep = MAX - ext.length();
            s = s.substring(0, s.offsetByCodePoints(0, Math.max(1, keep))) + ext;
        }
        return s.isEmpty() || s.equals("_") && submitted != null && submitted.isBlank() ? FALLBACK : s;
    }

    /** The extension with its dot, lower case, or "" (at most 8 characters, letters and digits). */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || name.length() - dot > 9) {
            return "";
        }
        String ext = name.substring(dot).toLowerCase(java.util.Locale.ROOT);
        return ext.substring(1).chars().allMatch(Character::isLetterOrDigit) ? ext : "";
    }
}

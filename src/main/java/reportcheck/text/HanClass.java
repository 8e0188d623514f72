package reportcheck.text;

/**
 * Rewrites {@code \p{IsHan}} in a regex so that the common ideographs are recognised by a range
 * check before the script look-up: the regex engine answers {@code \p{IsHan}} with a binary search
 * over every script boundary of Unicode, for each character it tries, and most characters it tries
 * in a report are ideographs of the CJK Unified Ideographs block. The block's range, as assigned
 * since Unicode 13 (U+4E00–U+9FFC, all of script Han), is put first in a union with the property,
 * so the characters matched are exactly those matched before.
 */
public final class HanClass {
    private static final String PROPERTY = "\\p{IsHan}";
    private static final String RANGE = "\\x{4E00}-\\x{9FFC}";

    private HanClass() {
    }

    /**
     * {@code regex} with each {@code \p{IsHan}} outside a class written {@code [<range>\p{IsHan}]} and
     * each inside a class preceded by the range; the regex itself when it has none, or when its
     * quoting (\Q…\E) makes the reading uncertain.
     */
    public static String fast(String regex) {
        if (!regex.contains(PROPERTY) || regex.contains("\\Q")) {
            return regex;
        }
        StringBuilder out = new StringBuilder(regex.length() + 32);
        int depth = 0;
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (regex.startsWith(PROPERTY, i)) {
                    out.append(depth == 0 ? "[" + RANGE + PROPERTY + "]" : RANGE + PROPERTY);
                    i += PROPERTY.length();
                } else {
                    // an escape: the character after the backslash is never an opening or closing bracket
                    out.append(c);
                    if (i + 1 < regex.length()) {
                        out.append(regex.charAt(i + 1));
                    }
                    i += 2;
                }
                continue;
            }
            if (c == '[') {
                depth++;
                out.append(c);
                i++;
                // a ']' first in a class (after an optional '^') is a member, not the end
                if (i < regex.length() && regex.charAt(i) == '^') {
                    out.append('^');
                    i++;
                }
                if (i < regex.length() && regex.charAt(i) == ']') {
                    out.append(']');
                    i++;
                }
                continue;
            }
            if (c == ']' && depth > 0) {
                depth--;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}

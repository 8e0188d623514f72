package reportcheck.text;

/**
 * Folds full-width ASCII forms to half-width, one character for one character.
 *
 * <p>Web copies of reports are usually NFKC-normalised, so the same report may arrive with
 * "，（：？" or with ",(:?". Rules match on the folded form, in which hyphen look-alikes
 * (U+2010, U+2011, U+2212) are also "-". Unlike real NFKC this mapping never
 * changes the length of the text, so an offset in the folded text is the same offset in the
 * original and evidence can always be quoted from the original.
 */
public final class Normalizer {
    private Normalizer() {
    }

    public static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000' || c == '\u00A0') {
            return ' ';
        }
        if (c == '\u2010' || c == '\u2011' || c == '\u2212') {
            // hyphen, non-breaking hyphen (Word writes it for Ctrl+Shift+-), minus sign: all read as "-"
            return '-';
        }
        return c;
    }

    public static String fold(String s) {
        return new String(fold(s.toCharArray()));
    }

    /** The folded characters of {@code cs}, in a new array. */
    static char[] fold(char[] cs) {
        char[] out = new char[cs.length];
        for (int i = 0; i < cs.length; i++) {
            out[i] = fold(cs[i]);
        }
        return out;
    }
}

package reportcheck.text;

/**
 * The characters of the text last asked for on this thread, as an array: the search, its
 * prefilter and the analysis's scanners read a report's folded text many times per report, and one
 * copy serves them all (a scan of a {@code char[]} costs less than {@code String.charAt} on Chinese
 * text under the quick compiler). Read only.
 */
public final class TextChars {
    private static final ThreadLocal<TextChars> LAST = ThreadLocal.withInitial(TextChars::new);
    private String text;
    private char[] chars;

    private TextChars() {
    }

    /** The characters of {@code text}; the array is shared: read it, never write it. */
    public static char[] of(String text) {
        TextChars t = LAST.get();
        if (t.text != text) {
            t.chars = text.toCharArray();
            t.text = text;
        }
        return t.chars;
    }
}

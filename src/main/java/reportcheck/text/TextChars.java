package reportcheck.text;

/**
 * The characters of the text last asked for on this thread, as an array: the search and its
 * prefilter both scan a report's folded text many times per report (a report has a thread of its
 * own), and one copy serves both. Read only.
 */
final class TextChars {
    private static final ThreadLocal<TextChars> LAST = ThreadLocal.withInitial(TextChars::new);
    private String text;
    private char[] chars;

    private TextChars() {
    }

    static char[] of(String text) {
        TextChars t = LAST.get();
        if (t.text != text) {
            t.chars = text.toCharArray();
            t.text = text;
        }
        return t.chars;
    }
}

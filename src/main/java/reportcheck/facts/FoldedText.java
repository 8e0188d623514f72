package reportcheck.facts;

import reportcheck.text.SourceText;

/**
 * A stretch of text that rules compare: besides the original, its folded form and a key without
 * white space, so that two copies differing only in punctuation width or spacing compare equal.
 */
public abstract class FoldedText extends Located {
    private final String norm;
    private final String key;
    private final int length;

    protected FoldedText(SourceText src, int offset, int end) {
        super(src, offset, end);
        this.norm = src.folded().substring(offset, end);
        this.key = Keys.compact(norm);
        this.length = key.codePointCount(0, key.length());
    }

    /** The folded text (full-width ASCII folded to half-width), same length as the original. */
    public String getNorm() {
        return norm;
    }

    /** The folded text without white space. */
    public String getKey() {
        return key;
    }

    /** Length of the key in code points. */
    public int getLength() {
        return length;
    }
}

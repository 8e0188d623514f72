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
        this(src, offset, end, src.folded().substring(offset, end), null);
    }

    /**
     * With the folded text of the stretch and its key ({@link Keys#compact}, null to compute it)
     * from a caller that has them already.
     */
    protected FoldedText(SourceText src, int offset, int end, String norm, String key) {
        super(src, offset, end);
        this.norm = norm;
        this.key = key != null ? key : Keys.compact(norm);
        this.length = src.foldedSurrogates() ? this.key.codePointCount(0, this.key.length()) : this.key.length();
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

package reportcheck.facts;

import reportcheck.text.SourceText;

/**
 * A bracket that does not pair up in its paragraph, or a 《…》 opened inside another 《…》. The
 * span runs from the bracket to the end of its phrase (or from the start of the phrase to a
 * stray closing bracket), so that it can be quoted; {@link #getMark()} is the bracket itself.
 */
public final class BracketMark extends Located {
    /** An opening bracket that is never closed. */
    public static final String UNCLOSED = "unclosed";
    /** A closing bracket with no opening one. */
    public static final String UNOPENED = "unopened";
    /** A whole 《…》 inside another 《…》: the inner title. */
    public static final String NESTED_TITLE = "nested-title";

    private final String kind;
    private final String mark;
    private final String partner;

    public BracketMark(SourceText src, int offset, int end, String kind, String mark, String partner) {
        super(src, offset, end);
        this.kind = kind;
        this.mark = mark;
        this.partner = partner;
    }

    public String getKind() {
        return kind;
    }

    /** The bracket as written in the report. */
    public String getMark() {
        return mark;
    }

    /** The bracket that should pair with it. */
    public String getPartner() {
        return partner;
    }
}

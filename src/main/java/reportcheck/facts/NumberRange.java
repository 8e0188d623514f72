package reportcheck.facts;

import reportcheck.text.SourceText;

/**
 * Two numbers joined by a dash: a span of years ("2021—2025", "2018-2019"), of months ("1—12月"),
 * or a numeric range ("5～10"). GB/T 15834-2011 wants 一字线 for spans of time (4.13.3.2); the
 * fact records the dash as written so rules can judge it.
 */
public final class NumberRange extends Located {
    public static final String YEAR = "year";
    public static final String MONTH = "month";
    public static final String NUMBER = "number";

    private final String kind;
    private final String dash;
    private final String before;
    private final String after;

    public NumberRange(SourceText src, int offset, int end, String kind, int dashStart, int dashEnd) {
        super(src, offset, end);
        this.kind = kind;
        this.dash = src.folded().substring(dashStart, dashEnd).strip();
        this.before = src.original().substring(offset, dashStart).strip();
        this.after = src.original().substring(dashEnd, end).strip();
    }

    /** {@link #YEAR}, {@link #MONTH} or {@link #NUMBER}. */
    public String getKind() {
        return kind;
    }

    /** Whether the range is a span of time (years or months). */
    public boolean isTime() {
        return !NUMBER.equals(kind);
    }

    /** The dash as written, folded (a full-width ～ reads as ~): "—", "-", "~", "——"… */
    public String getDash() {
        return dash;
    }

    /** The text before the dash as written: "2021", "2021年". */
    public String getBefore() {
        return before;
    }

    /** The text after the dash as written: "2025". */
    public String getAfter() {
        return after;
    }
}

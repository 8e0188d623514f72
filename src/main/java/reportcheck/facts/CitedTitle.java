package reportcheck.facts;

import reportcheck.text.SourceText;

/**
 * A title cited in 《…》, or in 〈…〉 inside another title. A year range in brackets at its end
 * ("（2021—2025年）") is split out, so two citations of the same document compare by
 * {@link #getBaseKey()} and differ in {@link #getYearFrom()}/{@link #getYearTo()} or
 * {@link #getRangeText()}.
 */
public final class CitedTitle extends Located {
    private final String inner;
    private final String norm;
    private final String name;
    private final String baseKey;
    private final Integer yearFrom;
    private final Integer yearTo;
    private final String rangeText;
    private final String dash;
    private final boolean yearSuffix;
    private final boolean nested;
    private final boolean closed;

    public CitedTitle(SourceText src, int offset, int end, boolean nested, boolean closed, String name,
            Integer yearFrom, Integer yearTo, String rangeText, String dash, boolean yearSuffix) {
        super(src, offset, end);
        int innerEnd = closed ? end - 1 : end;
        this.inner = src.original().substring(offset + 1, innerEnd);
        this.norm = src.folded().substring(offset + 1, innerEnd);
        this.name = name;
        this.baseKey = Keys.compact(name);
        this.yearFrom = yearFrom;
        this.yearTo = yearTo;
        this.rangeText = rangeText;
        this.dash = dash;
        this.yearSuffix = yearSuffix;
        this.nested = nested;
        this.closed = closed;
    }

    /** The title between the brackets, as written. */
    public String getInner() {
        return inner;
    }

    /** The title between the brackets, folded. */
    public String getNorm() {
        return norm;
    }

    /** The title without its bracketed year range, folded. */
    public String getName() {
        return name;
    }

    /** {@link #getName()} without white space: equal for citations of the same document. */
    public String getBaseKey() {
        return baseKey;
    }

    public Integer getYearFrom() {
        return yearFrom;
    }

    public Integer getYearTo() {
        return yearTo;
    }

    /** The range as written inside its brackets, folded, e.g. "2021—2025年"; null without one. */
    public String getRangeText() {
        return rangeText;
    }

    /** The character joining the two years ("—", "-", "~", "－"…), or null. */
    public String getDash() {
        return dash;
    }

    /** Whether the range ends with 年. */
    public boolean isYearSuffix() {
        return yearSuffix;
    }

    /** A 〈…〉 title inside a 《…》 title. */
    public boolean isNested() {
        return nested;
    }

    /** {@code title} in the marks this citation stands in (〈〉 inside another title, else 《》), for a suggestion. */
    public String inMarks(String title) {
        return nested ? "〈" + title + "〉" : "《" + title + "》";
    }

    /** False when the closing bracket is missing before the end of the paragraph. */
    public boolean isClosed() {
        return closed;
    }
}

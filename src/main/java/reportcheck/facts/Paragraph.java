package reportcheck.facts;

import reportcheck.text.SourceText;

/** One non-blank line of the report; a paragraph in the report's own layout. */
public final class Paragraph extends Located {
    private final int index;
    private final String norm;
    private final String key;
    private final int length;
    private final String role;
    private final Integer leadYear;
    private final String section;

    public Paragraph(SourceText src, int offset, int end, int index, String role, Integer leadYear, String section) {
        super(src, offset, end);
        this.index = index;
        this.norm = src.folded().substring(offset, end);
        this.key = Keys.compact(norm);
        this.length = norm.codePointCount(0, norm.length());
        this.role = role;
        this.leadYear = leadYear;
        this.section = section;
    }

    /** 0-based position among the report's non-blank paragraphs. */
    public int getIndex() {
        return index;
    }

    /** The folded text (full-width ASCII folded to half-width), same length as the original. */
    public String getNorm() {
        return norm;
    }

    /** The folded text without white space, for comparing paragraphs. */
    public String getKey() {
        return key;
    }

    /** Length in code points. */
    public int getLength() {
        return length;
    }

    /** What the line is: see {@link Roles}. */
    public String getRole() {
        return role;
    }

    /** The year a paragraph opens with ("2023年，…"), or null. */
    public Integer getLeadYear() {
        return leadYear;
    }

    /** Id of the report part this paragraph falls in (by the nearest part heading above), or null. */
    public String getSection() {
        return section;
    }
}

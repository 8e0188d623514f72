package reportcheck.facts;

import reportcheck.text.SourceText;

/** One non-blank line of the report; a paragraph in the report's own layout. */
public final class Paragraph extends FoldedText {
    private final int index;
    private final String role;
    private final Integer leadYear;
    private final String section;
    private final int ordinalLevel;

    public Paragraph(SourceText src, int offset, int end, int index, String role, Integer leadYear, String section,
            int ordinalLevel) {
        super(src, offset, end);
        this.index = index;
        this.role = role;
        this.leadYear = leadYear;
        this.section = section;
        this.ordinalLevel = ordinalLevel;
    }

    /** 0-based position among the report's non-blank paragraphs. */
    public int getIndex() {
        return index;
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

    /**
     * The heading level (1 to 4) whose ordinal the line opens with, also when it is too long to
     * be a heading; 0 when it opens with none.
     */
    public int getOrdinalLevel() {
        return ordinalLevel;
    }
}

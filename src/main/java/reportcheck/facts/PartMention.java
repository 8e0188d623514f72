package reportcheck.facts;

import reportcheck.text.SourceText;

/**
 * Where a part of the report named by the profile (rules/data/profiles) is found: as a heading
 * (kind "heading"), as a series of themed level-1 headings (kind "themed", for the measures part
 * that many reports split by theme), named in the report's own outline ("第二部分是存在的问题",
 * kind "outline"), only in body text that introduces it ("存在的问题主要有：", "下一步，我们将…",
 * kind "body"), or only in passing ("研究解决存在的问题", kind "passing": the part is still
 * missing, but the text is not silent on it).
 */
public final class PartMention extends Located {
    public static final String HEADING = "heading";
    public static final String THEMED = "themed";
    public static final String BODY = "body";
    public static final String OUTLINE = "outline";
    public static final String PASSING = "passing";

    private final String partId;
    private final String kind;
    private final int level;
    private final Integer year;

    public PartMention(SourceText src, int offset, int end, String partId, String kind, int level, Integer year) {
        super(src, offset, end);
        this.partId = partId;
        this.kind = kind;
        this.level = level;
        this.year = year;
    }

    public String getPartId() {
        return partId;
    }

    public String getKind() {
        return kind;
    }

    /** Heading level for kinds heading and themed; 0 for the others. */
    public int getLevel() {
        return level;
    }

    /** The year written in the heading, or null. */
    public Integer getYear() {
        return year;
    }
}

package reportcheck.facts;

import reportcheck.text.SourceText;

/**
 * What a report's opening says about its own parts ("本报告由总体情况、主动公开政府信息情况…等六部分
 * 组成", "全文共分六个部分"), beside how many of the profile's parts have a level-1 heading. Null counts: the opening
 * does not say.
 */
public final class PartListing extends Located {
    private final Integer stated;
    private final Integer listed;
    private final int headings;

    public PartListing(SourceText src, int offset, int end, Integer stated, Integer listed, int headings) {
        super(src, offset, end);
        this.stated = stated;
        this.listed = listed;
        this.headings = headings;
    }

    /** The number of parts the opening states ("六部分"), or null. */
    public Integer getStated() {
        return stated;
    }

    /** How many parts the opening lists by name, or null when it lists none. */
    public Integer getListed() {
        return listed;
    }

    /** How many of the profile's parts have a level-1 heading in the body. */
    public int getHeadings() {
        return headings;
    }
}

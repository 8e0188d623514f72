package reportcheck.facts;

import reportcheck.text.SourceText;

/**
 * One title in the title block at the top of a report. A title may run over two lines (issuer
 * on one, "关于…的报告" on the next); a block holding two units gives its title twice.
 */
public final class TitleUnit extends Located {
    private final int firstLine;
    private final int lastLine;
    private final String key;

    public TitleUnit(SourceText src, int offset, int end, int firstLine, int lastLine, String key) {
        super(src, offset, end);
        this.firstLine = firstLine;
        this.lastLine = lastLine;
        this.key = key;
    }

    public int getFirstLine() {
        return firstLine;
    }

    public int getLastLine() {
        return lastLine;
    }

    /** The title folded, without white space, 年度 read as 年 and 关于 dropped. */
    public String getKey() {
        return key;
    }
}

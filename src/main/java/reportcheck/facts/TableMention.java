package reportcheck.facts;

import reportcheck.text.SourceText;

/**
 * A figure the text states that a format table also holds: "共收到政府信息公开申请8件" is table
 * 三's row 一 in the 总计 column, "未收到政府信息公开申请" the same with 0. The span is the phrase.
 */
public final class TableMention extends Located {
    private final String table;
    private final String rowKey;
    private final String what;
    private final double value;

    public TableMention(SourceText src, int offset, int end, String table, String rowKey, String what, double value) {
        super(src, offset, end);
        this.table = table;
        this.rowKey = rowKey;
        this.what = what;
        this.value = value;
    }

    public String getTable() {
        return table;
    }

    /** The row's key in the format (一, 二, （一）, 四 for table 三; 行政复议 for table 四). */
    public String getRowKey() {
        return rowKey;
    }

    /** What the figure counts, for messages: 本年新收申请, 上年结转申请… */
    public String getWhat() {
        return what;
    }

    public double getValue() {
        return value;
    }
}

package reportcheck.facts;

import java.util.List;
import reportcheck.text.SourceText;

/**
 * One cell of a table of a mandated format, read and placed: which table (二, 三, 四), which row
 * (its key in the format, its role in the table's identities, its label as written) and which
 * column (as the format names it). {@code kind} keeps apart what a reader must never confuse:
 * integer, decimal, signed (+3, -2), blank, slash (「/」), dash (「—」) and other text; only
 * numbers have a {@code value}. The span is the cell's text, or for a blank cell its row's label.
 */
public final class TableCell extends Located {
    public static final List<String> BLANKISH = List.of("blank", "slash", "dash");

    private final String table;
    private final String format;
    private final String rowKey;
    private final String rowRole;
    private final String rowLabel;
    private final String group;
    private final String column;
    private final int columnIndex;
    private final boolean rowTotal;
    private final String kind;
    private final Double value;
    private final boolean decimalAllowed;
    private final boolean signedAllowed;

    public TableCell(SourceText src, int offset, int end, String table, String format, String rowKey, String rowRole,
            String rowLabel, String group, String column, int columnIndex, boolean rowTotal, String kind,
            Double value, boolean decimalAllowed, boolean signedAllowed) {
        super(src, offset, end);
        this.table = table;
        this.format = format;
        this.rowKey = rowKey;
        this.rowRole = rowRole;
        this.rowLabel = rowLabel;
        this.group = group;
        this.column = column;
        this.columnIndex = columnIndex;
        this.rowTotal = rowTotal;
        this.kind = kind;
        this.value = value;
        this.decimalAllowed = decimalAllowed;
        this.signedAllowed = signedAllowed;
    }

    public String getTable() {
        return table;
    }

    public String getFormat() {
        return format;
    }

    public String getRowKey() {
        return rowKey;
    }

    public String getRowRole() {
        return rowRole;
    }

    /** The row's label as the report writes it. */
    public String getRowLabel() {
        return rowLabel;
    }

    /** Table 四's group (行政复议, 未经复议直接起诉, 复议后起诉); table 二's block; else "". */
    public String getGroup() {
        return group;
    }

    public String getColumnName() {
        return column;
    }

    public int getColumnIndex() {
        return columnIndex;
    }

    /** Whether this is the row's 总计 column. */
    public boolean isRowTotal() {
        return rowTotal;
    }

    public String getKind() {
        return kind;
    }

    public boolean isNumber() {
        return value != null;
    }

    public boolean isBlankish() {
        return BLANKISH.contains(kind);
    }

    /** The number, or null for anything that is not one. */
    public Double getValue() {
        return value;
    }

    public boolean isDecimalAllowed() {
        return decimalAllowed;
    }

    public boolean isSignedAllowed() {
        return signedAllowed;
    }

    /** "表三「（七）总计」行「自然人」列", with the row as written. */
    public String getPlace() {
        String row = group.isEmpty() || !"四".equals(table) ? rowLabel : group;
        return "表" + table + "「" + row + "」行「" + column + "」列";
    }

    /** The cell as quoted in a message: its number, or what stands there instead. */
    public String getShown() {
        return switch (kind) {
            case "blank" -> "（空白）";
            default -> getText();
        };
    }
}

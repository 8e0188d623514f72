package reportcheck.facts;

import reportcheck.text.SourceText;

/**
 * A row label of a format table as written, matched to the format's label though not the
 * same once spaces, brackets and numbering are set aside ({@code 规范性文件} for {@code 行政规范性文件}).
 */
public final class TableLabel extends Located {
    private final String table;
    private final String format;
    private final String formatLabel;

    public TableLabel(SourceText src, int offset, int end, String table, String format, String formatLabel) {
        super(src, offset, end);
        this.table = table;
        this.format = format;
        this.formatLabel = formatLabel;
    }

    public String getTable() {
        return table;
    }

    public String getFormat() {
        return format;
    }

    public String getFormatLabel() {
        return formatLabel;
    }
}

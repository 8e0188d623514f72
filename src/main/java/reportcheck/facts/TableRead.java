package reportcheck.facts;

import reportcheck.text.SourceText;

/**
 * A table of a mandated format found in a report (at its title, or its first row): whether all
 * its rows were read with confidence ({@code complete}), and if not, why ({@code reason}), so
 * that a table is reported as not checked rather than guessed at.
 */
public final class TableRead extends Located {
    private final String table;
    private final String format;
    private final boolean complete;
    private final String reason;

    public TableRead(SourceText src, int offset, int end, String table, String format, boolean complete,
            String reason) {
        super(src, offset, end);
        this.table = table;
        this.format = format;
        this.complete = complete;
        this.reason = reason;
    }

    public String getTable() {
        return table;
    }

    public String getFormat() {
        return format;
    }

    public boolean isComplete() {
        return complete;
    }

    public String getReason() {
        return reason;
    }
}

package reportcheck.facts;

import reportcheck.text.SourceText;

/**
 * Which mandated format a report's tables follow, at a label only that format has, or which one
 * its text cites ({@code cited}); with the years the format applies to and its document number.
 */
public final class FormatUse extends Located {
    private final String format;
    private final String name;
    private final String citation;
    private final int fromYear;
    private final Integer toYear;
    private final boolean cited;

    public FormatUse(SourceText src, int offset, int end, String format, String name, String citation, int fromYear,
            Integer toYear, boolean cited) {
        super(src, offset, end);
        this.format = format;
        this.name = name;
        this.citation = citation;
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.cited = cited;
    }

    public String getFormat() {
        return format;
    }

    public String getName() {
        return name;
    }

    public String getCitation() {
        return citation;
    }

    public int getFromYear() {
        return fromYear;
    }

    /** The last year the format applies to; 9999 while it is current. */
    public int getToYear() {
        return toYear == null ? 9999 : toYear;
    }

    public boolean isCited() {
        return cited;
    }
}

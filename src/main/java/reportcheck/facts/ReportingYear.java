package reportcheck.facts;

import reportcheck.text.SourceText;

/**
 * The year a report is on and the words it was read from: "2023年" in the title, else at the
 * start of the body, else the year of the signature date. A finding that compares another year
 * with it points here as its other place.
 */
public final class ReportingYear extends Located {
    public static final String TITLE = "title";
    public static final String LEAD = "lead";
    public static final String SIGNATURE = "signature";

    private final int year;
    private final String source;

    public ReportingYear(SourceText src, int offset, int end, int year, String source) {
        super(src, offset, end);
        this.year = year;
        this.source = source;
    }

    public int getYear() {
        return year;
    }

    /** Where the year was read: {@link #TITLE}, {@link #LEAD} or {@link #SIGNATURE}. */
    public String getSource() {
        return source;
    }
}

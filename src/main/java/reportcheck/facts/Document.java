package reportcheck.facts;

/**
 * The report as a whole: its title block, addressee, signature (issuer and date) and reporting
 * year. Line numbers are 1-based, 0 where the thing is absent.
 */
public final class Document {
    private final String source;
    private final int lineCount;
    private final String title;
    private final int titleLine;
    private final Integer titleYear;
    private final Integer reportingYear;
    private final String addressee;
    private final String issuer;
    private final int issuerLine;
    private final String dateText;
    private final int dateLine;
    private final Integer dateYear;
    private final Integer dateMonth;
    private final Integer dateDay;
    private final int firstBodyLine;

    public Document(String source, int lineCount, String title, int titleLine, Integer titleYear,
            Integer reportingYear, String addressee, String issuer, int issuerLine, String dateText, int dateLine,
            Integer dateYear, Integer dateMonth, Integer dateDay, int firstBodyLine) {
        this.source = source;
        this.lineCount = lineCount;
        this.title = title;
        this.titleLine = titleLine;
        this.titleYear = titleYear;
        this.reportingYear = reportingYear;
        this.addressee = addressee;
        this.issuer = issuer;
        this.issuerLine = issuerLine;
        this.dateText = dateText;
        this.dateLine = dateLine;
        this.dateYear = dateYear;
        this.dateMonth = dateMonth;
        this.dateDay = dateDay;
        this.firstBodyLine = firstBodyLine;
    }

    public String getSource() {
        return source;
    }

    public int getLineCount() {
        return lineCount;
    }

    public boolean isHasTitle() {
        return title != null;
    }

    public String getTitle() {
        return title;
    }

    public int getTitleLine() {
        return titleLine;
    }

    /** The year named in the title, or null. */
    public Integer getTitleYear() {
        return titleYear;
    }

    /** The year reported on: the title's year, else the year the body opens with, else null. */
    public Integer getReportingYear() {
        return reportingYear;
    }

    public String getAddressee() {
        return addressee;
    }

    public boolean isHasIssuer() {
        return issuer != null;
    }

    public String getIssuer() {
        return issuer;
    }

    public int getIssuerLine() {
        return issuerLine;
    }

    public boolean isHasDate() {
        return dateText != null;
    }

    public String getDateText() {
        return dateText;
    }

    public int getDateLine() {
        return dateLine;
    }

    public Integer getDateYear() {
        return dateYear;
    }

    public Integer getDateMonth() {
        return dateMonth;
    }

    public Integer getDateDay() {
        return dateDay;
    }

    /** First line after the title block, addressee and web residue at the top. */
    public int getFirstBodyLine() {
        return firstBodyLine;
    }
}

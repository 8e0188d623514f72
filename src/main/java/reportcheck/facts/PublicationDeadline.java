package reportcheck.facts;

/**
 * The day a report of this issuer's kind must be out by, in the year after the reporting year,
 * and the norm that says so. Inserted only when the profile has deadlines and the issuer's name
 * tells its kind.
 */
public final class PublicationDeadline {
    private final String kind;
    private final String issuer;
    private final int month;
    private final int day;
    private final String basis;

    public PublicationDeadline(String kind, String issuer, int month, int day, String basis) {
        this.kind = kind;
        this.issuer = issuer;
        this.month = month;
        this.day = day;
        this.basis = basis;
    }

    /** "government" or "department", as the profile names the kinds. */
    public String getKind() {
        return kind;
    }

    public String getIssuer() {
        return issuer;
    }

    public int getMonth() {
        return month;
    }

    public int getDay() {
        return day;
    }

    public String getBasis() {
        return basis;
    }
}

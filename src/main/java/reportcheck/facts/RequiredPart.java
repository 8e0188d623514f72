package reportcheck.facts;

/** A part that the active profile requires every report to have. */
public final class RequiredPart {
    private final String id;
    private final String name;
    private final String basis;
    private final String yearScope;
    private final String suggestedHeading;
    private final int since;
    private final String earlierBasis;

    public RequiredPart(String id, String name, String basis, String yearScope, String suggestedHeading) {
        this(id, name, basis, yearScope, suggestedHeading, 0, null);
    }

    public RequiredPart(String id, String name, String basis, String yearScope, String suggestedHeading, int since,
            String earlierBasis) {
        this.id = id;
        this.name = name;
        this.basis = basis;
        this.yearScope = yearScope;
        this.suggestedHeading = suggestedHeading;
        this.since = since;
        this.earlierBasis = earlierBasis;
    }

    /** The first reporting year {@link #getBasis()} binds (0: every year). */
    public int getSince() {
        return since;
    }

    /** What asked for the report before {@link #getSince()}, or null when nothing asked for this part. */
    public String getEarlierBasis() {
        return earlierBasis;
    }

    /** A heading the report could add for this part, with the right year filled in. */
    public String getSuggestedHeading() {
        return suggestedHeading;
    }

    public String getId() {
        return id;
    }

    /** The canonical name of the part, quoted as evidence when it is missing. */
    public String getName() {
        return name;
    }

    /** The norm that requires it. */
    public String getBasis() {
        return basis;
    }

    /** "report" when its heading should name the reporting year, "next" for the following year, else null. */
    public String getYearScope() {
        return yearScope;
    }
}

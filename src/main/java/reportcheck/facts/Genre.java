package reportcheck.facts;

/**
 * What kind of document the report is, and why it was taken for one: the profile given on the
 * command line, its title, fingerprints in its text (the norm it cites, its fixed part names),
 * or nothing either way, when the first genre stays. One per report.
 */
public final class Genre {
    public static final String FORCED = "forced";
    public static final String TITLE = "title";
    public static final String FINGERPRINTS = "fingerprints";
    public static final String FALLBACK = "fallback";
    public static final String UNKNOWN = "unknown";

    private final String id;
    private final String name;
    private final String basis;
    private final String title;
    private final int fingerprints;

    public Genre(String id, String name, String basis, String title, int fingerprints) {
        this.id = id;
        this.name = name;
        this.basis = basis;
        this.title = title;
        this.fingerprints = fingerprints;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** {@link #FORCED}, {@link #TITLE}, {@link #FINGERPRINTS}, {@link #FALLBACK} or {@link #UNKNOWN}. */
    public String getBasis() {
        return basis;
    }

    public boolean isKnown() {
        return !UNKNOWN.equals(basis);
    }

    /** The report's title, or null. */
    public String getTitle() {
        return title;
    }

    /** How many of the genre's fingerprints the text holds. */
    public int getFingerprints() {
        return fingerprints;
    }

    /** How the genre was told, for a checklist header: "政府信息公开工作年度报告（据标题识别）". */
    public String describe() {
        return name + switch (basis) {
            case FORCED -> "（按 --profile 指定）";
            case TITLE -> "（据标题识别）";
            case FINGERPRINTS -> "（据正文特征识别）";
            case FALLBACK -> "（未见其他文种的特征，按默认文种）";
            default -> "（未能识别，只作通用检查）";
        };
    }

    @Override
    public String toString() {
        return "Genre[" + id + " " + basis + "]";
    }
}

package reportcheck.facts;

/**
 * A cited title shaped like a national law or regulation that is none of them, nor any name the
 * knowledge base accepts, but is one slip away from exactly one law or regulation in force: its
 * kind changed (行政处罚条例 for 行政处罚法), a word dropped (土地法), added (优化营商环境管理条例)
 * or changed. Placed where the citation is; whether to report it is for the rules, which also read
 * the sentences and clauses around it ({@link #getClauses()}: a title still being drafted is named
 * by its draft title).
 */
public final class NearLawTitle extends Located {
    private final CitedTitle citation;
    private final String lawTitle;
    private final String lawShort;
    private final String lawKind;
    private final String origin;
    private final String slip;
    private final String wrong;
    private final String right;
    private final java.util.List<String> clauses;

    public NearLawTitle(CitedTitle citation, String lawTitle, String lawShort, String lawKind, String origin, String slip,
            String wrong, String right) {
        this(citation, lawTitle, lawShort, lawKind, origin, slip, wrong, right, java.util.List.of());
    }

    private NearLawTitle(CitedTitle citation, String lawTitle, String lawShort, String lawKind, String origin, String slip,
            String wrong, String right, java.util.List<String> clauses) {
        super(citation.sourceText(), citation.getOffset(), citation.getEnd());
        this.citation = citation;
        this.lawTitle = lawTitle;
        this.lawShort = lawShort;
        this.lawKind = lawKind;
        this.origin = origin;
        this.slip = slip;
        this.wrong = wrong;
        this.right = right;
        this.clauses = java.util.List.copyOf(clauses);
    }

    /** The same, with the texts of the sentences and clauses that hold it. */
    public NearLawTitle withClauses(java.util.List<String> around) {
        return new NearLawTitle(citation, lawTitle, lawShort, lawKind, origin, slip, wrong, right, around);
    }

    /** The texts, as written, of the sentences and clauses that hold the citation. */
    public java.util.List<String> getClauses() {
        return clauses;
    }

    public CitedTitle getCitation() {
        return citation;
    }

    /** The full title of the nearest law, e.g. 中华人民共和国土地管理法. */
    public String getLawTitle() {
        return lawTitle;
    }

    /** Its short form, e.g. 土地管理法. */
    public String getLawShort() {
        return lawShort;
    }

    /** constitution, law or regulation. */
    public String getLawKind() {
        return lawKind;
    }

    /** Its dates and number as the data gives them ("1986年6月25日通过，2019年8月26日修改"), or "". */
    public String getOrigin() {
        return origin;
    }

    /** kind (法/条例/规定… swapped), dropped, added or changed. */
    public String getSlip() {
        return slip;
    }

    /** The words of the citation that differ ("" for a dropped word). */
    public String getWrong() {
        return wrong;
    }

    /** The words of the law in their place ("" for an added word). */
    public String getRight() {
        return right;
    }

    /** The name to write: the full title when the citation used 中华人民共和国, else the short form. */
    public String getSuggested() {
        String name = citation.getBaseKey().startsWith("中华人民共和国") ? lawTitle : lawShort;
        return citation.inMarks(name);
    }
}

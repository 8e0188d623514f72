package reportcheck.facts;

/**
 * A fixed political or legal term and a wrong way of writing it, from
 * {@code rules/data/fixed-terms.json}. {@link #getPattern()} is a regular expression over folded
 * text; a named group {@code e} narrows what is quoted, and {@link #getRight()} replaces that.
 */
public final class FixedTerm {
    private final String id;
    private final String pattern;
    private final String right;
    private final String reason;
    private final String norm;
    private final String severity;
    private final boolean inTitles;

    public FixedTerm(String id, String pattern, String right, String reason, String norm, String severity) {
        this(id, pattern, right, reason, norm, severity, false);
    }

    /**
     * {@code inTitles}: the wrong form is wrong inside 《》 too, because no real title has it (a local
     * title quoting the national duty under a garbled name, 《…推进法治第一责任人职责实施细则》).
     */
    public FixedTerm(String id, String pattern, String right, String reason, String norm, String severity, boolean inTitles) {
        this.id = id;
        this.pattern = pattern;
        this.right = right;
        this.reason = reason;
        this.norm = norm;
        this.severity = severity;
        this.inTitles = inTitles;
    }

    public String getId() {
        return id;
    }

    public String getPattern() {
        return pattern;
    }

    /** The right form of the quoted text. */
    public String getRight() {
        return right;
    }

    /** Why the wrong form is wrong, in Chinese. */
    public String getReason() {
        return reason;
    }

    /** The document the right form comes from, or "". */
    public String getNorm() {
        return norm;
    }

    /** "error" for a wrong word, "warning" for a wrong form of the right words. */
    public String getSeverity() {
        return severity;
    }

    /** Whether the wrong form is reported inside 《》 as well. */
    public boolean isInTitles() {
        return inTitles;
    }

    @Override
    public String toString() {
        return "FixedTerm[" + id + "]";
    }
}

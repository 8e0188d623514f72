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

    public FixedTerm(String id, String pattern, String right, String reason, String norm, String severity) {
        this.id = id;
        this.pattern = pattern;
        this.right = right;
        this.reason = reason;
        this.norm = norm;
        this.severity = severity;
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

    @Override
    public String toString() {
        return "FixedTerm[" + id + "]";
    }
}

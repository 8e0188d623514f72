package reportcheck.facts;

/**
 * A word official reports often miswrite, from {@code rules/data/miswritten-words.json}: the
 * wrong form (a literal), the right one, why, and the dictionary or norm that says so. When the
 * wrong form is right in other places (截止 in 截止日期), {@link #getAfter()} is what must follow
 * it for the use to be wrong (a date after 截止).
 */
public final class MiswrittenWord {
    private final String wrong;
    private final String right;
    private final String after;
    private final String reason;
    private final String source;
    private final String severity;

    public MiswrittenWord(String wrong, String right, String after, String reason, String source, String severity) {
        this.wrong = wrong;
        this.right = right;
        this.after = after;
        this.reason = reason;
        this.source = source;
        this.severity = severity;
    }

    /** The wrong form, a literal over folded text; unique in the file, so it is the entry's id. */
    public String getWrong() {
        return wrong;
    }

    /** What replaces the wrong form. */
    public String getRight() {
        return right;
    }

    /** A regular expression the folded text right after the wrong form must match, or "" for none. */
    public String getAfter() {
        return after;
    }

    /** Why, in Chinese. */
    public String getReason() {
        return reason;
    }

    /** The dictionary, table or norm the right form comes from. */
    public String getSource() {
        return source;
    }

    /** "error": never right in a report; "warning": a usage that official writing avoids. */
    public String getSeverity() {
        return severity;
    }

    @Override
    public String toString() {
        return "MiswrittenWord[" + wrong + "→" + right + "]";
    }
}

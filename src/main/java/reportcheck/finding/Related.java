package reportcheck.finding;

/**
 * Another place a finding refers to, e.g. the first of two contradicting values. {@code source}
 * is null for a place in the same report, and names the other report when the place is in
 * another one (text shared between reports).
 */
public record Related(int line, int column, String evidence, String source) {
    public Related(int line, int column, String evidence) {
        this(line, column, evidence, null);
    }
}

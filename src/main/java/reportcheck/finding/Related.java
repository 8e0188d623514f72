package reportcheck.finding;

/** Another place a finding refers to, e.g. the first of two contradicting values. */
public record Related(int line, int column, String evidence) {
}

package reportcheck.finding;

import java.util.Comparator;
import java.util.List;

/**
 * One problem in one report. {@code line}/{@code column} are 1-based positions in the input
 * (column in code points) and null for findings about the whole document; {@code evidence} is
 * the exact text of the report (for a missing part, the part's canonical name).
 */
public record Finding(String ruleId, String category, Severity severity, String title, Integer line,
        Integer column, Integer endLine, Integer endColumn, String evidence, String message, String suggestion,
        List<Related> related) {

    /** Document order: whole-document findings first, then by position, then by rule id and evidence. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.line() == null ? 0 : f.line())
            .thenComparing(f -> f.column() == null ? 0 : f.column())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::evidence);

    public Finding withSeverity(Severity s) {
        return new Finding(ruleId, category, s, title, line, column, endLine, endColumn, evidence, message,
                suggestion, related);
    }
}

package reportcheck.analysis;

/**
 * Which kinds of fact the rules that hold for a genre match, so that the analysis can leave out
 * work whose facts no such rule would read: the statement of a report's parts in its opening is
 * matched only by the rules for 政府信息公开 reports, and looking for it took a twentieth of the
 * analysis of a 法治政府建设 report. The answer must err on the side of yes: a fact left out that
 * some rule matches would lose a finding.
 */
@FunctionalInterface
public interface FactDemand {
    /** Every fact of every report: for a caller without a rule base at hand (tests, tools). */
    FactDemand ALL = (genre, type) -> true;

    /** Whether some rule that holds for a report of {@code genre} matches facts of {@code type}. */
    boolean wants(String genre, Class<?> type);
}

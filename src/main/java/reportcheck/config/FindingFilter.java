package reportcheck.config;

import java.util.ArrayList;
import java.util.List;
import reportcheck.finding.CheckResult;
import reportcheck.finding.Finding;

/**
 * Applies a {@link RuleConfig} and a {@link Baseline} to each report's result, in that order: rules
 * turned off are dropped, severities changed, then accepted findings removed. It remembers the
 * configured findings it saw (before the baseline), which is what {@code --write-baseline} writes.
 * One filter serves one run: {@link #filter} may run on many threads, {@link #count} on one.
 */
public final class FindingFilter {
    private final RuleConfig config;
    private final Baseline baseline;
    private final List<Baseline.Entry> seen = new ArrayList<>();
    private int accepted;

    /** A filter that keeps every finding. */
    public static FindingFilter none() {
        return new FindingFilter(RuleConfig.none(), Baseline.none());
    }

    public FindingFilter(RuleConfig config, Baseline baseline) {
        this.config = config;
        this.baseline = baseline;
    }

    /** One report's result after the filter, and what it adds to the run's counts. */
    public record Applied(CheckResult result, List<Baseline.Entry> seen, int accepted) {
    }

    /**
     * Filters one report without touching the run's counts, so reports may be filtered on many
     * threads; {@link #count} then adds them up in report order.
     */
    public Applied filter(CheckResult r) {
        if (!r.ok()) {
            return new Applied(r, List.of(), 0);
        }
        String report = reportName(r.source());
        List<Baseline.Entry> open = new ArrayList<>(baseline.entries());
        List<Baseline.Entry> seenHere = new ArrayList<>();
        int acceptedHere = 0;
        List<Finding> kept = new ArrayList<>();
        for (Finding f : r.findings()) {
            if (config.isDisabled(f)) {
                continue;
            }
            Finding g = config.adjust(f);
            String evidence = g.evidence() == null ? "" : g.evidence();
            seenHere.add(new Baseline.Entry(report, g.ruleId(), evidence));
            Baseline.Entry match = open.stream().filter(e -> e.accepts(report, g.ruleId(), evidence))
                    .findFirst().orElse(null);
            if (match != null) {
                open.remove(match);
                acceptedHere++;
            } else {
                kept.add(g);
            }
        }
        return new Applied(r.withFindings(kept), seenHere, acceptedHere);
    }

    /** Adds one report's counts; called in report order, a written baseline is the same on every run. */
    public void count(Applied a) {
        seen.addAll(a.seen());
        accepted += a.accepted();
    }

    public CheckResult apply(CheckResult r) {
        Applied a = filter(r);
        count(a);
        return a.result();
    }

    /** Every configured finding seen so far, as baseline entries for its report. */
    public Baseline seen() {
        return new Baseline(seen);
    }

    /** How many findings the baseline has accepted so far. */
    public int accepted() {
        return accepted;
    }

    /** Reports are matched by file name, so a baseline survives the report being checked from another folder. */
    static String reportName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return source.substring(slash + 1);
    }
}

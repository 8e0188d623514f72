package reportcheck.config;

import java.util.ArrayList;
import java.util.List;
import reportcheck.finding.CheckResult;
import reportcheck.finding.Finding;

/**
 * Applies a {@link RuleConfig} and a {@link Baseline} to each report's result, in that order: rules
 * turned off are dropped, severities changed, then accepted findings removed. It remembers the
 * configured findings it saw (before the baseline), which is what {@code --write-baseline} writes.
 * One filter serves one run; its worker threads may share it.
 */
public final class FindingFilter {
    private final RuleConfig config;
    private final Baseline baseline;
    /** Entries with the full path of their report, so two same-named files in different folders keep one order. */
    private final List<Seen> seen = new ArrayList<>();
    private record Seen(String source, Baseline.Entry entry) {
    }

    private int accepted;
    /** Reports matched to the baseline by title and issuer, as "new name（基线中为 old name）". */
    private final List<String> renamed = new ArrayList<>();

    public FindingFilter(RuleConfig config, Baseline baseline) {
        this.config = config;
        this.baseline = baseline;
    }

    /** Safe to call from several worker threads; each call handles one report. */
    public synchronized CheckResult apply(CheckResult r) {
        if (!r.ok()) {
            return r;
        }
        String report = reportName(r.source());
        // a renamed draft: the baseline's entries for the file of the same title and issuer apply
        String was = baseline.renamedFrom(report, r.title(), r.issuer());
        String matchAs = was != null ? was : report;
        if (was != null) {
            renamed.add(report + "（基线中为 " + was + "）");
        }
        List<Baseline.Entry> open = new ArrayList<>(baseline.entries());
        List<Finding> kept = new ArrayList<>();
        for (Finding f : r.findings()) {
            if (config.isDisabled(f)) {
                continue;
            }
            Finding g = config.adjust(f);
            String evidence = g.evidence() == null ? "" : g.evidence();
            seen.add(new Seen(r.source(), new Baseline.Entry(report, g.ruleId(), evidence, r.title(), r.issuer())));
            Baseline.Entry match = open.stream().filter(e -> e.accepts(matchAs, g.ruleId(), evidence))
                    .findFirst().orElse(null);
            if (match != null) {
                open.remove(match);
                accepted++;
            } else {
                kept.add(g);
            }
        }
        return r.withFindings(kept);
    }

    /** Every configured finding seen so far, as baseline entries for its report. */
    public synchronized Baseline seen() {
        // reports are checked in parallel, so order the entries by report path (stable within one)
        List<Seen> ordered = new ArrayList<>(seen);
        ordered.sort(java.util.Comparator.comparing(Seen::source));
        return new Baseline(ordered.stream().map(Seen::entry).toList());
    }

    /** The reports matched under another file name, sorted (reports are checked in parallel). */
    public synchronized List<String> renamed() {
        return renamed.stream().sorted().toList();
    }

    /** How many findings the baseline has accepted so far. */
    public synchronized int accepted() {
        return accepted;
    }

    /** Reports are matched by file name, so a baseline survives the report being checked from another folder. */
    static String reportName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return source.substring(slash + 1);
    }
}

package reportcheck.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import reportcheck.copies.SharedPair;
import reportcheck.finding.CheckResult;

/**
 * Everything the summary files show: the rows worst first, the pairs of reports sharing the
 * most text (empty when no comparison ran), and whether each report has an HTML page to link.
 *
 * @param sharedText whether a comparison across reports ran, so "no pairs" means "none found"
 * @param skipped    files of the given folders that were not of a kind to check, in path order
 */
public record Summary(List<SummaryRow> rows, List<SharedPair> pairs, boolean sharedText, boolean reportPages,
        List<SkippedFile> skipped) {
    public static final String CSV = "summary.csv";
    public static final String JSON = "summary.json";
    public static final String HTML = "summary.html";

    public Summary {
        List<SummaryRow> sorted = new ArrayList<>(rows);
        sorted.sort(SummaryRow.WORST_FIRST);
        rows = List.copyOf(sorted);
        pairs = List.copyOf(pairs);
        List<SkippedFile> byPath = new ArrayList<>(skipped);
        byPath.sort(null);
        skipped = List.copyOf(byPath);
    }

    public Summary(List<SummaryRow> rows, List<SharedPair> pairs, boolean sharedText, boolean reportPages) {
        this(rows, pairs, sharedText, reportPages, List.of());
    }

    /** This summary naming the files the walk left unchecked. */
    public Summary withSkipped(List<SkippedFile> files) {
        return new Summary(rows, pairs, sharedText, reportPages, files);
    }

    /** Category columns: the known ones in order, then any a rule set added. */
    public List<String> categories() {
        Set<String> out = new LinkedHashSet<>();
        rows.forEach(r -> out.addAll(r.byCategory().keySet()));
        if (out.isEmpty()) {
            out.addAll(reportcheck.finding.Category.ALL);
        }
        return List.copyOf(out);
    }

    public Map<String, Integer> totalsByCategory() {
        Map<String, Integer> out = new LinkedHashMap<>();
        categories().forEach(c -> out.put(c, 0));
        rows.forEach(r -> r.byCategory().forEach((c, n) -> out.merge(c, n, Integer::sum)));
        return out;
    }

    /** Findings of each category by severity, over all reports, in {@link #categories()} order. */
    public Map<String, SummaryRow.Severities> severitiesByCategory() {
        Map<String, SummaryRow.Severities> out = new LinkedHashMap<>();
        categories().forEach(c -> out.put(c, SummaryRow.Severities.NONE));
        rows.forEach(r -> r.bySeverity().forEach((c, n) -> out.merge(c, n, SummaryRow.Severities::plus)));
        return out;
    }

    /** The title of the report read from {@code source}, or null when none is known. */
    public String titleOf(String source) {
        for (SummaryRow r : rows) {
            if (r.source().equals(source) && r.title() != null && !r.title().isBlank()) {
                return r.title();
            }
        }
        return null;
    }

    public long count(String status) {
        return rows.stream().filter(r -> r.status().equals(status)).count();
    }

    public int totalErrors() {
        return rows.stream().mapToInt(SummaryRow::errors).sum();
    }

    public int totalWarnings() {
        return rows.stream().mapToInt(SummaryRow::warnings).sum();
    }

    public int totalInfos() {
        return rows.stream().mapToInt(SummaryRow::infos).sum();
    }

    /** Chinese label of a status, for people. */
    public static String statusLabel(String status) {
        return switch (status) {
            case CheckResult.CHECKED -> "已检查";
            case CheckResult.FAILED -> "无法检查";
            case CheckResult.TIMED_OUT -> "超时";
            default -> status;
        };
    }
}

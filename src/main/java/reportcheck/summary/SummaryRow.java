package reportcheck.summary;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import reportcheck.finding.Category;
import reportcheck.finding.CheckResult;
import reportcheck.finding.Finding;
import reportcheck.finding.Severity;

/**
 * One report in the summary: what it is, whether it was checked, and its findings counted by
 * severity and by category. Small on purpose: a batch of ten thousand keeps only these.
 *
 * @param outputName the name its checklists were written under, or null when none were
 * @param byCategory every known category in {@link Category#ALL} order, then any other, sorted
 * @param bySeverity the categories that have findings, each with its findings by severity, so a
 *     chart can tell errors from infos
 * @param genre the id of the genre the report was checked as, or null
 * @param genreName that genre's name, or null
 */
public record SummaryRow(String source, String outputName, String status, String reason, String title,
        String issuer, Integer reportingYear, int errors, int warnings, int infos, Map<String, Integer> byCategory,
        Map<String, Severities> bySeverity, String genre, String genreName) {

    /** Findings of one kind counted by severity. */
    public record Severities(int errors, int warnings, int infos) {
        static final Severities NONE = new Severities(0, 0, 0);

        Severities plus(Severities o) {
            return new Severities(errors + o.errors, warnings + o.warnings, infos + o.infos);
        }

        static Severities of(Severity s) {
            return new Severities(s == Severity.ERROR ? 1 : 0, s == Severity.WARNING ? 1 : 0, s == Severity.INFO ? 1 : 0);
        }
    }

    /**
     * Worst first: reports that could not be checked (nothing is known about them, a person must
     * look), then more errors, then more warnings, then more infos; ties by file name.
     */
    public static final Comparator<SummaryRow> WORST_FIRST = Comparator
            .comparing((SummaryRow r) -> r.ok() ? 1 : 0)
            .thenComparing(SummaryRow::errors, Comparator.reverseOrder())
            .thenComparing(SummaryRow::warnings, Comparator.reverseOrder())
            .thenComparing(SummaryRow::infos, Comparator.reverseOrder())
            .thenComparing(SummaryRow::source)
            .thenComparing(r -> r.outputName() == null ? "" : r.outputName());

    public static SummaryRow of(CheckResult r, String outputName) {
        Map<String, Integer> cats = emptyCategories();
        Map<String, Severities> bySeverity = new TreeMap<>();
        int[] sev = new int[Severity.values().length];
        for (Finding f : r.findings()) {
            sev[f.severity().ordinal()]++;
            cats.merge(f.category(), 1, Integer::sum);
            bySeverity.merge(f.category(), Severities.of(f.severity()), Severities::plus);
        }
        return new SummaryRow(r.source(), r.ok() ? outputName : null, r.status(), r.error(), r.title(), r.issuer(),
                r.reportingYear(), sev[Severity.ERROR.ordinal()], sev[Severity.WARNING.ordinal()],
                sev[Severity.INFO.ordinal()], ordered(cats), java.util.Collections.unmodifiableMap(bySeverity),
                r.genre(), r.genreLabel() == null ? null : r.genreLabel().replaceFirst("（.*$", ""));
    }

    /** A path that could not even be read as a report (missing, a loop, an unreadable folder). */
    public static SummaryRow failed(String source, String reason) {
        return new SummaryRow(source, null, CheckResult.FAILED, reason, null, null, null, 0, 0, 0,
                ordered(emptyCategories()), Map.of(), null, null);
    }

    public boolean ok() {
        return CheckResult.CHECKED.equals(status);
    }

    public int findings() {
        return errors + warnings + infos;
    }

    /** How the report is named for people: its title where one was found, else its file name. */
    public String displayName() {
        return title != null && !title.isBlank() ? title : source;
    }

    private static Map<String, Integer> emptyCategories() {
        Map<String, Integer> m = new LinkedHashMap<>();
        Category.ALL.forEach(c -> m.put(c, 0));
        return m;
    }

    private static Map<String, Integer> ordered(Map<String, Integer> cats) {
        Map<String, Integer> out = new LinkedHashMap<>();
        Category.ALL.forEach(c -> out.put(c, cats.getOrDefault(c, 0)));
        new TreeMap<>(cats).forEach(out::putIfAbsent);
        return java.util.Collections.unmodifiableMap(out);
    }
}

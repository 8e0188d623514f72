package reportcheck.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import reportcheck.copies.CopySettings;

/** Options of the comparison across reports: within the batch, and with earlier reports. */
public final class SharedTextOptions {
    @Option(names = "--cross-report",
            description = "Find paragraphs that reports of this batch share (exact or with a few characters changed).")
    boolean crossReport;

    @Option(names = "--compare-with", paramLabel = "DIR",
            description = "Earlier reports (e.g. last year's) to find paragraphs carried over word for word; repeatable.")
    List<Path> compareWith = new ArrayList<>();

    @Option(names = "--shared-min-length", paramLabel = "N", defaultValue = "" + CopySettings.DEFAULT_MIN_LENGTH,
            description = "Shortest paragraph compared, in characters, stock formulas not counted (default: ${DEFAULT-VALUE}).")
    int minLength;

    @Option(names = "--shared-max-reports", paramLabel = "K", defaultValue = "" + CopySettings.DEFAULT_MAX_REPORTS,
            description = "A paragraph found in more than K reports is a standard formula, not a copy (default: ${DEFAULT-VALUE}).")
    int maxReports;

    /** The settings, or null when no comparison was asked for. */
    CopySettings settings() {
        if (!crossReport && compareWith.isEmpty()) {
            return null;
        }
        CopySettings d = CopySettings.defaults(crossReport);
        if (minLength < 1) {
            throw new IllegalArgumentException("--shared-min-length（参与比较的最短段落字数）至少为 1");
        }
        if (maxReports < 2) {
            throw new IllegalArgumentException("--shared-max-reports（视为套话的报告份数）至少为 2");
        }
        return new CopySettings(crossReport, minLength, maxReports, d.nearSimilarity(), d.carriedSimilarity());
    }
}

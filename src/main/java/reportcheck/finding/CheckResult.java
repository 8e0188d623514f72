package reportcheck.finding;

import java.util.List;
import reportcheck.text.SourceText;

/**
 * The outcome for one report: its findings, or, when it could not be checked, the reason. Kept
 * side by side so a batch reports failures as data and goes on.
 *
 * @param status {@link #CHECKED}, {@link #FAILED} or {@link #TIMED_OUT}
 * @param text the report's text, for renderers that show it; null when it could not be read
 * @param genre the id of the genre it was checked as; null when it could not be checked
 * @param genreLabel the genre's name and how it was told, for a reader
 */
public record CheckResult(String source, String status, String format, String encoding, String title,
        String issuer, Integer reportingYear, List<Finding> findings, String error, SourceText text, String genre,
        String genreLabel) {

    public CheckResult(String source, String status, String format, String encoding, String title, String issuer,
            Integer reportingYear, List<Finding> findings, String error, SourceText text) {
        this(source, status, format, encoding, title, issuer, reportingYear, findings, error, text, null, null);
    }

    public static final String CHECKED = "checked";
    public static final String FAILED = "failed";
    public static final String TIMED_OUT = "timed-out";

    public static CheckResult failed(String source, String error) {
        return new CheckResult(source, FAILED, null, null, null, null, null, List.of(), error, null);
    }

    public static CheckResult timedOut(String source, String error) {
        return new CheckResult(source, TIMED_OUT, null, null, null, null, null, List.of(), error, null);
    }

    /** The same result with other findings, e.g. after configuration, a baseline or the cross-report pass. */
    public CheckResult withFindings(List<Finding> all) {
        return new CheckResult(source, status, format, encoding, title, issuer, reportingYear, List.copyOf(all), error,
                text, genre, genreLabel);
    }

    /** The same result without the report's text, to keep a large batch small in memory. */
    public CheckResult withoutText() {
        return new CheckResult(source, status, format, encoding, title, issuer, reportingYear, findings, error, null,
                genre, genreLabel);
    }

    public boolean ok() {
        return CHECKED.equals(status);
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }
}

package reportcheck.finding;

import java.util.List;

/**
 * The outcome for one report: its findings, or, when it could not be checked, the reason. Kept
 * side by side so a batch reports failures as data and goes on.
 */
public record CheckResult(String source, String format, String encoding, String title, String issuer,
        Integer reportingYear, List<Finding> findings, String error) {

    public static CheckResult failed(String source, String error) {
        return new CheckResult(source, null, null, null, null, null, List.of(), error);
    }

    public boolean ok() {
        return error == null;
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }
}

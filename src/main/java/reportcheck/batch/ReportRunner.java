package reportcheck.batch;

import java.nio.file.Path;
import java.util.function.BiConsumer;
import reportcheck.analysis.Facts;
import reportcheck.engine.Checker;
import reportcheck.finding.CheckResult;
import reportcheck.input.LoadedReport;
import reportcheck.input.Readers;
import reportcheck.text.UnreadableReportException;

/** Reads and checks one report; every failure comes back as a failed {@link CheckResult}. */
public final class ReportRunner {
    private final Readers readers;
    private final Checker checker;
    private final BiConsumer<String, Facts> factsListener;

    public ReportRunner(Readers readers, Checker checker) {
        this(readers, checker, (source, facts) -> { });
    }

    /** {@code factsListener} sees each report's facts, e.g. for a comparison across reports. */
    public ReportRunner(Readers readers, Checker checker, BiConsumer<String, Facts> factsListener) {
        this.readers = readers;
        this.checker = checker;
        this.factsListener = factsListener;
    }

    public CheckResult run(Path file, String source) {
        LoadedReport report;
        try {
            report = readers.read(file, source);
        } catch (UnreadableReportException e) {
            return CheckResult.failed(source, e.getMessage());
        }
        try {
            Facts facts = checker.facts(report);
            factsListener.accept(source, facts);
            var doc = facts.document();
            return new CheckResult(source, CheckResult.CHECKED, report.format(), report.encoding(), doc.getTitle(),
                    doc.getIssuer(), doc.getReportingYear(), checker.check(facts), null, report.text());
        } catch (RuntimeException e) {
            return CheckResult.failed(source, "检查时出错：" + describe(e));
        }
    }

    /** The innermost message, plus the rule when a rule's consequence threw. */
    static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder();
        if (e instanceof org.kie.api.runtime.rule.ConsequenceException ce && ce.getMatch() != null) {
            sb.append("规则 \"").append(ce.getMatch().getRule().getName()).append("\" 执行失败：");
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        sb.append(root.getClass().getSimpleName());
        if (root.getMessage() != null) {
            sb.append(": ").append(root.getMessage());
        }
        return sb.toString();
    }
}

package reportcheck.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import reportcheck.batch.ReportRunner;
import reportcheck.finding.CheckResult;
import reportcheck.finding.Finding;
import reportcheck.finding.Related;
import reportcheck.finding.Severity;
import reportcheck.input.Readers;
import reportcheck.support.Engine;
import reportcheck.text.SourceText;

/** Check results for renderer tests: from the real rules, or with findings placed by hand. */
final class Results {
    private Results() {
    }

    /** A report file read and checked as the command line does, title and all. */
    static CheckResult run(Path file) {
        CheckResult r = new ReportRunner(Readers.standard(), Engine.checker()).run(file, file.toString());
        if (!r.ok()) {
            throw new IllegalStateException(file + ": " + r.error());
        }
        return r;
    }

    /** The project's rules run over {@code text}. */
    static CheckResult checked(String source, String text) {
        return of(source, text, Engine.check(text));
    }

    static CheckResult of(String source, String text, List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        return new CheckResult(source, CheckResult.CHECKED, "txt", "UTF-8", "测试报告", "测试机关", 2023, sorted, null,
                new SourceText(text));
    }

    /**
     * A finding on the first occurrence of {@code evidence} in {@code text} at or after
     * {@code from}, placed as the engine places one (code-point columns, exclusive end column).
     */
    static Finding at(String text, String evidence, int from, String ruleId, Severity sev) {
        SourceText st = new SourceText(text);
        int start = text.indexOf(evidence, from);
        if (start < 0) {
            throw new IllegalArgumentException("not in text: " + evidence);
        }
        int end = start + evidence.length();
        return new Finding(ruleId, ruleId.substring(0, ruleId.indexOf('.')), sev, "标题：" + ruleId, st.lineOf(start),
                st.columnOf(start), st.lineOf(end - 1), st.columnOf(end), evidence, "说明：" + evidence,
                "建议：改正", List.of());
    }

    static Finding whole(String ruleId, String evidence) {
        return new Finding(ruleId, ruleId.substring(0, ruleId.indexOf('.')), Severity.ERROR, "全文问题", null, null,
                null, null, evidence, "缺少：" + evidence, "补上", List.of());
    }

    static Finding withRelated(Finding f, Related r) {
        return new Finding(f.ruleId(), f.category(), f.severity(), f.title(), f.line(), f.column(), f.endLine(),
                f.endColumn(), f.evidence(), f.message(), f.suggestion(), List.of(r));
    }
}

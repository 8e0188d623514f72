package reportcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import reportcheck.analysis.FactBuilder;
import reportcheck.batch.InputFile;
import reportcheck.batch.InputWalker;
import reportcheck.batch.OutputGuard;
import reportcheck.batch.OutputWriter;
import reportcheck.batch.ReportRunner;
import reportcheck.config.ConfigException;
import reportcheck.config.FindingFilter;
import reportcheck.engine.Checker;
import reportcheck.engine.RuleBase;
import reportcheck.engine.RuleLoadException;
import reportcheck.finding.CheckResult;
import reportcheck.finding.Finding;
import reportcheck.finding.Severity;
import reportcheck.input.Readers;
import reportcheck.knowledge.Knowledge;
import reportcheck.knowledge.KnowledgeException;
import reportcheck.render.OutputFormat;
import reportcheck.render.Renderers;

/** {@code reportcheck check PATH...}: checks reports and writes a checklist per report. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check reports (files or folders) and write checklists.")
public final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files or folders (walked recursively).")
    List<Path> paths;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports-out",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--format", paramLabel = "LIST", defaultValue = "json,md",
            description = "Comma-separated output formats: json, md, html, docx (docx: a commented copy of a .docx input) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit with 1 when a finding is at least this severe: error, warning or none (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Time limit per report; a report that takes longer is listed as timed out and the batch goes on. 0: no limit (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Mixin
    RulesOption rulesOption;

    @Mixin
    FilterOptions filterOptions;

    /** Whether --out was given on the command line rather than left at its default. */
    private boolean outGiven() {
        return spec.commandLine().getParseResult() != null
                && spec.commandLine().getParseResult().hasMatchedOption("--out");
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Severity threshold;
        List<OutputFormat> renderers;
        try {
            threshold = "none".equalsIgnoreCase(failOn.strip()) ? null : Severity.parse(failOn);
            renderers = Renderers.standard().select(format);
            if (timeoutSeconds < 0 || Double.isNaN(timeoutSeconds)) {
                throw new IllegalArgumentException("--timeout must be 0 (no limit) or a positive number of seconds");
            }
        } catch (IllegalArgumentException e) {
            err.println("reportcheck: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        Path rulesDir = rulesOption.resolve();
        RuleBase rules;
        Knowledge knowledge;
        try {
            rules = RuleBase.load(rulesDir);
            knowledge = Knowledge.load(rulesDir, rulesOption.profile);
        } catch (RuleLoadException | KnowledgeException e) {
            err.println("reportcheck: " + e.getMessage());
            return ExitCode.RULES_ERROR.code();
        }
        FindingFilter filter;
        try {
            filter = filterOptions.filter(rules);
        } catch (ConfigException e) {
            err.println("reportcheck: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        Readers readers = Readers.standard();
        InputWalker.Walk walk = InputWalker.walk(paths, readers::isCandidate);
        String clash = OutputGuard.clash(out, outGiven(), paths, walk.files(), renderers);
        if (clash != null) {
            err.println("reportcheck: " + clash);
            return ExitCode.USAGE.code();
        }
        OutputWriter writer = new OutputWriter(out);
        try {
            writer.prepare();
        } catch (IOException e) {
            err.println("reportcheck: 输出目录无法写入：" + out + "（" + OutputGuard.explain(e) + "）");
            return ExitCode.OUTPUT_ERROR.code();
        }
        ReportRunner runner = new ReportRunner(readers, new Checker(rules, new FactBuilder(knowledge)),
                java.time.Duration.ofMillis(Math.round(timeoutSeconds * 1000)));

        List<CheckResult> results = new ArrayList<>();
        boolean inputErrors = false;
        boolean outputErrors = false;
        for (int i = 0; i < walk.failures().size(); i++) {
            InputFile f = walk.failures().get(i);
            err.println(f.source() + ": " + walk.reasons().get(i));
            inputErrors = true;
        }
        for (InputFile f : walk.files()) {
            CheckResult r = filter.apply(runner.run(f.path(), f.source()));
            // the summary needs statuses and findings; the report's text would keep every report of
            // a long batch in memory
            results.add(new CheckResult(r.source(), r.status(), r.format(), r.encoding(), r.title(), r.issuer(),
                    r.reportingYear(), r.findings(), r.error(), null));
            if (!r.ok()) {
                err.println(f.source() + ": " + (CheckResult.TIMED_OUT.equals(r.status()) ? "超时：" : "") + r.error());
                inputErrors = true;
            }
            // a failed report gets its checklist too (status and reason), so every input has an output
            for (OutputFormat renderer : renderers) {
                String skip = renderer.skipReason(r, f.path());
                if (skip != null) {
                    err.println(f.source() + ": 提示：" + skip);
                    continue;
                }
                try {
                    writer.write(r, f.path(), f.outputName(), renderer);
                } catch (IOException e) {
                    err.println(f.source() + ": 无法写出 " + renderer.format() + " 清单：" + OutputGuard.explain(e));
                    outputErrors = true;
                }
            }
            if (!r.ok()) {
                continue;
            }
            stdout.printf("%s: 错误 %d · 警告 %d · 提示 %d%n", f.source(), r.count(Severity.ERROR),
                    r.count(Severity.WARNING), r.count(Severity.INFO));
        }
        try {
            String note = filterOptions.finish(filter);
            if (note != null) {
                stdout.println(note);
            }
        } catch (IOException e) {
            err.println("reportcheck: 无法写出基线文件：" + e);
            outputErrors = true;
        }
        long timedOut = results.stream().filter(r -> CheckResult.TIMED_OUT.equals(r.status())).count();
        stdout.printf("已检查 %d 份报告，%d 份无法检查%s；清单写入 %s%n", results.stream().filter(CheckResult::ok).count(),
                results.stream().filter(r -> !r.ok()).count() + walk.failures().size(),
                timedOut > 0 ? "（其中 " + timedOut + " 份超时）" : "", out);
        stdout.flush();
        if (outputErrors) {
            return ExitCode.OUTPUT_ERROR.code();
        }
        if (inputErrors) {
            return ExitCode.INPUT_ERRORS.code();
        }
        boolean failing = threshold != null && results.stream().flatMap(r -> r.findings().stream())
                .map(Finding::severity).anyMatch(s -> s.ordinal() <= threshold.ordinal());
        return failing ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }
}

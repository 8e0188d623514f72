package reportcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import reportcheck.analysis.FactBuilder;
import reportcheck.batch.BatchRunner;
import reportcheck.batch.InputWalker;
import reportcheck.batch.OutputGuard;
import reportcheck.batch.OutputWriter;
import reportcheck.batch.Progress;
import reportcheck.batch.ProgressBar;
import reportcheck.batch.SummaryFiles;
import reportcheck.copies.CopyFinder;
import reportcheck.copies.CopySettings;
import reportcheck.config.ConfigException;
import reportcheck.config.FindingFilter;
import reportcheck.engine.Checker;
import reportcheck.engine.RuleBase;
import reportcheck.finding.Severity;
import reportcheck.input.Readers;
import reportcheck.knowledge.Knowledge;
import reportcheck.render.OutputFormat;
import reportcheck.render.Renderers;
import reportcheck.summary.Summary;
import reportcheck.summary.SummaryRow;

/** {@code reportcheck check PATH...}: checks reports and writes a checklist per report and a summary. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check reports (files or folders) and write checklists and a summary.")
public final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "paths", description = "Report files or folders (walked recursively).")
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

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + reportcheck.input.Readers.DEFAULT_MAX_CHARS,
            description = "Longest report text checked, in characters; a longer file is listed as failed with its size and the batch goes on. 0: no limit (default: ${DEFAULT-VALUE}).")
    int maxChars;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Reports checked at once (default: one more than the number of processors; 1 on a single processor).")
    Integer jobs;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors; no progress bar.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Also print timings and the rule cache's use on stderr.")
    boolean verbose;

    @Mixin
    RulesOption rulesOption;

    @Mixin
    LangOption lang;

    @Mixin
    SharedTextOptions shared;

    @Mixin
    FilterOptions filterOptions;

    /** How the output folder is written; the fault-injection tests put a failing writer here. */
    static java.util.function.Function<Path, OutputWriter> outputWriters = OutputWriter::new;

    /** Whether --out was given on the command line rather than left at its default. */
    private boolean outGiven() {
        return spec.commandLine().getParseResult() != null
                && spec.commandLine().getParseResult().hasMatchedOption("--out");
    }

    @Override
    public Integer call() {
        PrintWriter rawErr = spec.commandLine().getErr();
        // file names and report text reach these messages: control characters are shown, not obeyed
        PrintWriter err = new PrintWriter(new EscapingWriter(rawErr), true);
        PrintWriter stdout = new PrintWriter(new EscapingWriter(spec.commandLine().getOut()), true);
        Consumer<String> log = verbose ? m -> err.println("reportcheck: " + m) : m -> { };
        Severity threshold;
        List<OutputFormat> renderers;
        CopySettings copySettings;
        try {
            threshold = failOn(failOn);
            renderers = Renderers.standard().select(format);
            if (quiet && verbose) {
                throw new IllegalArgumentException("--quiet（只显示错误）和 --verbose（显示更多）不能同时使用；请只选一个");
            }
            if (jobs != null && jobs < 1) {
                throw new IllegalArgumentException("--jobs（同时检查的报告数）至少为 1");
            }
            if (timeoutSeconds < 0 || Double.isNaN(timeoutSeconds)) {
                throw new IllegalArgumentException("--timeout 应为 0（不限时）或正的秒数");
            }
            if (maxChars < 0) {
                throw new IllegalArgumentException("--max-chars 应为 0（不限长度）或正的字数");
            }
            copySettings = shared.settings();
        } catch (IllegalArgumentException e) {
            err.println("reportcheck: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        Path rulesDir = rulesOption.resolve();
        var cache = rulesOption.cache();
        LoadedEngine engine;
        try {
            engine = LoadedEngine.load(rulesDir, cache, rulesOption.profile);
        } catch (LoadedEngine.Failure e) {
            err.println("reportcheck: " + e.getMessage());
            return ExitCode.RULES_ERROR.code();
        }
        RuleBase rules = engine.rules();
        Knowledge knowledge = engine.knowledge();
        log.accept(String.format("规则库 %d 条和规则数据：%.2f 秒（缓存：%s）", rules.rules().size(),
                engine.nanos() / 1e9, cache == null ? "未使用" : cache.lastEvent()));
        FindingFilter filter;
        try {
            // the cross-report rules can be turned off or re-graded like the DRL ones
            List<reportcheck.engine.RuleMeta> known = new ArrayList<>(rules.rules());
            known.addAll(reportcheck.copies.CopyRules.ALL);
            filter = filterOptions.filter(known);
        } catch (ConfigException e) {
            err.println("reportcheck: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        CopyFinder copies = copySettings == null ? null : new CopyFinder(copySettings, knowledge.stockPhrases());
        Readers readers = Readers.standard().withMaxChars(maxChars);
        InputWalker.Walk walk = InputWalker.walk(paths, readers::isCandidate, readers::skipReason);
        InputWalker.Walk earlier = InputWalker.walk(shared.compareWith, readers::isReadableKind);
        // every file this run reads besides the reports, so that no output can replace one of them
        List<Path> otherInputs = new ArrayList<>();
        earlier.files().forEach(f -> otherInputs.add(f.path()));
        if (filterOptions.rules.config != null) {
            otherInputs.add(filterOptions.rules.config);
        }
        if (filterOptions.baseline != null) {
            otherInputs.add(filterOptions.baseline);
        }
        String clash = OutputGuard.clash(new OutputGuard.Plan(out, outGiven(), paths, walk.files(), renderers,
                otherInputs, filterOptions.writeBaseline));
        if (clash != null) {
            err.println("reportcheck: " + clash);
            return ExitCode.USAGE.code();
        }
        OutputWriter writer = outputWriters.apply(out);
        try {
            writer.prepare();
        } catch (IOException e) {
            err.println("reportcheck: 输出目录无法写入：" + out + "（" + OutputGuard.explain(e) + "）");
            return ExitCode.OUTPUT_ERROR.code();
        }
        List<SummaryRow> failures = new ArrayList<>();
        for (int i = 0; i < walk.failures().size(); i++) {
            err.println(walk.failures().get(i).source() + ": " + walk.reasons().get(i));
            failures.add(SummaryRow.failed(walk.failures().get(i).source(), walk.reasons().get(i)));
        }
        if (!quiet) {
            walk.skipped().forEach(err::println);
        }
        // One more report at a time than there are processors: a report's thread is idle while its
        // file is read from disk and while its result is handed over to be written, and with one
        // thread per processor that left 13% of two processors unused in a batch of 1,000 reports
        // (4% with one more: wall x0.91; two more: x1.03 slower again; README "Batch audits and benchmark")
        int threads = jobs != null ? jobs : defaultJobs();
        Progress progress = !quiet && Terminal.stderrIsTerminal() ? new ProgressBar(rawErr, System::nanoTime)
                : Progress.NONE;
        BatchRunner batch = new BatchRunner(readers, new Checker(rules, new FactBuilder(knowledge, rules::matchesFacts)), writer,
                new BatchRunner.Settings(threads, renderers, copies, earlier.files(),
                        renderers.stream().anyMatch(r -> r.format().equals("html")),
                        java.time.Duration.ofMillis(Math.round(timeoutSeconds * 1000)), filter), progress, log);
        BatchRunner.Outcome outcome = batch.run(walk.files(), failures, new ReportLines(stdout, err, quiet));
        String broken = rules.networkError();
        if (broken != null) {
            // built while the first reports were read: every report failed with it, said once here
            err.println("reportcheck: " + broken);
            return ExitCode.RULES_ERROR.code();
        }
        boolean earlierProblems = !earlier.failures().isEmpty() || !outcome.earlierProblems().isEmpty();
        for (int i = 0; i < earlier.failures().size(); i++) {
            err.println(earlier.failures().get(i).source() + ": " + earlier.reasons().get(i) + "（往年报告）");
        }
        outcome.earlierProblems().forEach(p -> err.println(p + "（往年报告）"));
        Summary summary = outcome.summary().withSkipped(walk.skipped());
        List<String> summaryProblems = SummaryFiles.write(writer, summary);
        summaryProblems.forEach(p -> err.println("reportcheck: " + p));
        boolean outputErrors = outcome.outputErrors() || !summaryProblems.isEmpty();
        try {
            String note = filterOptions.finish(filter);
            if (note != null && !quiet) {
                stdout.println(note);
            }
        } catch (IOException e) {
            err.println("reportcheck: 无法写出基线文件 " + filterOptions.writeBaseline + "：" + OutputGuard.explain(e));
            outputErrors = true;
        }
        if (!quiet) {
            long timedOut = summary.count(reportcheck.finding.CheckResult.TIMED_OUT);
            String written = written(outcome.outputErrors(), !summaryProblems.isEmpty());
            stdout.printf("已检查 %d 份报告，%d 份无法检查%s%s；%s%n", summary.count("checked"),
                    summary.rows().size() - summary.count("checked"),
                    timedOut > 0 ? "（其中 " + timedOut + " 份超时）" : "",
                    walk.skipped().isEmpty() ? "" : "，" + walk.skipped().size() + " 个文件不是支持的报告格式，未检查", written);
        }
        boolean checkedNothing = summary.count("checked") == 0;
        if (checkedNothing) {
            err.println("reportcheck: " + nothingChecked(summary.rows().size(), walk.skipped().size()));
        }
        stdout.flush();
        err.flush();
        if (outputErrors) {
            return ExitCode.OUTPUT_ERROR.code();
        }
        if (summary.rows().stream().anyMatch(r -> !r.ok()) || earlierProblems || checkedNothing) {
            return ExitCode.INPUT_ERRORS.code();
        }
        boolean failing = threshold != null && summary.rows().stream().anyMatch(r -> r.errors() > 0
                || threshold.ordinal() >= Severity.WARNING.ordinal() && r.warnings() > 0
                || threshold == Severity.INFO && r.infos() > 0);
        return failing ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }

    private static Severity failOn(String value) {
        if ("none".equalsIgnoreCase(value.strip())) {
            return null;
        }
        try {
            return Severity.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--fail-on 的值「" + value + "」无效（可用：error、warning、none）");
        }
    }

    /** Why a run checked no report: a run that checked nothing has not done what was asked. */
    static String nothingChecked(int failed, int skipped) {
        if (failed > 0) {
            return "没有检查任何报告：" + failed + " 份无法读取或检查（原因见上）";
        }
        if (skipped > 0) {
            return "没有检查任何报告：所给文件夹中的 " + skipped + " 个文件都不是支持的报告格式（见上）；"
                    + "支持 .txt .docx .doc .wps .html .htm .pdf";
        }
        return "没有检查任何报告：所给文件夹中没有文件";
    }

    /** Where the outputs went, never claiming as written what was not. */
    private String written(boolean checklistsFailed, boolean summaryFailed) {
        if (!checklistsFailed && !summaryFailed) {
            return "清单和汇总写入 " + out;
        }
        String failed = checklistsFailed && summaryFailed ? "部分清单和汇总" : checklistsFailed ? "部分清单" : "汇总";
        return failed + "未能写出（原因见上），其余写入 " + out;
    }

    /** The line printed for each report, in input order. */
    private record ReportLines(PrintWriter stdout, PrintWriter err, boolean quiet) implements BatchRunner.Listener {
        @Override
        public void reported(reportcheck.batch.InputFile input, SummaryRow row, List<String> problems,
                List<String> notes) {
            if (!row.ok()) {
                err.println(input.source() + ": "
                        + (reportcheck.finding.CheckResult.TIMED_OUT.equals(row.status()) ? "超时：" : "") + row.reason());
            } else if (!quiet) {
                stdout.printf("%s: 错误 %d · 警告 %d · 提示 %d%n", input.source(), row.errors(), row.warnings(),
                        row.infos());
            }
            problems.forEach(p -> err.println(input.source() + ": " + p));
            notes.forEach(n -> err.println(input.source() + ": 提示：" + n));
            stdout.flush();
            err.flush();
        }
    }

    /**
     * The number of reports checked at once when --jobs is not given. One processor keeps one: two
     * reports sharing it would each run at half speed against the time limit of a report.
     */
    static int defaultJobs() {
        int processors = Runtime.getRuntime().availableProcessors();
        return processors < 2 ? 1 : processors + 1;
    }
}

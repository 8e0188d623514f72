package reportcheck.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import reportcheck.analysis.Facts;
import reportcheck.engine.Checker;
import reportcheck.engine.Progress;
import reportcheck.finding.CheckResult;
import reportcheck.input.LoadedReport;
import reportcheck.input.Readers;
import reportcheck.text.UnreadableReportException;

/**
 * Reads and checks one report; every failure comes back as a failed {@link CheckResult}, and a
 * report that takes longer than the time limit comes back timed out, naming the stage (and the
 * rule) it was in. Safe to call from many threads at once.
 *
 * <p>The work runs on a thread other than the caller's so that the caller can give up on it: at
 * the limit the rule session is halted and the thread interrupted (the analysis checks for that
 * between lines); if it still has not stopped after a short grace it is left to finish on its own
 * (a daemon thread) and the batch goes on. The threads are kept for the next report rather than
 * started anew for each: a thread's search caches (the folded text's characters, where each
 * character stands) are sized once, not allocated and zeroed again for every report.
 */
public final class ReportRunner {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    /** How long a stopped report may take to wind down before it is abandoned. */
    private static final long GRACE_MILLIS = 2000;
    /**
     * Limits below this get a check of a made-up report first, so that the engine's one-time
     * preparation (loading the classes made for the rules: about 0.2 s here, a second or two on a
     * slow office PC) does not count against the first report. Against a longer limit, such as the
     * default minute, that preparation cannot decide whether a report is stopped, and a batch's
     * workers start on the reports at once instead of one waiting while the other checks the
     * made-up report (1,000 reports: wall x0.97, CPU x0.98).
     */
    static final Duration WARM_UP_BELOW = Duration.ofSeconds(20);
    /**
     * Threads that run reports, kept while they are in use: a report that overruns its limit keeps
     * its thread busy, and the next report gets another one.
     */
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "reportcheck-report");
        t.setDaemon(true);
        return t;
    });

    private final Readers readers;
    private final Checker checker;
    private final Duration timeout;
    private final BiConsumer<String, Facts> factsListener;

    public ReportRunner(Readers readers, Checker checker) {
        this(readers, checker, DEFAULT_TIMEOUT);
    }

    /** {@code timeout} zero or negative: no limit. */
    public ReportRunner(Readers readers, Checker checker, Duration timeout) {
        this(readers, checker, timeout, (source, facts) -> { });
    }

    /**
     * {@code timeout} zero or negative: no limit. {@code factsListener} sees each report's facts,
     * e.g. for a comparison across reports.
     */
    public ReportRunner(Readers readers, Checker checker, Duration timeout, BiConsumer<String, Facts> factsListener) {
        this.readers = readers;
        this.checker = checker;
        this.timeout = timeout;
        this.factsListener = factsListener;
        if (!timeout.isZero() && !timeout.isNegative() && timeout.compareTo(WARM_UP_BELOW) < 0) {
            // the first report must not spend a short time limit on the engine's one-time preparation
            checker.warmUp();
        }
    }

    public CheckResult run(Path file, String source) {
        Progress progress = new Progress();
        Job job = new Job(progress, () -> work(file, source, progress));
        Future<CheckResult> task = THREADS.submit(job);
        try {
            return timeout.isZero() || timeout.isNegative() ? task.get()
                    : task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            String stage = progress.stage();
            String rule = progress.rule();
            boolean inConsequence = progress.inConsequence();
            stop(job, task, progress);
            return CheckResult.timedOut(source, TimeLimit.describe(timeout, stage, rule, inConsequence));
        } catch (InterruptedException e) {
            stop(job, task, progress);
            Thread.currentThread().interrupt();
            return CheckResult.failed(source, "检查被中断");
        } catch (ExecutionException e) {
            return CheckResult.failed(source, "检查时出错：" + describe(e.getCause()));
        }
    }

    private static void stop(Job job, Future<CheckResult> task, Progress progress) {
        progress.stop();
        job.interrupt();
        try {
            task.get(GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | CancellationException e) {
            // stopped with an error, or still running: either way the report is given up
        }
    }

    /**
     * One report's work, which can be interrupted only while it runs: its thread goes on to other
     * reports afterwards, and a late interrupt must not reach them.
     */
    private static final class Job implements Callable<CheckResult> {
        private final Progress progress;
        private final Callable<CheckResult> work;
        private Thread running; // guarded by this

        Job(Progress progress, Callable<CheckResult> work) {
            this.progress = progress;
            this.work = work;
        }

        @Override
        public CheckResult call() throws Exception {
            synchronized (this) {
                // the caller stops the progress before it interrupts: a report given up before a
                // thread took it is not started, and the caller has already answered for it
                if (progress.stopped()) {
                    throw new CancellationException("stopped before it started");
                }
                running = Thread.currentThread();
            }
            try {
                return work.call();
            } finally {
                synchronized (this) {
                    running = null;
                    Thread.interrupted(); // an interrupt meant for this report only
                }
            }
        }

        synchronized void interrupt() {
            if (running != null) {
                running.interrupt();
            }
        }
    }

    private CheckResult work(Path file, String source, Progress progress) {
        LoadedReport report;
        try {
            report = readers.read(file, source);
        } catch (UnreadableReportException e) {
            return CheckResult.failed(source, e.getMessage());
        }
        try {
            progress.stage(Progress.ANALYSIS);
            Facts facts = checker.facts(report);
            progress.stage(Progress.RULES);
            var findings = checker.check(facts, progress);
            if (progress.stopped()) {
                throw new CancellationException("stopped at the time limit");
            }
            factsListener.accept(source, facts);
            var doc = facts.document();
            var genre = facts.all().stream().filter(reportcheck.facts.Genre.class::isInstance)
                    .map(reportcheck.facts.Genre.class::cast).findFirst().orElse(null);
            return new CheckResult(source, CheckResult.CHECKED, report.format(), report.encoding(), doc.getTitle(),
                    doc.getIssuer(), doc.getReportingYear(), findings, null, report.text(),
                    genre == null ? null : genre.getId(), genre == null ? null : genre.describe());
        } catch (RuntimeException e) {
            if (progress.stopped()) {
                throw e; // the caller has already reported the time limit
            }
            return CheckResult.failed(source, "检查时出错：" + describe(e));
        }
    }

    /** The innermost message, plus the rule when a rule's consequence threw. */
    static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder();
        if (e instanceof org.kie.api.runtime.rule.ConsequenceException ce && ce.getMatch() != null) {
            var rule = ce.getMatch().getRule();
            Object id = rule.getMetaData().get("id");
            sb.append("规则 ").append(id != null ? id.toString().replace("\"", "") + "（\"" + rule.getName() + "\"）"
                    : "\"" + rule.getName() + "\"").append(" 执行失败：");
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

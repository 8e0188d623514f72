package reportcheck.batch;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import reportcheck.copies.CopyFinder;
import reportcheck.copies.CopyResult;
import reportcheck.copies.Passage;
import reportcheck.engine.Checker;
import reportcheck.finding.CheckResult;
import reportcheck.finding.Finding;
import reportcheck.input.Readers;
import reportcheck.config.FindingFilter;
import reportcheck.render.JsonRenderer;
import reportcheck.render.MarkdownRenderer;
import reportcheck.render.OutputFormat;
import reportcheck.summary.Summary;
import reportcheck.summary.SummaryRow;

/**
 * Checks a batch of reports on a pool of threads: one rule base for all, a fresh session per
 * report (inside {@link ReportRunner}). Results are reported, written and summarised in input
 * order, so the output is the same whatever the number of threads; only the order in which
 * checklist files appear on disk differs.
 *
 * <p>Without a comparison across reports, each checklist is written as soon as its report is
 * checked and only a summary row is kept, so memory does not grow with the batch. With one,
 * results are kept until the comparison has added its findings, then written.
 */
public final class BatchRunner {
    /**
     * @param copies the comparison across reports, or null for none
     * @param earlier earlier reports to compare with (needs {@code copies})
     * @param timeout per-report time limit; zero for none
     * @param filter configuration and baseline, applied to each report's final findings
     */
    public record Settings(int jobs, List<OutputFormat> renderers, CopyFinder copies, List<InputFile> earlier,
            boolean reportPages, Duration timeout, FindingFilter filter) {
    }

    /**
     * Sees each report once it is final, on the calling thread, in input order: {@code problems}
     * are outputs that could not be written, {@code notes} formats that do not apply to it.
     */
    public interface Listener {
        void reported(InputFile input, SummaryRow row, List<String> problems, List<String> notes);
    }

    /** The batch's summary and whether anything could not be written. */
    public record Outcome(Summary summary, boolean outputErrors, List<String> earlierProblems) {
    }

    private record Checked(InputFile input, CheckResult kept, SummaryRow row, List<String> problems,
            List<String> notes) {
    }

    /** What writing a report's outputs gave: errors, and formats skipped with the reason. */
    private record Written(List<String> problems, List<String> notes) {
    }

    private final Readers readers;
    private final Checker checker;
    private final OutputWriter writer;
    private final Settings settings;
    private final Progress progress;
    private final Consumer<String> log;

    public BatchRunner(Readers readers, Checker checker, OutputWriter writer, Settings settings, Progress progress,
            Consumer<String> verboseLog) {
        this.readers = readers;
        this.checker = checker;
        this.writer = writer;
        this.settings = settings;
        this.progress = progress;
        this.log = verboseLog;
    }

    public Outcome run(List<InputFile> files, List<SummaryRow> walkFailures, Listener listener) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, settings.jobs()), new Workers());
        try {
            return settings.copies() == null ? streaming(pool, files, walkFailures, listener)
                    : compared(pool, files, walkFailures, listener);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Each checklist written as soon as its report is done; only summary rows are kept. */
    private Outcome streaming(ExecutorService pool, List<InputFile> files, List<SummaryRow> failures,
            Listener listener) {
        ReportRunner runner = new ReportRunner(readers, checker, settings.timeout());
        long t0 = System.nanoTime();
        progress.start("检查", files.size());
        List<Future<Checked>> futures = new ArrayList<>();
        for (InputFile f : files) {
            futures.add(pool.submit(() -> {
                CheckResult r = settings.filter().apply(runner.run(f.path(), f.source()));
                Written w = write(r, f);
                progress.advance();
                return new Checked(f, null, SummaryRow.of(r, f.outputName()), w.problems(), w.notes());
            }));
        }
        List<SummaryRow> rows = new ArrayList<>(failures);
        boolean outputErrors = false;
        for (int i = 0; i < files.size(); i++) {
            Checked c = await(futures.get(i), files.get(i));
            futures.set(i, null);
            rows.add(c.row());
            outputErrors |= !c.problems().isEmpty();
            progress.above(() -> listener.reported(c.input(), c.row(), c.problems(), c.notes()));
        }
        progress.finish();
        log.accept(String.format("检查 %d 份报告：%.2f 秒（%d 个线程）", files.size(), (System.nanoTime() - t0) / 1e9,
                settings.jobs()));
        return new Outcome(new Summary(rows, List.of(), false, settings.reportPages()), outputErrors, List.of());
    }

    /** All results kept until the comparison across reports has added its findings. */
    private Outcome compared(ExecutorService pool, List<InputFile> files, List<SummaryRow> failures,
            Listener listener) {
        CopyFinder copies = settings.copies();
        Map<String, List<Passage>> passages = new ConcurrentHashMap<>();
        Map<String, reportcheck.copies.TableCarry> carries = new ConcurrentHashMap<>();
        ReportRunner runner = new ReportRunner(readers, checker, settings.timeout(), (src, facts) -> {
            passages.put(src, copies.passages(facts));
            var carry = reportcheck.copies.TableCarry.of(facts);
            if (carry != null) {
                carries.put(src, carry);
            }
        });
        boolean keepText = settings.renderers().stream()
                .anyMatch(r -> !(r instanceof JsonRenderer) && !(r instanceof MarkdownRenderer));
        long t0 = System.nanoTime();
        progress.start("检查", files.size() + settings.earlier().size());
        List<Future<Checked>> futures = new ArrayList<>();
        for (InputFile f : files) {
            futures.add(pool.submit(() -> {
                CheckResult r = runner.run(f.path(), f.source());
                progress.advance();
                return new Checked(f, keepText ? r : r.withoutText(), null, List.of(), List.of());
            }));
        }
        EarlierReports earlier = new EarlierReports(readers, checker, copies, progress);
        List<Future<CopyFinder.Report>> earlierFutures = earlier.submit(pool, settings.earlier());
        List<Checked> checked = new ArrayList<>();
        List<CopyFinder.Report> current = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Checked c = await(futures.get(i), files.get(i));
            checked.add(c);
            List<Passage> ps = c.kept().ok() ? passages.remove(c.kept().source()) : null;
            current.add(new CopyFinder.Report(c.input().source(), ps == null ? List.of() : ps,
                    c.kept().ok() ? carries.remove(c.kept().source()) : null));
        }
        List<CopyFinder.Report> before = earlier.await(earlierFutures);
        progress.finish();
        long t1 = System.nanoTime();
        log.accept(String.format("检查 %d 份报告%s：%.2f 秒（%d 个线程）", files.size(),
                before.isEmpty() ? "" : "并读取 " + before.size() + " 份往年报告", (t1 - t0) / 1e9, settings.jobs()));
        CopyResult found = copies.find(current, before);
        long t2 = System.nanoTime();
        log.accept(String.format("跨报告比对 %d 段：%.2f 秒", current.stream().mapToInt(r -> r.passages().size()).sum()
                + before.stream().mapToInt(r -> r.passages().size()).sum(), (t2 - t1) / 1e9));
        return finish(pool, checked, found, failures, listener, earlier.problems());
    }

    private Outcome finish(ExecutorService pool, List<Checked> checked, CopyResult found, List<SummaryRow> failures,
            Listener listener, List<String> earlierProblems) {
        long t0 = System.nanoTime();
        progress.start("写出", checked.size());
        List<Future<Checked>> writes = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            Checked c = checked.get(i);
            List<Finding> extra = found.findings().get(i);
            checked.set(i, null);
            writes.add(pool.submit(() -> {
                CheckResult r = c.kept();
                if (r.ok() && !extra.isEmpty()) {
                    List<Finding> all = new ArrayList<>(r.findings());
                    all.addAll(extra);
                    all.sort(Finding.ORDER);
                    r = r.withFindings(all);
                }
                r = settings.filter().apply(r);
                Written w = write(r, c.input());
                progress.advance();
                return new Checked(c.input(), null, SummaryRow.of(r, c.input().outputName()), w.problems(), w.notes());
            }));
        }
        List<SummaryRow> rows = new ArrayList<>(failures);
        boolean outputErrors = false;
        for (Future<Checked> w : writes) {
            Checked c = await(w, null);
            rows.add(c.row());
            outputErrors |= !c.problems().isEmpty();
            progress.above(() -> listener.reported(c.input(), c.row(), c.problems(), c.notes()));
        }
        progress.finish();
        log.accept(String.format("写出清单：%.2f 秒", (System.nanoTime() - t0) / 1e9));
        return new Outcome(new Summary(rows, found.pairs(), true, settings.reportPages()), outputErrors,
                earlierProblems);
    }

    /** A failed report gets its checklist too (status and reason), so every input has an output. */
    private Written write(CheckResult r, InputFile f) {
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (OutputFormat format : settings.renderers()) {
            String skip = format.skipReason(r, f.path());
            if (skip != null) {
                notes.add(skip);
                continue;
            }
            try {
                writer.write(r, f.path(), f.outputName(), format);
            } catch (IOException | RuntimeException e) {
                problems.add("无法写出 " + format.format() + " 清单：" + (e instanceof IOException io ? OutputGuard.explain(io) : e));
            }
        }
        return new Written(problems, notes);
    }

    /** A task's result; an Error inside a check (stack overflow, out of memory) fails that report only. */
    private static Checked await(Future<Checked> f, InputFile input) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (input == null) {
                throw new IllegalStateException(e.getCause());
            }
            CheckResult r = CheckResult.failed(input.source(), "检查时出错：" + ReportRunner.describe(e.getCause()));
            return new Checked(input, r, SummaryRow.of(r, input.outputName()), List.of(), List.of());
        }
    }

    /** Daemon worker threads with readable names, so a stuck batch shows where in a thread dump. */
    private static final class Workers implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger n = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "reportcheck-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}

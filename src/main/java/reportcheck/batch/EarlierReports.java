package reportcheck.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import reportcheck.copies.CopyFinder;
import reportcheck.engine.Checker;
import reportcheck.input.Readers;
import reportcheck.text.UnreadableReportException;

/**
 * The earlier reports given with {@code --compare-with}: read and analysed like the batch's own
 * (so passages and parts are found the same way) but not checked, since only their text is
 * compared. One that cannot be read is listed as a problem; the comparison goes on without it.
 */
final class EarlierReports {
    private final Readers readers;
    private final Checker checker;
    private final CopyFinder copies;
    private final Progress progress;
    private final List<String> problems = new ArrayList<>();
    private List<InputFile> files = List.of();

    EarlierReports(Readers readers, Checker checker, CopyFinder copies, Progress progress) {
        this.readers = readers;
        this.checker = checker;
        this.copies = copies;
        this.progress = progress;
    }

    List<Future<CopyFinder.Report>> submit(ExecutorService pool, List<InputFile> files) {
        this.files = files;
        List<Future<CopyFinder.Report>> out = new ArrayList<>();
        for (InputFile f : files) {
            out.add(pool.submit(() -> {
                try {
                    var report = readers.read(f.path(), f.source());
                    var facts = checker.facts(report);
                    return new CopyFinder.Report(f.source(), copies.passages(facts),
                            reportcheck.copies.TableCarry.of(facts));
                } finally {
                    progress.advance();
                }
            }));
        }
        return out;
    }

    /** The reports that could be read, in the order given; the others become problems. */
    List<CopyFinder.Report> await(List<Future<CopyFinder.Report>> futures) {
        List<CopyFinder.Report> out = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
            try {
                out.add(futures.get(i).get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                problems.add(files.get(i).source() + "：" + (cause instanceof UnreadableReportException
                        ? cause.getMessage() : ReportRunner.describe(cause)));
            }
        }
        return out;
    }

    List<String> problems() {
        return problems;
    }
}

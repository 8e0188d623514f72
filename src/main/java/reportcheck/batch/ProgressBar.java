package reportcheck.batch;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar redrawn in place on a terminal: phase, bar, done/total, percentage,
 * rate and time left. Redraws at most every 100 ms, so ten thousand steps cost nothing.
 */
public final class ProgressBar implements Progress {
    private static final int WIDTH = 24;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final LongSupplier clock;
    private final AtomicInteger done = new AtomicInteger();
    private volatile String phase = "";
    private volatile int total;
    private long started;
    private long lastDraw;
    private boolean shown;

    public ProgressBar(PrintWriter err, LongSupplier nanoClock) {
        this.err = err;
        this.clock = nanoClock;
    }

    @Override
    public synchronized void start(String phase, int total) {
        this.phase = phase;
        this.total = total;
        done.set(0);
        started = clock.getAsLong();
        lastDraw = 0;
        draw();
    }

    @Override
    public void advance() {
        done.incrementAndGet();
        long now = clock.getAsLong();
        synchronized (this) {
            if (now - lastDraw >= REDRAW_NANOS || done.get() == total) {
                draw();
            }
        }
    }

    @Override
    public synchronized void above(Runnable print) {
        clear();
        print.run();
        draw();
    }

    @Override
    public synchronized void finish() {
        clear();
    }

    private void clear() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
            shown = false;
        }
    }

    private void draw() {
        lastDraw = clock.getAsLong();
        err.print("\r" + line(phase, done.get(), total, lastDraw - started) + "\033[K");
        err.flush();
        shown = true;
    }

    /** The text of the bar; public for tests. */
    public static String line(String phase, int done, int total, long elapsedNanos) {
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        StringBuilder sb = new StringBuilder(phase).append(" [");
        sb.append("█".repeat(filled)).append("░".repeat(WIDTH - filled)).append("] ");
        sb.append(done).append('/').append(total);
        sb.append(String.format("  %3d%%", total == 0 ? 100 : 100L * done / total));
        double seconds = elapsedNanos / 1e9;
        if (done > 0 && seconds > 0) {
            double rate = done / seconds;
            sb.append(String.format("  %.1f 份/秒", rate));
            if (done < total) {
                sb.append("  剩余 ").append(clock(Duration.ofSeconds(Math.round((total - done) / rate))));
            }
        }
        return sb.toString();
    }

    private static String clock(Duration d) {
        long s = d.getSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}

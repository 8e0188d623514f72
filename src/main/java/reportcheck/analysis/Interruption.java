package reportcheck.analysis;

import java.util.concurrent.CancellationException;

/**
 * The analysis of a huge report can run long; its loops call {@link #check()} so that a
 * watchdog that interrupts the thread (the per-report time limit) actually stops it.
 */
final class Interruption {
    private Interruption() {
    }

    static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("analysis interrupted");
        }
    }
}

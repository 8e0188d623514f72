package reportcheck.batch;

/**
 * Progress of a batch, for a person watching. Implementations must accept {@link #advance()}
 * from any thread. Nothing a progress display shows may reach the outputs.
 */
public interface Progress {
    /** No display at all: pipes, CI, {@code --quiet}. */
    Progress NONE = new Progress() {
        @Override
        public void start(String phase, int total) {
        }

        @Override
        public void advance() {
        }

        @Override
        public void above(Runnable print) {
            print.run();
        }

        @Override
        public void finish() {
        }
    };

    /** A new phase with {@code total} steps (e.g. checking, comparing, writing). */
    void start(String phase, int total);

    /** One step done. */
    void advance();

    /** Runs {@code print} (which writes lines to the terminal) without mixing it into the display. */
    void above(Runnable print);

    /** Removes the display. */
    void finish();
}

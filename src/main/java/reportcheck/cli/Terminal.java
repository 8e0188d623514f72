package reportcheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, so a progress bar is drawn only where a person sees it. */
final class Terminal {
    private Terminal() {
    }

    static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        // Java 17 cannot ask about stderr alone; on Linux its file descriptor names the device
        Path fd2 = Path.of("/proc/self/fd/2");
        try {
            if (Files.exists(fd2)) {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            // fall through to the portable test
        }
        return System.console() != null;
    }
}

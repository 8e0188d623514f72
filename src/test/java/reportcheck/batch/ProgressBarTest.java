package reportcheck.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void showsDoneTotalRateAndTimeLeft() {
        String line = ProgressBar.line("检查", 250, 1000, 5_000_000_000L);
        assertEquals("检查 [██████░░░░░░░░░░░░░░░░░░] 250/1000   25%  50.0 份/秒  剩余 0:15", line);
        assertTrue(ProgressBar.line("检查", 1000, 1000, 5_000_000_000L).endsWith("100%  200.0 份/秒"));
    }

    @Test
    void redrawsInPlaceAndClearsItselfAroundPrintedLines() {
        StringWriter out = new StringWriter();
        AtomicLong now = new AtomicLong();
        ProgressBar bar = new ProgressBar(new PrintWriter(out), now::get);
        bar.start("检查", 3);
        now.addAndGet(1_000_000_000L);
        bar.advance();
        bar.above(() -> out.write("a line\n"));
        bar.finish();
        String s = out.toString();
        assertTrue(s.startsWith("\r检查 ["), s);
        assertTrue(s.contains("\r\033[Ka line\n\r检查"), "the bar is cleared before a line and redrawn after: " + s);
        assertTrue(s.endsWith("\r\033[K"), "finish leaves a clean line");
    }
}

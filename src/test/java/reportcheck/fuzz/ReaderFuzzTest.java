package reportcheck.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import reportcheck.text.SourceText;
import reportcheck.text.TextDecoder;
import reportcheck.text.UnreadableReportException;

/**
 * Coverage-guided fuzzing of the plain-text reader's decoding: any bytes either decode or are
 * refused with {@link UnreadableReportException}; nothing else may escape, and the decoded text
 * must split into lines whose offsets map back consistently.
 *
 * <p>Without {@code JAZZER_FUZZ=1} this replays the inputs under
 * {@code src/test/resources/reportcheck/fuzz/ReaderFuzzTestInputs/decode/} (the seed reports
 * and every crash found so far) as a regression test.
 */
class ReaderFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void decode(byte[] bytes) {
        TextDecoder.Decoded d;
        try {
            d = TextDecoder.decode(bytes);
        } catch (UnreadableReportException refused) {
            if (refused.getMessage() == null || refused.getMessage().isBlank()) {
                throw new AssertionError("refusal without a message", refused);
            }
            return;
        }
        SourceText src = new SourceText(d.text());
        String text = src.original();
        if (src.folded().length() != text.length()) {
            throw new AssertionError("folding changed the length");
        }
        int previousEnd = -1;
        for (int line = 1; line <= src.lineCount(); line++) {
            int s = src.lineStart(line);
            int e = src.lineEnd(line);
            if (s > e || s <= previousEnd || e > text.length()) {
                throw new AssertionError("line " + line + " spans " + s + ".." + e);
            }
            for (int i = s; i < e; i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    throw new AssertionError("line " + line + " holds a line break");
                }
            }
            if (src.lineOf(s) != line || src.columnOf(s) != 1) {
                throw new AssertionError("line " + line + " does not map back to itself");
            }
            previousEnd = e;
        }
    }
}

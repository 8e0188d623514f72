package reportcheck.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import reportcheck.finding.CheckResult;

/**
 * One output of {@code --format}: a name, a file-name ending, and how to write one report's file.
 * Text checklists implement {@link Renderer}; formats that write bytes or work on a copy of the
 * input (the commented Word copy) implement this directly.
 */
public interface OutputFormat {
    /** The name used with {@code --format}. */
    String format();

    /** Ending of the output file name, without the leading dot (may itself contain dots). */
    String extension();

    /**
     * Why this format writes nothing for this report (a notice for the user, not an error), or
     * null when it does. A Word copy, for one, only exists for a Word input.
     *
     * @param input the checked file; read-only
     */
    default String skipReason(CheckResult result, Path input) {
        return null;
    }

    /**
     * Writes this report's output.
     *
     * @param input the checked file, which may be read but is never written; null when unknown
     */
    void write(CheckResult result, Path input, OutputStream out) throws IOException;
}

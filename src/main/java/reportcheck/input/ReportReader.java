package reportcheck.input;

import java.nio.file.Path;
import reportcheck.text.UnreadableReportException;

/** Reads one kind of document. Implementations never modify the file they read. */
public interface ReportReader {
    /** Short lower-case name of the format, e.g. {@code txt}. */
    String format();

    /** Whether the first bytes of a file (and its name, as a hint only) look like this format. */
    boolean accepts(Path file, byte[] head);

    LoadedReport read(Path file, String source) throws UnreadableReportException;
}

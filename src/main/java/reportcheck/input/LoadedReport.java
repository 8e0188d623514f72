package reportcheck.input;

import java.util.List;
import reportcheck.text.SourceText;
import reportcheck.text.TableGrid;

/**
 * A report as read from disk: the path as the user gave it, its text with one paragraph per
 * line, how it was read (format and encoding), for the checklist header, and the tables a
 * document reader found in it (none for plain text, whose tables are read from the lines).
 */
public record LoadedReport(String source, SourceText text, String format, String encoding, List<TableGrid> tables) {
    public LoadedReport(String source, SourceText text, String format, String encoding) {
        this(source, text, format, encoding, List.of());
    }

    public LoadedReport {
        tables = List.copyOf(tables);
    }
}

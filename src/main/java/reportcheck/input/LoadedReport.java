package reportcheck.input;

import reportcheck.text.SourceText;

/**
 * A report as read from disk: the path as the user gave it, its text with one paragraph per
 * line, and how it was read (format and encoding), for the checklist header.
 */
public record LoadedReport(String source, SourceText text, String format, String encoding) {
}

/**
 * Readers: turn a file into the {@link reportcheck.text.SourceText} of a report, one paragraph
 * per line. Each format has one reader; {@link reportcheck.input.Readers} picks one by content.
 */
package reportcheck.input;

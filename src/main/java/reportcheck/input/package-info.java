/**
 * Readers: turn a file into the {@link reportcheck.text.SourceText} of a report, one paragraph
 * per line. Each format has one reader (.txt, .docx, .doc, HTML, PDF) and formats that cannot be read
 * are refused with advice; {@link reportcheck.input.Readers} picks one by content, not by name.
 * {@link reportcheck.input.DocxParagraphs} is public so that whatever writes back into a Word
 * file finds line N at the same paragraph the reader took it from.
 */
package reportcheck.input;

/**
 * Text shared across reports: paragraphs that two reports of one batch have in common (exact or
 * with a few characters changed) and paragraphs carried over word for word from earlier reports.
 *
 * <p>This is a pass over the whole batch, after each report's own rules: a DRL session sees one
 * report, so these findings cannot come from DRL. Their ids and metadata are declared once, in
 * {@link reportcheck.copies.CopyRules}. Candidates come from MinHash signatures of character
 * shingles banded into an LSH index, so the cost grows with the number of paragraphs, not with
 * the number of pairs; only candidates get an exact comparison. A paragraph found in many
 * reports is a standard formula, not a copy, and is never reported.
 */
package reportcheck.copies;

/**
 * The batch summary written beside the checklists: {@code summary.csv}, {@code summary.json}
 * and a self-contained {@code summary.html}, one row per report, worst first, with the pairs of
 * reports that share the most text. Nothing here depends on time or thread count, so the same
 * inputs give the same bytes.
 */
package reportcheck.summary;

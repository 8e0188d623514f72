package reportcheck.copies;

/**
 * A paragraph long enough to be compared across reports: where it is, the part of the report it
 * falls in, its text as written, its comparable length, and its LSH band keys.
 *
 * @param section the report part ("shortcomings", "plan", ...), or null
 * @param length code units of the compacted folded text, standard formulas not counted
 * @param bands one key per LSH band of its MinHash signature
 */
public record Passage(int line, int column, String section, String text, int length, long[] bands) {
}

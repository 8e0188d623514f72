package reportcheck.analysis;

/**
 * A non-blank line with leading and trailing white space trimmed: its 1-based number and the
 * offsets of the trimmed text.
 */
record Line(int number, int start, int end, String folded) {
}

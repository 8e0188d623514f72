package reportcheck.copies;

/**
 * What counts as shared text.
 *
 * @param acrossBatch compare the reports of the batch with each other
 * @param minLength shortest paragraph compared, in characters, stock formulas not counted
 * @param maxReports a passage found in more reports than this is a standard formula
 * @param nearSimilarity least character similarity (1 - edit distance / length) of shared text
 * @param carriedSimilarity least similarity for text carried over from an earlier report
 */
public record CopySettings(boolean acrossBatch, int minLength, int maxReports, double nearSimilarity,
        double carriedSimilarity) {
    public static final int DEFAULT_MIN_LENGTH = 60;
    public static final int DEFAULT_MAX_REPORTS = 3;

    public static CopySettings defaults(boolean acrossBatch) {
        return new CopySettings(acrossBatch, DEFAULT_MIN_LENGTH, DEFAULT_MAX_REPORTS, 0.85, 0.95);
    }

    public CopySettings {
        if (minLength < 1 || maxReports < 2) {
            throw new IllegalArgumentException("minLength must be positive and maxReports at least 2");
        }
    }
}

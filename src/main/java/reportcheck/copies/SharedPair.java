package reportcheck.copies;

/**
 * Two reports that share text: how many passages and characters, and what share of the smaller
 * report's comparable text that is.
 *
 * @param kind {@link #BATCH} (both in the batch) or {@link #EARLIER} (second is an earlier report)
 */
public record SharedPair(String first, String second, String kind, int passages, int chars, double share) {
    public static final String BATCH = "batch";
    public static final String EARLIER = "earlier";
}

package reportcheck.copies;

/**
 * Character similarity of two texts, 1 - edit distance / longer length, computed only as far
 * as it matters: cells more than the allowed distance off the diagonal are never filled, and
 * the comparison stops as soon as every path is over budget. That keeps a long paragraph
 * compared against an unrelated candidate cheap.
 */
final class Similarity {
    private Similarity() {
    }

    /** The similarity of {@code a} and {@code b}, or -1 when it is below {@code least}. */
    static double atLeast(String a, String b, double least) {
        int longer = Math.max(a.length(), b.length());
        if (longer == 0) {
            return 1.0;
        }
        int budget = (int) Math.floor((1.0 - least) * longer + 1e-9);
        if (Math.abs(a.length() - b.length()) > budget) {
            return -1;
        }
        int d = distance(a, b, budget);
        return d > budget ? -1 : 1.0 - (double) d / longer;
    }

    /** Edit distance, or {@code budget + 1} once it must exceed {@code budget}. */
    static int distance(String a, String b, int budget) {
        int n = a.length();
        int m = b.length();
        int over = budget + 1;
        if (Math.abs(n - m) > budget) {
            return over;
        }
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        java.util.Arrays.fill(cur, over);
        for (int j = 0; j <= m; j++) {
            prev[j] = j <= budget ? j : over;
        }
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - budget);
            int to = Math.min(m, i + budget);
            cur[0] = i <= budget ? i : over;
            if (from > 1) {
                cur[from - 1] = over;
            }
            int rowMin = cur[0];
            char ca = a.charAt(i - 1);
            for (int j = from; j <= to; j++) {
                int v = prev[j - 1] + (ca == b.charAt(j - 1) ? 0 : 1);
                v = Math.min(v, Math.min(prev[j], cur[j - 1]) + 1);
                cur[j] = Math.min(v, over);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (to < m) {
                cur[to + 1] = over;
            }
            if (rowMin > budget) {
                return over;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], over);
    }
}

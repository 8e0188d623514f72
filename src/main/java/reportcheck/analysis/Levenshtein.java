package reportcheck.analysis;

/** Edit distance over UTF-16 units, in two rows of memory. */
final class Levenshtein {
    private Levenshtein() {
    }

    static int distance(String a, String b) {
        return distance(a, b, Math.max(a.length(), b.length()));
    }

    /**
     * The edit distance if it is at most {@code max}, else {@code max + 1}. Only the diagonal
     * band of width {@code 2·max+1} is computed and the work stops as soon as a whole row
     * exceeds {@code max}, so two long paragraphs cost O(length · max), not O(length²).
     */
    static int distance(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        int over = max + 1;
        if (Math.abs(n - m) > max) {
            return over;
        }
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = Math.min(j, over);
        }
        for (int i = 1; i <= n; i++) {
            int lo = Math.max(1, i - max);
            int hi = Math.min(m, i + max);
            cur[0] = Math.min(i, over);
            cur[lo - 1] = lo == 1 ? cur[0] : over;
            int rowMin = cur[lo - 1];
            char ca = a.charAt(i - 1);
            for (int j = lo; j <= hi; j++) {
                int sub = prev[j - 1] + (ca == b.charAt(j - 1) ? 0 : 1);
                int v = Math.min(over, Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1)));
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (hi < m) {
                cur[hi + 1] = over;
            }
            if (rowMin >= over) {
                return over;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], over);
    }
}

package reportcheck.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * The distinct character 4-grams of a list of texts, and for each gram the texts holding it, in
 * flat arrays: a long report has tens of thousands of grams, and boxed maps of them cost more
 * than the comparison they serve. Four UTF-16 units fit one long exactly, so grams never
 * collide.
 */
final class GramIndex {
    static final int SHINGLE = 4;

    /** For each text, the ids of its distinct grams. */
    final int[][] gramsOf;
    /** Texts holding gram {@code g}: {@code texts[start[g]] .. texts[start[g + 1] - 1]}, ascending. */
    final int[] start;
    final int[] texts;

    GramIndex(List<String> keys) {
        int total = 0;
        for (String k : keys) {
            total += Math.max(0, k.length() - SHINGLE + 1);
        }
        long[] table = new long[Integer.highestOneBit(Math.max(16, total * 2)) << 1];
        int[] ids = new int[table.length];
        Arrays.fill(ids, -1);
        int[] count = new int[Math.max(1, total)];
        int[] lastText = new int[Math.max(1, total)];
        Arrays.fill(lastText, -1);
        int distinct = 0;
        gramsOf = new int[keys.size()][];
        for (int t = 0; t < keys.size(); t++) {
            String k = keys.get(t);
            int[] mine = new int[Math.max(0, k.length() - SHINGLE + 1)];
            int n = 0;
            long gram = 0;
            for (int s = 0; s < k.length(); s++) {
                gram = (gram << 16) | k.charAt(s);
                if (s < SHINGLE - 1) {
                    continue;
                }
                int slot = slot(table, ids, gram);
                if (ids[slot] < 0) {
                    table[slot] = gram;
                    ids[slot] = distinct++;
                }
                int id = ids[slot];
                if (lastText[id] != t) {
                    lastText[id] = t;
                    count[id]++;
                    mine[n++] = id;
                }
            }
            gramsOf[t] = Arrays.copyOf(mine, n);
        }
        start = new int[distinct + 1];
        for (int g = 0; g < distinct; g++) {
            start[g + 1] = start[g] + count[g];
        }
        texts = new int[start[distinct]];
        int[] fill = Arrays.copyOf(start, distinct);
        for (int t = 0; t < gramsOf.length; t++) {
            for (int g : gramsOf[t]) {
                texts[fill[g]++] = t;
            }
        }
    }

    int postings(int gram) {
        return start[gram + 1] - start[gram];
    }

    /** Open addressing with linear probing; the table is at least twice the number of grams. */
    private static int slot(long[] table, int[] ids, long gram) {
        int mask = table.length - 1;
        long h = gram * 0x9E3779B97F4A7C15L;
        int i = (int) (h >>> 40) & mask;
        while (ids[i] >= 0 && table[i] != gram) {
            i = (i + 1) & mask;
        }
        return i;
    }
}

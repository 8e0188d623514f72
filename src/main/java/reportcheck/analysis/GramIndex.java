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
        Scratch s = Scratch.of(Integer.highestOneBit(Math.max(16, total * 2)) << 1, Math.max(1, total));
        long[] table = s.table;
        int[] ids = s.ids;
        int[] stamps = s.stamps;
        int epoch = s.epoch;
        int mask = s.size - 1;
        int[] count = s.count;
        int[] lastText = s.lastText;
        int[] mine = s.mine;
        int distinct = 0;
        gramsOf = new int[keys.size()][];
        for (int t = 0; t < keys.size(); t++) {
            char[] k = keys.get(t).toCharArray();
            int n = 0;
            long gram = 0;
            for (int c = 0; c < k.length; c++) {
                gram = (gram << 16) | k[c];
                if (c < SHINGLE - 1) {
                    continue;
                }
                // open addressing with linear probing over the first size entries; an entry is in use
                // when it carries this index's stamp, so nothing is cleared between reports
                int i = (int) ((gram * 0x9E3779B97F4A7C15L) >>> 40) & mask;
                while (stamps[i] == epoch && table[i] != gram) {
                    i = (i + 1) & mask;
                }
                int id;
                if (stamps[i] != epoch) {
                    stamps[i] = epoch;
                    table[i] = gram;
                    id = distinct++;
                    ids[i] = id;
                    count[id] = 0;
                    lastText[id] = -1;
                } else {
                    id = ids[i];
                }
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

    /**
     * The hash table and counters of the index being built, kept per thread (threads are kept from
     * report to report): allocating and clearing a table of a few hundred kilobytes for every report
     * cost more than filling it. Only tables up to {@link #KEPT} entries (4 MB) are kept.
     */
    private static final class Scratch {
        private static final int KEPT = 1 << 18;
        private static final ThreadLocal<Scratch> MINE = ThreadLocal.withInitial(Scratch::new);
        long[] table = new long[0];
        int[] ids = new int[0];
        int[] stamps = new int[0];
        int epoch;
        /** The table entries in use for this index: a power of two, at least twice its grams. */
        int size;
        int[] count = new int[0];
        int[] lastText = new int[0];
        int[] mine = new int[0];

        static Scratch of(int size, int grams) {
            // a report of tens of thousands of characters or more makes its own, which goes with it
            Scratch s = size <= KEPT ? MINE.get() : new Scratch();
            if (s.table.length < size) {
                // all allocated before any is kept: an allocation that fails (out of memory) leaves
                // the thread's tables as they were, all of one size
                long[] table = new long[size];
                int[] ids = new int[size];
                int[] stamps = new int[size];
                s.table = table;
                s.ids = ids;
                s.stamps = stamps;
                s.epoch = 0;
            }
            if (++s.epoch == 0) {
                // after 2^32 indexes a stamp could repeat: start over
                Arrays.fill(s.stamps, 0);
                s.epoch = 1;
            }
            s.size = size;
            if (s.count.length < grams) {
                int[] count = new int[grams];
                int[] lastText = new int[grams];
                int[] mine = new int[grams];
                s.count = count;
                s.lastText = lastText;
                s.mine = mine;
            }
            return s;
        }
    }
}

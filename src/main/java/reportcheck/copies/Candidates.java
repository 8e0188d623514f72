package reportcheck.copies;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The LSH step: passages that share a band key are candidate pairs. All band keys go into one
 * array of longs (key in the high bits, passage number in the low ones) that is sorted once, so
 * equal keys form runs; memory and time grow with the number of passages. A run holding more
 * reports than a standard formula may appear in marks its passages as common instead of making
 * pairs, which also keeps a formula shared by every report from costing the square of the batch.
 */
final class Candidates {
    static final int ID_BITS = 26;
    private static final long ID_MASK = (1L << ID_BITS) - 1;
    /** A run longer than this is one report repeating itself, or worse: not worth pairing. */
    private static final int LONGEST_RUN = 256;

    /** Candidate pairs (lower passage number in the high half) and the passages found common. */
    record Result(long[] pairs, BitSet common) {
    }

    private Candidates() {
    }

    /**
     * @param reportOf report number of each passage, non-decreasing; earlier reports come last
     * @param firstEarlier number of the first earlier report (= number of current reports)
     */
    static Result find(List<long[]> bands, int[] reportOf, int firstEarlier, CopySettings s) {
        int n = bands.size();
        if (n > ID_MASK) {
            throw new IllegalArgumentException("too many paragraphs to compare: " + n);
        }
        long[] entries = new long[n * MinHash.BANDS];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (long b : bands.get(i)) {
                entries[k++] = (b & ~ID_MASK) | i;
            }
        }
        Arrays.sort(entries);
        BitSet common = new BitSet(n);
        LongList pairs = new LongList();
        int start = 0;
        while (start < entries.length) {
            int end = start + 1;
            long key = entries[start] & ~ID_MASK;
            while (end < entries.length && (entries[end] & ~ID_MASK) == key) {
                end++;
            }
            if (end - start > 1) {
                run(entries, start, end, reportOf, firstEarlier, s, common, pairs);
            }
            start = end;
        }
        return new Result(pairs.sortedUnique(), common);
    }

    private static void run(long[] e, int start, int end, int[] reportOf, int firstEarlier, CopySettings s,
            BitSet common, LongList pairs) {
        int reports = 1;
        for (int i = start + 1; i < end; i++) {
            if (reportOf[(int) (e[i] & ID_MASK)] != reportOf[(int) (e[i - 1] & ID_MASK)]) {
                reports++;
            }
        }
        if (reports == 1) {
            return;
        }
        if (reports > s.maxReports() || end - start > LONGEST_RUN) {
            for (int i = start; i < end; i++) {
                common.set((int) (e[i] & ID_MASK));
            }
            return;
        }
        for (int i = start; i < end; i++) {
            int a = (int) (e[i] & ID_MASK);
            for (int j = i + 1; j < end; j++) {
                int b = (int) (e[j] & ID_MASK);
                int ra = reportOf[a];
                int rb = reportOf[b];
                boolean aEarlier = ra >= firstEarlier;
                boolean bEarlier = rb >= firstEarlier;
                if (ra == rb || (aEarlier && bEarlier) || (!aEarlier && !bEarlier && !s.acrossBatch())) {
                    continue;
                }
                pairs.add(((long) a << 32) | b);
            }
        }
    }

    /** A growable array of longs, to avoid boxing millions of pairs. */
    static final class LongList {
        private long[] a = new long[1024];
        private int size;

        void add(long v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, a.length * 2);
            }
            a[size++] = v;
        }

        long[] sortedUnique() {
            long[] out = Arrays.copyOf(a, size);
            Arrays.sort(out);
            int u = 0;
            for (int i = 0; i < out.length; i++) {
                if (u == 0 || out[i] != out[u - 1]) {
                    out[u++] = out[i];
                }
            }
            return Arrays.copyOf(out, u);
        }
    }
}

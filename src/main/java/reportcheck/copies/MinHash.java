package reportcheck.copies;

import java.util.SplittableRandom;

/**
 * MinHash signatures of character 4-gram sets, cut into LSH bands. Two texts whose shingle sets
 * have Jaccard similarity J agree on one signature value with probability J; with 20 bands of
 * 3 values they share at least one band key with probability 1 - (1 - J^3)^20. One character
 * changed in a 60-character paragraph leaves J near 0.87 and three leave 0.65: candidates with
 * probability 1.00 and 0.998; at J = 0.5 it is 0.93, and unrelated paragraphs (J below 0.1)
 * become candidates with probability 0.02 or less. The seeds are fixed, so keys are the same on
 * every run.
 */
final class MinHash {
    static final int SHINGLE = 4;
    static final int BANDS = 20;
    static final int ROWS = 3;
    private static final int K = BANDS * ROWS;
    private static final long[] MUL = new long[K];
    private static final long[] ADD = new long[K];

    static {
        SplittableRandom r = new SplittableRandom(0x5EEDC0DEL);
        for (int i = 0; i < K; i++) {
            MUL[i] = r.nextLong() | 1L;
            ADD[i] = r.nextLong();
        }
    }

    private MinHash() {
    }

    /** The band keys of {@code key} (compacted folded text). */
    static long[] bands(String key) {
        int[] min = signature(key);
        long[] out = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = 0x9E3779B97F4A7C15L * (b + 1);
            for (int r = 0; r < ROWS; r++) {
                h = mix(h ^ (min[b * ROWS + r] & 0xFFFFFFFFL));
            }
            out[b] = h;
        }
        return out;
    }

    static int[] signature(String key) {
        int[] min = new int[K];
        java.util.Arrays.fill(min, Integer.MAX_VALUE);
        int n = key.length();
        if (n < SHINGLE) {
            update(min, mix(key.hashCode()));
            return min;
        }
        // four UTF-16 units fit one long exactly, so a shingle's code is collision-free
        long window = 0;
        for (int i = 0; i < n; i++) {
            window = (window << 16) | key.charAt(i);
            if (i >= SHINGLE - 1) {
                update(min, mix(window));
            }
        }
        return min;
    }

    private static void update(int[] min, long h) {
        for (int i = 0; i < K; i++) {
            int v = (int) ((h * MUL[i] + ADD[i]) >>> 32);
            if (v < min[i]) {
                min[i] = v;
            }
        }
    }

    /** The MurmurHash3 finaliser: every input bit affects every output bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}

package reportcheck.text;

/**
 * The decoded text of one report, split into physical lines, with its folded twin.
 *
 * <p>Line and column are 1-based; the column counts Unicode code points, as an editor does.
 * Offsets are UTF-16 indexes into {@link #original()} and are identical in {@link #folded()}.
 */
public final class SourceText {
    private final String original;
    private final String folded;
    private final int[] lineStarts;
    private final int[] lineEnds;
    /** Offsets of the low halves of surrogate pairs, ascending; usually none. */
    private final int[] pairEnds;
    private final boolean foldedSurrogates;

    public SourceText(String original) {
        this.original = original;
        // the scans below read arrays: String.charAt on Chinese text costs several times more under
        // the quick compiler, and every report passes through here
        char[] cs = original.toCharArray();
        char[] folded = Normalizer.fold(cs);
        this.folded = new String(folded);
        int[] starts = new int[64];
        int[] ends = new int[64];
        int count = 0;
        int start = 0;
        int n = cs.length;
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            if (c == '\n' || c == '\r') {
                if (count == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, count * 2);
                    ends = java.util.Arrays.copyOf(ends, count * 2);
                }
                starts[count] = start;
                ends[count++] = i;
                if (c == '\r' && i + 1 < n && cs[i + 1] == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n || count == 0) {
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count + 1);
                ends = java.util.Arrays.copyOf(ends, count + 1);
            }
            starts[count] = start;
            ends[count++] = n;
        }
        pairEnds = pairEnds(cs);
        foldedSurrogates = hasSurrogate(folded);
        lineStarts = java.util.Arrays.copyOf(starts, count);
        lineEnds = java.util.Arrays.copyOf(ends, count);
    }

    public String original() {
        return original;
    }

    public String folded() {
        return folded;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The text of 1-based line {@code line}, without its line break. */
    public String line(int line) {
        return original.substring(lineStarts[line - 1], lineEnds[line - 1]);
    }

    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    public int lineEnd(int line) {
        return lineEnds[line - 1];
    }

    /** 1-based line holding {@code offset}. */
    public int lineOf(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    /**
     * 1-based column of {@code offset} in code points. Counted from the surrogate pairs found
     * once, not by scanning the line: a report without line breaks is one line of megabytes,
     * and a scan per fact made its analysis quadratic.
     */
    public int columnOf(int offset) {
        return columnOf(offset, lineOf(offset));
    }

    /** {@link #columnOf(int)} of an offset whose line the caller has found already. */
    public int columnOf(int offset, int line) {
        int start = lineStarts[line - 1];
        // a pair (p-1, p) lies wholly in [start, offset) when start + 1 <= p < offset
        int pairs = countBelow(offset) - countBelow(start + 1);
        return offset - start - Math.max(0, pairs) + 1;
    }

    /** How many pair ends lie below {@code offset}. */
    private int countBelow(int offset) {
        int i = java.util.Arrays.binarySearch(pairEnds, offset);
        return i >= 0 ? i : -i - 1;
    }

    /**
     * Whether the folded text holds any surrogate: where it holds none, a stretch of it has as many
     * code points as characters, and facts spare counting them.
     */
    public boolean foldedSurrogates() {
        return foldedSurrogates;
    }

    private static boolean hasSurrogate(char[] s) {
        for (int i = 0; i < s.length; i++) {
            if (Character.isSurrogate(s[i])) {
                return true;
            }
        }
        return false;
    }

    private static int[] pairEnds(char[] s) {
        int count = 0;
        int[] found = new int[0];
        for (int i = 1; i < s.length; i++) {
            if (Character.isLowSurrogate(s[i]) && Character.isHighSurrogate(s[i - 1])) {
                if (count == found.length) {
                    found = java.util.Arrays.copyOf(found, Math.max(8, count * 2));
                }
                found[count++] = i;
                i++; // a low half cannot start the next pair
            }
        }
        return java.util.Arrays.copyOf(found, count);
    }
}

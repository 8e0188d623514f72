package reportcheck.text;

import java.util.ArrayList;
import java.util.List;

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
        this.folded = Normalizer.fold(original);
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        int n = original.length();
        for (int i = 0; i < n; i++) {
            char c = original.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new int[] {start, i});
                if (c == '\r' && i + 1 < n && original.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n || lines.isEmpty()) {
            lines.add(new int[] {start, n});
        }
        pairEnds = pairEnds(original);
        foldedSurrogates = hasSurrogate(folded);
        lineStarts = new int[lines.size()];
        lineEnds = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            lineStarts[i] = lines.get(i)[0];
            lineEnds[i] = lines.get(i)[1];
        }
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

    private static boolean hasSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int[] pairEnds(String s) {
        int count = 0;
        int[] found = new int[0];
        for (int i = 1; i < s.length(); i++) {
            if (Character.isLowSurrogate(s.charAt(i)) && Character.isHighSurrogate(s.charAt(i - 1))) {
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

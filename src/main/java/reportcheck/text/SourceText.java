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
    /** Whether the text holds a surrogate pair: without one, a column is just an offset. */
    private final boolean surrogates;

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
        boolean pairs = false;
        for (int i = 0; i < n && !pairs; i++) {
            pairs = Character.isSurrogate(original.charAt(i));
        }
        surrogates = pairs;
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

    /** 1-based column of {@code offset} in code points. */
    public int columnOf(int offset) {
        int start = lineStarts[lineOf(offset) - 1];
        return (surrogates ? original.codePointCount(start, offset) : offset - start) + 1;
    }
}

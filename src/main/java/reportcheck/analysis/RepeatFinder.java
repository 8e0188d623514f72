package reportcheck.analysis;

import java.util.List;
import reportcheck.facts.RepeatedRun;
import reportcheck.text.SourceText;

/**
 * Finds ideographs written twice in a row ("始终始终", "常常"), longest unit first, up to four
 * characters a unit.
 */
final class RepeatFinder {
    private static final int MAX_UNIT = 4;

    private RepeatFinder() {
    }

    static void find(SourceText src, Line line, List<RepeatedRun> out) {
        String f = src.folded();
        // the line's characters as an array: the comparisons below run at every character
        char[] cs = line.folded().toCharArray();
        int n = cs.length;
        int i = 0;
        while (i < n) {
            int found = 0;
            for (int len = MAX_UNIT; len >= 1; len--) {
                // the cheap comparison first: looking up a character's script is a binary search
                if (i + 2 * len <= n && cs[i] == cs[i + len] && same(cs, i, i + len, len) && allHan(cs, i, i + len)) {
                    found = len;
                    break;
                }
            }
            if (found == 0) {
                i++;
                continue;
            }
            int at = line.start() + i;
            int end = at + 2 * found;
            String before = at > line.start() ? f.substring(at - 1, at) : "";
            String after = end < line.end() ? f.substring(end, end + 1) : "";
            out.add(new RepeatedRun(src, at, end, f.substring(at, at + found), before, after));
            i += 2 * found;
        }
    }

    private static boolean same(char[] cs, int a, int b, int len) {
        for (int k = 0; k < len; k++) {
            if (cs[a + k] != cs[b + k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean allHan(char[] cs, int s, int e) {
        for (int i = s; i < e; i++) {
            if (!reportcheck.text.Han.is(cs[i])) {
                return false;
            }
        }
        return true;
    }
}

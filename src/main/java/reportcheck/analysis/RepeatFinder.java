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
        int i = line.start();
        while (i < line.end()) {
            int found = 0;
            for (int len = MAX_UNIT; len >= 1; len--) {
                // the cheap comparison first: looking up a character's script is a binary search
                if (i + 2 * len <= line.end() && f.charAt(i) == f.charAt(i + len)
                        && f.regionMatches(i, f, i + len, len) && allHan(f, i, i + len)) {
                    found = len;
                    break;
                }
            }
            if (found == 0) {
                i++;
                continue;
            }
            int end = i + 2 * found;
            String before = i > line.start() ? f.substring(i - 1, i) : "";
            String after = end < line.end() ? f.substring(end, end + 1) : "";
            out.add(new RepeatedRun(src, i, end, f.substring(i, i + found), before, after));
            i = end;
        }
    }

    private static boolean allHan(String f, int s, int e) {
        for (int i = s; i < e; i++) {
            if (!reportcheck.text.Han.is(f.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}

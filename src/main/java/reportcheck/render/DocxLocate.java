package reportcheck.render;

/**
 * Maps a stretch of a report line onto the text of its Word paragraph. The reader writes the
 * line from the paragraph with a generated list label in front ("一、", maybe a space), manual
 * breaks dropped between Chinese characters or turned into a space, and letters in caps style
 * upper-cased; the two are aligned character by character allowing just those differences.
 * Failing that, the evidence is looked for in the paragraph, nearest copy first.
 */
final class DocxLocate {
    private DocxLocate() {
    }

    /**
     * @param part {@code [s, e)} within {@code line}
     * @return {@code [s, e)} within {@code paragraph} showing the same characters, or null
     */
    static int[] inParagraph(String line, int[] part, String paragraph) {
        if (part == null) {
            return null;
        }
        for (int label = 0; label <= Math.min(DocxBody.MAX_LABEL, line.length()); label++) {
            int[][] m = align(line, label, paragraph);
            if (m != null) {
                int s = m[1][part[0]];
                int e = m[0][part[1]];
                return s >= 0 && e > s ? new int[] {s, e} : null;
            }
        }
        String wanted = line.substring(part[0], part[1]);
        int best = -1;
        for (int i = paragraph.indexOf(wanted); i >= 0 && !wanted.isEmpty(); i = paragraph.indexOf(wanted, i + 1)) {
            if (best < 0 || Math.abs(i - part[0]) < Math.abs(best - part[0])) {
                best = i;
            }
        }
        return best < 0 ? null : new int[] {best, best + wanted.length()};
    }

    /**
     * Aligns {@code line} after its first {@code label} characters with the whole paragraph.
     * Returns, for every line offset, the earliest and the latest paragraph offset at that point
     * (they differ where the paragraph has a break the line dropped): an evidence start takes the
     * latest, its end the earliest, so neither takes in a break outside the evidence. Line
     * offsets inside the label map to -1. Null when the two do not align.
     */
    private static int[][] align(String line, int label, String paragraph) {
        int n = line.length();
        int[] earliest = new int[n + 1];
        int[] latest = new int[n + 1];
        java.util.Arrays.fill(earliest, 0, label, -1);
        java.util.Arrays.fill(latest, 0, label, -1);
        int i = label;
        int j = 0;
        earliest[i] = 0;
        while (i < n || j < paragraph.length()) {
            latest[i] = j;
            if (i < n && j < paragraph.length() && same(line.charAt(i), paragraph.charAt(j))) {
                i++;
                j++;
                earliest[i] = j;
            } else if (j < paragraph.length() && isBreak(paragraph.charAt(j))) {
                j++;
                if (i < n && line.charAt(i) == ' ' && (j >= paragraph.length() || paragraph.charAt(j) != ' ')) {
                    i++;
                    earliest[i] = j;
                }
            } else if (i < n && line.charAt(i) == ' ') {
                i++;
                earliest[i] = j;
            } else {
                return null;
            }
        }
        latest[n] = j;
        return new int[][] {earliest, latest};
    }

    private static boolean same(char a, char b) {
        return a == b || Character.toUpperCase(a) == Character.toUpperCase(b);
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u2028' || c == '\u2029';
    }
}

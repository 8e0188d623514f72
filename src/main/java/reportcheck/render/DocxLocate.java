package reportcheck.render;

/**
 * Maps a stretch of a report line onto the text of its Word paragraph. Usually the two are the
 * same; a reader may also have written out a list label Word generates ("一、") or trimmed
 * spaces, so the line is aligned on its common start and end with the paragraph, and failing
 * that the evidence is looked for in the paragraph, nearest copy first.
 */
final class DocxLocate {
    private DocxLocate() {
    }

    /**
     * @param part {@code [s, e)} within {@code line}
     * @return {@code [s, e)} within {@code paragraph} holding the same characters, or null
     */
    static int[] inParagraph(String line, int[] part, String paragraph) {
        if (part == null) {
            return null;
        }
        String wanted = line.substring(part[0], part[1]);
        if (line.equals(paragraph)) {
            return part.clone();
        }
        int shift = paragraph.length() - line.length();
        int prefix = 0;
        int max = Math.min(line.length(), paragraph.length());
        while (prefix < max && line.charAt(prefix) == paragraph.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && line.charAt(line.length() - 1 - suffix) == paragraph.charAt(paragraph.length() - 1 - suffix)) {
            suffix++;
        }
        int s = map(part[0], prefix, line.length() - suffix, shift);
        int e = map(part[1], prefix, line.length() - suffix, shift);
        if (s >= 0 && e > s && e <= paragraph.length() && paragraph.substring(s, e).equals(wanted)) {
            return new int[] {s, e};
        }
        int best = -1;
        int expected = part[0] + shift;
        for (int i = paragraph.indexOf(wanted); i >= 0 && !wanted.isEmpty(); i = paragraph.indexOf(wanted, i + 1)) {
            if (best < 0 || Math.abs(i - expected) < Math.abs(best - expected)) {
                best = i;
            }
        }
        return best < 0 ? null : new int[] {best, best + wanted.length()};
    }

    /** Offsets in the common start map as they are, in the common end shifted; between, nowhere. */
    private static int map(int i, int prefixEnd, int suffixStart, int shift) {
        if (i <= prefixEnd) {
            return i;
        }
        return i >= suffixStart ? i + shift : -1;
    }
}

package reportcheck.analysis;

import java.util.Set;
import java.util.regex.Pattern;
import reportcheck.facts.Figure;

/**
 * What sums and percentages may be built from: exact figures in a countable unit. A figure with
 * 余/多/约, one followed by 以上/左右, one in 万/亿 without a measure word, or one that may be
 * the tail of a number with a thousands separator ("22,808") is no basis for arithmetic.
 */
final class Measures {
    private static final Set<String> NO_MEASURE = Set.of("万", "亿", "万余", "%");
    private static final Pattern VAGUE_AFTER = Pattern.compile("^(以上|以下|左右|上下|余|多)");

    private Measures() {
    }

    static boolean exact(String folded, Figure f) {
        if (f.isApproximate() || NO_MEASURE.contains(f.getUnit())) {
            return false;
        }
        int n = f.getNumberOffset();
        if (n >= 2 && folded.charAt(n - 1) == ',' && Character.isDigit(folded.charAt(n - 2))) {
            return false;
        }
        return !VAGUE_AFTER.matcher(folded.substring(f.getEnd(), Math.min(folded.length(), f.getEnd() + 2))).find();
    }

    /** Whether two figures count the same kind of thing: same measure word, 名 and 人 alike. */
    static boolean sameUnit(Figure a, Figure b) {
        return unit(a).equals(unit(b));
    }

    private static String unit(Figure f) {
        return "名".equals(f.getUnit()) ? "人" : f.getUnit();
    }

    /** Start of the clause holding {@code at}: after the previous , ; : 。 ! ? or the line start. */
    static int clauseStart(String folded, int lineStart, int at) {
        int s = at;
        while (s > lineStart && !isClauseEnd(folded.charAt(s - 1))) {
            s--;
        }
        return s;
    }

    /** Start of the sentence holding {@code at}; a semicolon ends a sentence here, as it ends a statement. */
    static int sentenceStart(String folded, int lineStart, int at) {
        int s = at;
        while (s > lineStart && !isSentenceEnd(folded.charAt(s - 1))) {
            s--;
        }
        return s;
    }

    static boolean isClauseEnd(char c) {
        return c == ',' || c == ':' || isSentenceEnd(c);
    }

    static boolean isSentenceEnd(char c) {
        return c == '。' || c == ';' || c == '!' || c == '?';
    }
}

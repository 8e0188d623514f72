package reportcheck.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** The bounded edit distance agrees with the full one wherever it claims to know it. */
class LevenshteinPropertiesTest {
    @Property(tries = 2000)
    void boundedAgreesWithFull(@ForAll @StringLength(max = 40) @Chars({'a', 'b', 'c', '法', '治'}) String a,
            @ForAll @StringLength(max = 40) @Chars({'a', 'b', 'c', '法', '治'}) String b,
            @ForAll @IntRange(min = 0, max = 45) int max) {
        int full = reference(a, b);
        assertEquals(Math.min(full, max + 1), Levenshtein.distance(a, b, max), a + " / " + b + " max " + max);
        assertEquals(full, Levenshtein.distance(a, b));
    }

    /** The textbook full table, written independently of the code under test. */
    private static int reference(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1),
                        Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        return d[a.length()][b.length()];
    }
}

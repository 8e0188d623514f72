package reportcheck.copies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SimilarityTest {
    /** Plain full-matrix edit distance, the reference the banded one must agree with. */
    private static int reference(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int sub = d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                d[i][j] = Math.min(sub, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        return d[a.length()][b.length()];
    }

    @Test
    void bandedDistanceAgreesWithTheFullOneWithinItsBudget() {
        Random r = new Random(42);
        for (int n = 0; n < 3000; n++) {
            String a = random(r, r.nextInt(40));
            String b = r.nextBoolean() ? mutate(r, a, r.nextInt(8)) : random(r, r.nextInt(40));
            int budget = r.nextInt(12);
            int exact = reference(a, b);
            int banded = Similarity.distance(a, b, budget);
            if (exact <= budget) {
                assertEquals(exact, banded, a + " / " + b + " budget " + budget);
            } else {
                assertEquals(budget + 1, banded, a + " / " + b + " budget " + budget);
            }
        }
    }

    @Test
    void similarityIsOneMinusDistanceOverTheLongerText() {
        String a = "全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度";
        String b = a.replace("全过程", "全流程");
        assertEquals(1.0 - 1.0 / a.length(), Similarity.atLeast(a, b, 0.8), 1e-9);
        String c = b.replace("公示", "公开");
        assertEquals(1.0 - 2.0 / a.length(), Similarity.atLeast(a, c, 0.8), 1e-9);
        assertEquals(-1, Similarity.atLeast(a, "完全不同的一段文字", 0.5));
        assertTrue(Similarity.atLeast(a, a, 0.99) == 1.0);
    }

    private static String random(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((char) ('甲' + r.nextInt(4)));
        }
        return sb.toString();
    }

    private static String mutate(Random r, String s, int edits) {
        StringBuilder sb = new StringBuilder(s);
        for (int i = 0; i < edits; i++) {
            int at = sb.length() == 0 ? 0 : r.nextInt(sb.length());
            switch (r.nextInt(3)) {
                case 0 -> sb.insert(at, (char) ('甲' + r.nextInt(4)));
                case 1 -> {
                    if (sb.length() > 0) {
                        sb.deleteCharAt(at);
                    }
                }
                default -> {
                    if (sb.length() > 0) {
                        sb.setCharAt(at, (char) ('甲' + r.nextInt(4)));
                    }
                }
            }
        }
        return sb.toString();
    }
}

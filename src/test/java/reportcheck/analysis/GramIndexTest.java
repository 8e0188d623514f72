package reportcheck.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The index of 4-grams against a plain one built with maps. Built many times in a row on one
 * thread, as the reports of a batch are: the hash table is kept from one index to the next, so a
 * gram of an earlier index must never show through, whether the next one is smaller or larger.
 */
class GramIndexTest {
    @Test
    void eachIndexHoldsItsOwnTextsGramsOnly() {
        Random random = new Random(7);
        // small alphabets make many shared grams; the largest size passes the kept table's limit
        int[] sizes = {3, 40, 1, 200, 0, 12, 3000, 5, 150_000, 20, 600};
        for (int round = 0; round < sizes.length; round++) {
            List<String> texts = new ArrayList<>();
            int alphabet = 2 + round % 4;
            for (int t = 0; t < Math.max(1, sizes[round] / 30 + 1); t++) {
                StringBuilder b = new StringBuilder();
                int length = random.nextInt(Math.max(1, Math.min(sizes[round], 60)) + 1);
                for (int c = 0; c < length; c++) {
                    b.append((char) ('甲' + random.nextInt(alphabet)));
                }
                texts.add(b.toString());
            }
            assertSameAsMaps(texts, new GramIndex(texts), "round " + round);
        }
    }

    private static void assertSameAsMaps(List<String> texts, GramIndex index, String what) {
        Map<Integer, String> gramOfId = new HashMap<>();
        Map<String, List<Integer>> holders = new TreeMap<>();
        for (int t = 0; t < texts.size(); t++) {
            Set<String> own = new LinkedHashSet<>();
            String k = texts.get(t);
            for (int s = 0; s + GramIndex.SHINGLE <= k.length(); s++) {
                own.add(k.substring(s, s + GramIndex.SHINGLE));
            }
            List<String> expected = new ArrayList<>(own);
            assertEquals(expected.size(), index.gramsOf[t].length, what + ", grams of text " + t);
            for (int g = 0; g < expected.size(); g++) {
                String before = gramOfId.putIfAbsent(index.gramsOf[t][g], expected.get(g));
                assertEquals(before == null ? expected.get(g) : before, expected.get(g), what + ", one id, one gram");
                holders.computeIfAbsent(expected.get(g), x -> new ArrayList<>()).add(t);
            }
        }
        assertEquals(holders.size(), index.start.length - 1, what + ", distinct grams");
        for (Map.Entry<Integer, String> e : gramOfId.entrySet()) {
            int id = e.getKey();
            List<Integer> got = new ArrayList<>();
            for (int k = index.start[id]; k < index.start[id + 1]; k++) {
                got.add(index.texts[k]);
            }
            assertEquals(holders.get(e.getValue()), got, what + ", texts holding " + e.getValue());
            assertEquals(got.size(), index.postings(id));
        }
    }
}

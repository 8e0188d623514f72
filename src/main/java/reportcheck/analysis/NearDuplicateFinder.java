package reportcheck.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import reportcheck.facts.Paragraph;
import reportcheck.facts.SimilarParagraphs;

/**
 * Finds pairs of paragraphs that are nearly the same. Candidates come from an index of
 * character 4-grams, so a long report is not compared pair by pair; only candidates sharing
 * most of their 4-grams get an edit distance.
 */
final class NearDuplicateFinder {
    private static final int SHINGLE = 4;
    private static final int MIN_LENGTH = 20;
    /** A 4-gram found in more paragraphs than this says nothing about any pair. */
    private static final int COMMON = 50;
    private static final double MIN_SHARED = 0.6;
    private static final double MIN_SIMILARITY = 0.8;

    private NearDuplicateFinder() {
    }

    static List<SimilarParagraphs> find(List<Paragraph> paragraphs) {
        List<Paragraph> ps = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            if (p.getKey().length() >= MIN_LENGTH) {
                ps.add(p);
            }
        }
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < ps.size(); i++) {
            String k = ps.get(i).getKey();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int s = 0; s + SHINGLE <= k.length(); s++) {
                String g = k.substring(s, s + SHINGLE);
                if (seen.add(g)) {
                    index.computeIfAbsent(g, x -> new ArrayList<>()).add(i);
                }
            }
        }
        long n = ps.size();
        Map<Long, Integer> shared = new HashMap<>();
        for (List<Integer> posting : index.values()) {
            Interruption.check();
            if (posting.size() < 2 || posting.size() > COMMON) {
                continue;
            }
            for (int a = 0; a < posting.size(); a++) {
                for (int b = a + 1; b < posting.size(); b++) {
                    // a * n + b, not a << 32 | b: Long's hash of the latter is a ^ b, which collides badly
                    shared.merge((long) posting.get(a) * n + posting.get(b), 1, Integer::sum);
                }
            }
        }
        List<SimilarParagraphs> out = new ArrayList<>();
        shared.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Interruption.check();
            Paragraph a = ps.get((int) (e.getKey() / n));
            Paragraph b = ps.get((int) (e.getKey() % n));
            int longer = Math.max(a.getKey().length(), b.getKey().length());
            int grams = longer - SHINGLE + 1;
            if (a.getKey().equals(b.getKey()) || e.getValue() < MIN_SHARED * grams) {
                return;
            }
            // below MIN_SIMILARITY the exact distance does not matter, so the search is bounded
            // (the epsilon: 1.0 - 0.8 is 0.19999999999999996, and 30 of it must still allow 6 edits)
            int bound = (int) Math.floor((1.0 - MIN_SIMILARITY) * longer + 1e-9);
            int d = Levenshtein.distance(a.getKey(), b.getKey(), bound);
            double sim = 1.0 - (double) d / longer;
            if (d <= bound && sim >= MIN_SIMILARITY) {
                out.add(new SimilarParagraphs(a, b, sim, d));
            }
        });
        return out;
    }
}

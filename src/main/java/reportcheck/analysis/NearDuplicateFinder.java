package reportcheck.analysis;

import java.util.ArrayList;
import java.util.List;
import reportcheck.facts.Paragraph;
import reportcheck.facts.SimilarParagraphs;

/**
 * Finds pairs of paragraphs that are nearly the same. Candidates come from an index of
 * character 4-grams, so a long report is not compared pair by pair; only candidates sharing
 * most of their 4-grams get an edit distance.
 */
final class NearDuplicateFinder {
    private static final int SHINGLE = GramIndex.SHINGLE;
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
        GramIndex index = new GramIndex(ps.stream().map(Paragraph::getKey).toList());
        // shared-gram counts of each later paragraph, in one reused array instead of a map of pairs
        int[] shared = new int[ps.size()];
        List<SimilarParagraphs> out = new ArrayList<>();
        for (int a = 0; a < ps.size(); a++) {
            Interruption.check();
            List<Integer> touched = new ArrayList<>();
            for (int g : index.gramsOf[a]) {
                int holders = index.postings(g);
                if (holders < 2 || holders > COMMON) {
                    continue;
                }
                for (int k = index.start[g]; k < index.start[g + 1]; k++) {
                    int b = index.texts[k];
                    if (b > a && shared[b]++ == 0) {
                        touched.add(b);
                    }
                }
            }
            touched.sort(null);
            for (int b : touched) {
                SimilarParagraphs sp = compare(ps.get(a), ps.get(b), shared[b]);
                shared[b] = 0;
                if (sp != null) {
                    out.add(sp);
                }
            }
        }
        return out;
    }

    private static SimilarParagraphs compare(Paragraph a, Paragraph b, int sharedGrams) {
        int grams = Math.max(a.getKey().length(), b.getKey().length()) - SHINGLE + 1;
        if (a.getKey().equals(b.getKey()) || sharedGrams < MIN_SHARED * grams) {
            return null;
        }
        int longer = Math.max(a.getKey().length(), b.getKey().length());
        // below MIN_SIMILARITY the exact distance does not matter, so the search is bounded
        // (the epsilon: 1.0 - 0.8 is 0.19999999999999996, and 30 of it must still allow 6 edits)
        int bound = (int) Math.floor((1.0 - MIN_SIMILARITY) * longer + 1e-9);
        int d = Levenshtein.distance(a.getKey(), b.getKey(), bound);
        double sim = 1.0 - (double) d / longer;
        return d <= bound && sim >= MIN_SIMILARITY ? new SimilarParagraphs(a, b, sim, d) : null;
    }
}

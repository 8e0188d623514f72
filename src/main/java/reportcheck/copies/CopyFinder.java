package reportcheck.copies;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import reportcheck.analysis.Facts;
import reportcheck.facts.Keys;
import reportcheck.text.Normalizer;

/**
 * The pass across reports: collects each report's passages, finds candidate pairs through the
 * LSH index, confirms each candidate by character similarity, groups confirmed passages, drops
 * groups that span more reports than a standard formula may, and turns the rest into findings
 * and a table of report pairs.
 */
public final class CopyFinder {
    private final CopySettings settings;
    private final PassageExtractor extractor;

    public CopyFinder(CopySettings settings, List<String> stockPhrases) {
        this.settings = settings;
        this.extractor = new PassageExtractor(settings.minLength(), stockPhrases);
    }

    public CopySettings settings() {
        return settings;
    }

    /** A report's name as shown in output, and its passages. */
    /** A report's passages, and its table 三 carry-over rows when it has them (else null). */
    public record Report(String source, List<Passage> passages, TableCarry carry) {
        public Report(String source, List<Passage> passages) {
            this(source, passages, null);
        }
    }

    /** The passages of one report. Stateless: called from many threads at once. */
    public List<Passage> passages(Facts facts) {
        return extractor.extract(facts);
    }

    /**
     * Compares the batch's reports with each other (when {@link CopySettings#acrossBatch()}) and
     * with the earlier reports. Deterministic: the result depends only on the order of the lists.
     */
    public CopyResult find(List<Report> current, List<Report> earlier) {
        List<Passage> all = new ArrayList<>();
        List<long[]> bands = new ArrayList<>();
        List<Report> reports = new ArrayList<>(current);
        reports.addAll(earlier);
        int[] reportOf = new int[reports.stream().mapToInt(r -> r.passages().size()).sum()];
        for (int r = 0; r < reports.size(); r++) {
            for (Passage p : reports.get(r).passages()) {
                reportOf[all.size()] = r;
                all.add(p);
                bands.add(p.bands());
            }
        }
        Candidates.Result cand = Candidates.find(bands, reportOf, current.size(), settings);
        bands = null;
        Groups groups = new Groups(all.size());
        String[] keys = new String[all.size()];
        List<int[]> edges = new ArrayList<>();
        List<Double> sims = new ArrayList<>();
        BitSet joined = new BitSet(all.size());
        for (long pair : cand.pairs()) {
            int a = (int) (pair >>> 32);
            int b = (int) pair;
            boolean withEarlier = reportOf[b] >= current.size();
            double least = withEarlier ? settings.carriedSimilarity() : settings.nearSimilarity();
            double sim = Similarity.atLeast(key(all, keys, a), key(all, keys, b), least);
            if (sim >= 0) {
                edges.add(new int[] {a, b});
                sims.add(sim);
                groups.union(a, b);
                joined.set(a);
                joined.set(b);
            }
        }
        boolean[] standard = groups.standard(joined, reportOf, cand.common(), settings.maxReports());
        CopyResult result = new CopyReport(reports, current.size(), all, reportOf).build(edges, sims, standard);
        return withCarry(result, TableCarry.find(current, earlier));
    }

    /** The shared-text findings and the table carry-over ones, each report's in position order. */
    private static CopyResult withCarry(CopyResult result, List<List<reportcheck.finding.Finding>> carry) {
        if (carry.stream().allMatch(List::isEmpty)) {
            return result;
        }
        List<List<reportcheck.finding.Finding>> merged = new ArrayList<>();
        for (int i = 0; i < result.findings().size(); i++) {
            List<reportcheck.finding.Finding> f = new ArrayList<>(result.findings().get(i));
            f.addAll(carry.get(i));
            f.sort(reportcheck.finding.Finding.ORDER);
            merged.add(List.copyOf(f));
        }
        return new CopyResult(merged, result.pairs());
    }

    private static String key(List<Passage> all, String[] keys, int i) {
        if (keys[i] == null) {
            keys[i] = Keys.compact(Normalizer.fold(all.get(i).text()));
        }
        return keys[i];
    }
}

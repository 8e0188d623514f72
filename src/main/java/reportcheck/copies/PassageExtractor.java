package reportcheck.copies;

import java.util.ArrayList;
import java.util.List;
import reportcheck.analysis.Facts;
import reportcheck.facts.Keys;
import reportcheck.facts.Paragraph;
import reportcheck.facts.Roles;

/**
 * Picks the paragraphs worth comparing across reports: body text and run-in headings whose
 * length, stock formulas not counted, reaches the minimum. Short lines, titles, signatures and
 * paragraphs made mostly of stock formulas are what every report has.
 */
final class PassageExtractor {
    private final int minLength;
    private final List<String> stockPhrases;

    PassageExtractor(int minLength, List<String> stockPhrases) {
        this.minLength = minLength;
        this.stockPhrases = stockPhrases.stream().map(Keys::compact).filter(p -> !p.isEmpty()).toList();
    }

    List<Passage> extract(Facts facts) {
        List<Passage> out = new ArrayList<>();
        for (Object o : facts.all()) {
            if (o instanceof Paragraph p && (Roles.BODY.equals(p.getRole()) || Roles.HEADING.equals(p.getRole()))
                    && p.getKey().length() >= minLength) {
                int length = p.getKey().length() - stockLength(p.getKey());
                if (length >= minLength) {
                    out.add(new Passage(p.getLine(), p.getColumn(), p.getSection(), p.getText(), length,
                            MinHash.bands(p.getKey())));
                }
            }
        }
        return out;
    }

    /** Characters of {@code key} covered by stock formulas. */
    private int stockLength(String key) {
        boolean[] covered = null;
        for (String phrase : stockPhrases) {
            for (int at = key.indexOf(phrase); at >= 0; at = key.indexOf(phrase, at + 1)) {
                if (covered == null) {
                    covered = new boolean[key.length()];
                }
                java.util.Arrays.fill(covered, at, at + phrase.length(), true);
            }
        }
        int n = 0;
        if (covered != null) {
            for (boolean c : covered) {
                n += c ? 1 : 0;
            }
        }
        return n;
    }
}

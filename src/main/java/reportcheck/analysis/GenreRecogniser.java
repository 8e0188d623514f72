package reportcheck.analysis;

import java.util.List;
import java.util.regex.Pattern;
import reportcheck.facts.Genre;
import reportcheck.knowledge.GenreSpec;
import reportcheck.knowledge.Knowledge;
import reportcheck.knowledge.Profile;
import reportcheck.text.RegexHint;

/**
 * Tells which profile a report is checked against. The title decides when a genre's title
 * patterns claim it; otherwise the genre whose fingerprints the text holds most often, enough
 * of them; otherwise a title naming some other kind of document (工作总结, 通知) makes the
 * genre unknown; and a text that shows nothing either way (a cut-off page whose title was lost)
 * stays with the default genre, as every report was checked before genres were told apart.
 */
final class GenreRecogniser {
    private GenreRecogniser() {
    }

    record Choice(Profile profile, Genre genre) {
    }

    static Choice choose(Knowledge k, String title, String folded) {
        List<Profile> candidates = k.candidates();
        if (candidates.isEmpty()) {
            Profile p = k.profile();
            return new Choice(p, new Genre(p.genre().id(), p.genre().name(), Genre.FORCED, title, 0));
        }
        String foldedTitle = title == null ? null : reportcheck.text.Normalizer.fold(title).replaceAll("\\s+", "");
        // each fingerprint is a search over the whole text: counted once per genre, and only for the
        // genres its title names when it names any (the others' counts decide nothing then)
        int[] counts = new int[candidates.size()];
        Profile best = null;
        int bestCount = -1;
        if (foldedTitle != null) {
            for (int i = 0; i < candidates.size(); i++) {
                Profile p = candidates.get(i);
                if (p.genre().titleMatches(foldedTitle)) {
                    counts[i] = fingerprintsIn(p.genre(), folded);
                    if (counts[i] > bestCount) {
                        best = p;
                        bestCount = counts[i];
                    }
                }
            }
            if (best != null) {
                return new Choice(best, genre(best, Genre.TITLE, title, bestCount));
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            counts[i] = fingerprintsIn(candidates.get(i).genre(), folded);
        }
        for (int i = 0; i < candidates.size(); i++) {
            Profile p = candidates.get(i);
            if (counts[i] >= p.genre().minFingerprints() && counts[i] > bestCount) {
                best = p;
                bestCount = counts[i];
            }
        }
        // another genre's text holding as many fingerprints (below its own minimum) leaves it unsure:
        // the first genre stays
        for (int i = 1; best != null && best != candidates.get(0) && i < candidates.size(); i++) {
            if (candidates.get(i) != best && counts[i] >= bestCount || counts[0] >= bestCount) {
                best = null;
            }
        }
        if (best != null) {
            return new Choice(best, genre(best, Genre.FINGERPRINTS, title, bestCount));
        }
        if (foldedTitle != null && namesKind(k.documentKinds(), foldedTitle)) {
            Profile none = Profile.unknown();
            return new Choice(none, new Genre(none.genre().id(), none.genre().name(), Genre.UNKNOWN, title, 0));
        }
        Profile first = candidates.get(0);
        return new Choice(first, genre(first, Genre.FALLBACK, title, counts[0]));
    }

    /**
     * How many of the genre's fingerprints occur in {@code folded}, as {@link GenreSpec#fingerprintsIn}
     * counts them; a fingerprint whose required words the text lacks is not searched. The words are
     * looked up in the index of where each character stands in the report's folded text, which the
     * rules' searches use too, rather than by reading the whole text once per fingerprint.
     */
    private static int fingerprintsIn(GenreSpec genre, String folded) {
        int n = 0;
        for (Pattern p : genre.fingerprints()) {
            RegexHint hint = RegexHint.of(p);
            boolean may = hint == null || hint.mayMatch(folded, 0, folded.length());
            // a plain word is found where the text holds it: what its hint requires is the word itself
            if (may && (RegexHint.isLiteral(hint, p) || p.matcher(folded).find())) {
                n++;
            }
        }
        return n;
    }

    private static Genre genre(Profile p, String basis, String title, int count) {
        return new Genre(p.genre().id(), p.genre().name(), basis, title, count);
    }

    private static boolean namesKind(List<Pattern> kinds, String foldedTitle) {
        return kinds.stream().anyMatch(p -> p.matcher(foldedTitle).find());
    }
}

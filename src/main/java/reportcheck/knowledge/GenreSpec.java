package reportcheck.knowledge;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What kind of document a profile is for, and how a report of that kind shows it: the words
 * of its title, and fingerprints in its text (the norm it cites, its fixed part names, its table
 * labels). Patterns are regular expressions over folded text. A profile whose genre has no title
 * pattern is chosen only by {@code --profile}.
 *
 * @param id stable id, shown in checklists and used by rules' {@code @genre}
 * @param name the genre's name as a reader knows it
 * @param titlePatterns a title matching any of these names the genre
 * @param fingerprints distinct fingerprints found in the text count for the genre
 * @param minFingerprints how many distinct fingerprints recognise the genre when the title does not
 */
public record GenreSpec(String id, String name, List<Pattern> titlePatterns, List<Pattern> fingerprints,
        int minFingerprints) {
    /** The genre of a report no profile recognises. */
    public static final String UNKNOWN = "unknown";

    public boolean recognisable() {
        return !titlePatterns.isEmpty();
    }

    public boolean titleMatches(String folded) {
        return titlePatterns.stream().anyMatch(p -> p.matcher(folded).find());
    }

    /** How many of the fingerprints occur in {@code folded}. */
    public int fingerprintsIn(String folded) {
        return (int) fingerprints.stream().filter(p -> p.matcher(folded).find()).count();
    }
}

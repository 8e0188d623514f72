package reportcheck.analysis;

import java.util.ArrayList;
import java.util.List;
import reportcheck.facts.Heading;
import reportcheck.facts.PartMention;
import reportcheck.knowledge.PartSpec;
import reportcheck.knowledge.Profile;
import reportcheck.text.SourceText;

/**
 * Finds where each part of the profile stands: under a level-1 or level-2 heading worded as
 * the profile allows, as themed level-1 headings, or only as words in the body.
 */
final class PartLocator {
    private PartLocator() {
    }

    static List<PartMention> locate(SourceText src, Profile profile, List<Heading> headings, List<Line> body) {
        List<PartMention> out = new ArrayList<>();
        for (PartSpec part : profile.parts()) {
            boolean inHeading = false;
            for (Heading h : headings) {
                if (h.getLevel() <= 2 && part.headingMatches(h.getNorm())) {
                    out.add(new PartMention(src, h.getOffset(), h.getEnd(), part.id(), PartMention.HEADING,
                            h.getLevel(), h.getYear()));
                    inHeading = true;
                }
            }
            if (!inHeading && part.themed()) {
                Heading first = firstThemedHeading(profile, part, headings);
                if (first != null) {
                    out.add(new PartMention(src, first.getOffset(), first.getEnd(), part.id(), PartMention.THEMED,
                            1, first.getYear()));
                    inHeading = true;
                }
            }
            if (!inHeading) {
                for (Line l : body) {
                    int[] at = part.bodyMention(l.folded());
                    if (at != null) {
                        out.add(new PartMention(src, l.start() + at[0], l.start() + at[1], part.id(),
                                PartMention.BODY, 0, null));
                        break;
                    }
                }
            }
        }
        return out;
    }

    /**
     * Many reports split their measures into themed level-1 headings ("一、强化组织领导…") and
     * never name the part; the level-1 headings before the first heading of another part stand
     * for it.
     */
    private static Heading firstThemedHeading(Profile profile, PartSpec part, List<Heading> headings) {
        Heading first = null;
        for (Heading h : headings) {
            if (h.getLevel() != 1) {
                continue;
            }
            boolean other = profile.parts().stream()
                    .anyMatch(p -> p != part && p.headingMatches(h.getNorm()));
            if (other) {
                break;
            }
            if (first == null) {
                first = h;
            }
        }
        return first;
    }
}

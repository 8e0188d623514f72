package reportcheck.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reportcheck.facts.Heading;
import reportcheck.facts.PartMention;
import reportcheck.knowledge.PartSpec;
import reportcheck.knowledge.Profile;
import reportcheck.text.SourceText;

/**
 * Finds where each part of the profile stands: under a level-1 or level-2 heading worded as
 * the profile allows (run in before body text or run into a line included), as themed level-1
 * headings, named in the report's own outline, or only in the body: in lead words that
 * introduce it, or in passing.
 */
final class PartLocator {
    /** "报告分为三部分：第一部分是主要工作，第二部分是存在的问题…": the phrase that names each part. */
    private static final Pattern OUTLINE = Pattern.compile(
            "第[一二三四五六七八九十]部分(?:是|为|:|,|\\s)?\\s*([^,;。:、()\\s]{2,30})");

    private PartLocator() {
    }

    static List<PartMention> locate(SourceText src, Profile profile, List<Heading> headings, List<Line> body) {
        List<PartMention> out = new ArrayList<>();
        for (PartSpec part : profile.parts()) {
            boolean found = false;
            for (Heading h : headings) {
                if (h.getLevel() <= 2 && part.headingMatches(h.getNorm())) {
                    out.add(new PartMention(src, h.getOffset(), h.getEnd(), part.id(), PartMention.HEADING,
                            h.getLevel(), h.getYear()));
                    found = true;
                }
            }
            if (!found && part.themed()) {
                Heading first = firstThemedHeading(profile, part, headings);
                if (first != null) {
                    out.add(new PartMention(src, first.getOffset(), first.getEnd(), part.id(), PartMention.THEMED,
                            1, first.getYear()));
                    found = true;
                }
            }
            found = found || add(out, src, part, PartMention.OUTLINE, body, PartLocator::outlineMention);
            if (!found) {
                found = add(out, src, part, PartMention.BODY, body, PartSpec::bodyMention);
            }
            if (!found) {
                add(out, src, part, PartMention.PASSING, body, PartSpec::passingMention);
            }
        }
        return out;
    }

    /** Adds the first mention of {@code kind} that {@code finder} sees in the body; whether there was one. */
    private static boolean add(List<PartMention> out, SourceText src, PartSpec part, String kind, List<Line> body,
            java.util.function.BiFunction<PartSpec, String, int[]> finder) {
        for (Line l : body) {
            int[] at = finder.apply(part, l.folded());
            if (at != null) {
                out.add(new PartMention(src, l.start() + at[0], l.start() + at[1], part.id(), kind, 0, null));
                return true;
            }
        }
        return false;
    }

    /** Where an outline in the text names {@code part}, or null. */
    private static int[] outlineMention(PartSpec part, String folded) {
        // every outline names a 部分: the search of every body line for every part is spared most lines
        if (!folded.contains("部分")) {
            return null;
        }
        Matcher m = OUTLINE.matcher(folded);
        while (m.find()) {
            if (part.headingMatches(m.group(1))) {
                return new int[] {m.start(), m.end()};
            }
        }
        return null;
    }

    /**
     * Many reports split their measures into themed level-1 headings ("一、强化组织领导…") and
     * never name the part; the level-1 headings before the first heading of a part that follows
     * the themes (the profile's {@code themedUntil}; any other part when it names none) stand
     * for it. A heading that names another part on the way (a duty heading placed first) is not
     * a theme but does not end the run.
     */
    private static Heading firstThemedHeading(Profile profile, PartSpec part, List<Heading> headings) {
        Heading first = null;
        for (Heading h : headings) {
            if (h.getLevel() != 1) {
                continue;
            }
            List<PartSpec> named = profile.parts().stream()
                    .filter(p -> p != part && p.headingMatches(h.getNorm())).toList();
            boolean ends = named.stream()
                    .anyMatch(p -> part.themedUntil().isEmpty() || part.themedUntil().contains(p.id()));
            if (ends) {
                break;
            }
            if (first == null && named.isEmpty()) {
                first = h;
            }
        }
        return first;
    }
}

package reportcheck.knowledge;

import java.util.List;
import java.util.regex.Pattern;
import reportcheck.text.RegexHint;

/**
 * One part of a report as a profile describes it. Patterns are regular expressions over folded
 * text (full-width ASCII folded to half-width).
 *
 * @param id stable id, used in facts and findings
 * @param name canonical name, quoted when the part is missing
 * @param required whether a report must have it
 * @param basis the norm that asks for it
 * @param yearScope "report" if its heading names the reporting year, "next" if the next one
 * @param headingPatterns a level-1 or level-2 heading matching any of these is the part
 * @param excludePatterns a heading matching any of these is not this part, whatever else it says
 * @param bodyPatterns body text matching any of these introduces the part without a heading
 *     ("存在的问题主要有：" at the start of a paragraph)
 * @param passingPatterns body text matching any of these names the part in passing ("研究解决存在的问题")
 * @param themed whether themed level-1 headings before the other parts stand for this part
 * @param themedUntil the parts whose level-1 heading ends the themed headings (empty: any other part)
 * @param heading a heading to suggest when the part is missing; {year} stands for the year
 * @param since first reporting year the part is required for (0: always); a report on an earlier
 *        year was written before the norm in {@code basis} existed
 * @param earlierBasis what asked for the report before {@code since}, quoted when an earlier report
 *        lacks the part; null when nothing earlier asked for the part at all
 * @param position where the part usually stands (1 = first); parts that real reports put in either
 *        order share a position, so a report cut off inside one of them may still lack the other;
 *        0 for a part with no usual place (real reports put the 第一责任人 part first, among the
 *        others), so a cut-off report lacks it before the cut only when the cut falls in the closing part
 */
public record PartSpec(String id, String name, boolean required, String basis, String yearScope,
        List<Pattern> headingPatterns, List<Pattern> excludePatterns, List<Pattern> bodyPatterns,
        List<Pattern> passingPatterns, boolean themed, List<String> themedUntil, String heading, int since,
        String earlierBasis, int position) {

    public boolean headingMatches(String folded) {
        return findsAny(headingPatterns, folded) && !findsAny(excludePatterns, folded);
    }

    /**
     * Whether one of {@code patterns} is found in {@code folded}. Every heading, every item of a
     * listed opening and every body line is tried against every part's patterns, and most lack the
     * words a pattern needs: its hint ({@link RegexHint}) spares them the matcher.
     */
    private static boolean findsAny(List<Pattern> patterns, String folded) {
        for (Pattern p : patterns) {
            if (RegexHint.mayMatchIn(RegexHint.of(p), folded) && p.matcher(folded).find()) {
                return true;
            }
        }
        return false;
    }

    /** Start and end of the first body text in {@code folded} that introduces the part, or null. */
    public int[] bodyMention(String folded) {
        return first(bodyPatterns, folded);
    }

    /** Start and end of the first words in {@code folded} that name the part in passing, or null. */
    public int[] passingMention(String folded) {
        return first(passingPatterns, folded);
    }

    /** Start and end of the earliest match of any of {@code patterns} in {@code folded}, or null (hint-filtered, as above). */
    private static int[] first(List<Pattern> patterns, String folded) {
        int[] best = null;
        for (Pattern p : patterns) {
            if (!RegexHint.mayMatchIn(RegexHint.of(p), folded)) {
                continue;
            }
            var m = p.matcher(folded);
            if (m.find() && (best == null || m.start() < best[0])) {
                best = new int[] {m.start(), m.end()};
            }
        }
        return best;
    }

    /** The heading to suggest when the part is missing, for a report on {@code year}. */
    public String suggestedHeading(Integer year) {
        String y = year == null ? "XXXX" : String.valueOf("next".equals(yearScope) ? year + 1 : year);
        return heading.replace("{year}", y);
    }
}

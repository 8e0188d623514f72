package reportcheck.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reportcheck.facts.Figure;
import reportcheck.facts.StatedRatio;
import reportcheck.facts.StatedSum;
import reportcheck.knowledge.RateName;
import reportcheck.knowledge.RateNames;
import reportcheck.text.SourceText;

/**
 * Finds percentages stated with the figures they are computed from. Only two shapes count, and
 * only when the figures can be told apart without guessing:
 * <ul>
 * <li>a rate, "…受理100件，办结90件，办结率为90%", of a kind listed in rules/data/rates.json: the
 * nearest figure before names the rate's numerator (办结) in its clause, not a part of it
 * (调解结案 for a 结案率); the whole is the one other figure of that unit earlier in the sentence,
 * in another clause (items joined by 、 are siblings, not a part and its whole) linked to the
 * part's clause, or the total of a 其中 list the part belongs to, and its clause names the rate's
 * base (受理). A rate not listed, or a sub-rate (调解结案率), is not recomputed;</li>
 * <li>a share, "…达217项，占所有办事事项的98%": the whole is the latest earlier figure whose
 * clause names what follows 占, or the total of the 其中 list the part belongs to.</li>
 * </ul>
 * A share with no recognisable whole is still recorded, since a share above 100% is wrong anyway.
 */
final class RatioExtractor {
    private static final Pattern RATE = Pattern.compile("([\\p{IsHan}]+)率(?:为|是|达到|达)?$");
    private static final Pattern SHARE = Pattern.compile("占(?:比)?(.*?)的?(?:比例|比重)?(?:为|是|达到|达)?$");
    /** Rates of change compare two periods, not a part with its whole. */
    private static final Pattern CHANGE = Pattern.compile("同比|环比|增长|增|降|上升|下降|减少");
    private static final Pattern ALL = Pattern.compile("^(全部|所有|全体|全)(?=..)");

    private RatioExtractor() {
    }

    static List<StatedRatio> extract(SourceText src, List<Figure> figures, List<StatedSum> sums, List<RateName> rates) {
        String f = src.folded();
        List<StatedRatio> out = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            Figure pct = figures.get(i);
            if (!"%".equals(pct.getUnit()) || pct.isApproximate() || vagueAfter(f, pct)) {
                continue;
            }
            int lineStart = src.lineStart(pct.getLine());
            int leadStart = pct.getNumberOffset();
            while (leadStart > lineStart && !Measures.isClauseEnd(f.charAt(leadStart - 1)) && f.charAt(leadStart - 1) != '、') {
                leadStart--;
            }
            String lead = f.substring(leadStart, pct.getNumberOffset());
            int sentence = Measures.sentenceStart(f, lineStart, pct.getNumberOffset());
            Figure part = nearestBefore(f, figures, i, sentence);
            Matcher rate = RATE.matcher(lead);
            Matcher share = SHARE.matcher(lead);
            if (rate.find()) {
                String stem = rate.group(1);
                RateName name = RateNames.find(rates, stem);
                if (part == null || name == null || CHANGE.matcher(stem).find() || subRate(stem, name)) {
                    continue;
                }
                int partClause = Measures.clauseStart(f, lineStart, part.getNumberOffset());
                String clause = f.substring(partClause, clauseEnd(f, part.getEnd(), pct.getNumberOffset()));
                if (!namesNumerator(clause, name)) {
                    continue;
                }
                Figure whole = totalOf(part, sums);
                if (whole == null) {
                    whole = onlyWhole(f, figures, part, sentence, partClause);
                    if (whole != null && !linked(f, lineStart, whole, part, partClause, clause)) {
                        whole = null;
                    }
                }
                if (whole != null && !namesBase(f, lineStart, whole, part, name)) {
                    whole = null; // "审结1180件" is not what a 结案率 divides by
                }
                if (whole != null) {
                    out.add(new StatedRatio(src, StatedRatio.RATE, pct, part, whole));
                }
            } else if (share.find()) {
                Figure whole = part == null ? null : totalOf(part, sums);
                // "占全部政务服务事项的" names the whole the report earlier called "政务服务事项"
                String named = ALL.matcher(share.group(1)).replaceFirst("");
                if (whole == null && part != null && !named.isEmpty()) {
                    whole = named(f, figures, part, sentence, lineStart, named);
                }
                out.add(new StatedRatio(src, StatedRatio.SHARE, pct, whole == null ? null : part, whole));
            }
        }
        return out;
    }

    /** "调解结案率": a sub-rate, whose base (all cases or the closed ones) varies between offices. */
    private static boolean subRate(String stem, RateName name) {
        String prefix = stem.substring(0, stem.length() - name.stem().length());
        return name.parts().stream().anyMatch(prefix::endsWith);
    }

    /** Whether the part's clause names the rate's numerator, not a narrower kind of it ("裁决结案"). */
    private static boolean namesNumerator(String clause, RateName name) {
        for (String w : name.numerator()) {
            for (int at = clause.indexOf(w); at >= 0; at = clause.indexOf(w, at + 1)) {
                String before = clause.substring(0, at);
                if (name.parts().stream().noneMatch(before::endsWith)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the whole's clause names the rate's base: 受理, 收案 for a 结案率. */
    private static boolean namesBase(String f, int lineStart, Figure whole, Figure part, RateName name) {
        int s = Measures.clauseStart(f, lineStart, whole.getNumberOffset());
        String clause = f.substring(s, clauseEnd(f, whole.getEnd(), part.getNumberOffset()));
        return name.base().stream().anyMatch(clause::contains);
    }

    /**
     * Whether the only other figure is the part's whole and not a count of something else
     * ("累计办理1000件，今年办结180件"): its clause shares a word with the part's clause, or comes
     * right before it without a 累计 the part lacks.
     */
    private static boolean linked(String f, int lineStart, Figure whole, Figure part, int partClause, String clause) {
        int wholeClause = Measures.clauseStart(f, lineStart, whole.getNumberOffset());
        if (shareWord(clause, f.substring(wholeClause, partClause))) {
            return true;
        }
        boolean adjacent = clauseEnd(f, whole.getEnd(), partClause) + 1 == partClause;
        boolean cumulative = f.substring(wholeClause, whole.getNumberOffset()).contains("累计") && !clause.contains("累计");
        return adjacent && !cumulative;
    }

    /** Whether two stretches of text have a pair of ideographs in common. */
    private static boolean shareWord(String a, String b) {
        for (int i = 0; i + 2 <= a.length(); i++) {
            String w = a.substring(i, i + 2);
            if (w.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) && b.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean vagueAfter(String f, Figure pct) {
        String after = f.substring(pct.getEnd(), Math.min(f.length(), pct.getEnd() + 2));
        return after.startsWith("以上") || after.startsWith("以下") || after.startsWith("左右");
    }

    /** The nearest figure before the percentage in its sentence, if exact and not itself a percentage. */
    private static Figure nearestBefore(String f, List<Figure> figures, int i, int sentence) {
        if (i == 0) {
            return null;
        }
        Figure g = figures.get(i - 1);
        return g.getNumberOffset() >= sentence && !"%".equals(g.getUnit()) && Measures.exact(f, g) ? g : null;
    }

    private static int clauseEnd(String f, int from, int limit) {
        int e = from;
        while (e < limit && !Measures.isClauseEnd(f.charAt(e))) {
            e++;
        }
        return e;
    }

    private static Figure totalOf(Figure part, List<StatedSum> sums) {
        for (StatedSum s : sums) {
            if (s.getParts().contains(part)) {
                return s.getTotal();
            }
        }
        return null;
    }

    /** The one exact figure of the part's unit in the earlier clauses of the sentence, or null. */
    private static Figure onlyWhole(String f, List<Figure> figures, Figure part, int sentence, int partClause) {
        Figure found = null;
        for (Figure g : figures) {
            if (g.getNumberOffset() >= sentence && g.getEnd() <= partClause && Measures.sameUnit(g, part)) {
                if (found != null || !Measures.exact(f, g)) {
                    return null;
                }
                found = g;
            }
        }
        return found;
    }

    /** The latest exact figure before the part whose clause names the whole written after 占. */
    private static Figure named(String f, List<Figure> figures, Figure part, int sentence, int lineStart, String name) {
        Figure found = null;
        for (Figure g : figures) {
            if (g.getNumberOffset() >= sentence && g.getEnd() <= part.getNumberOffset() && g != part
                    && Measures.sameUnit(g, part) && Measures.exact(f, g)) {
                int s = Measures.clauseStart(f, lineStart, g.getNumberOffset());
                if (f.substring(s, clauseEnd(f, g.getEnd(), part.getNumberOffset())).contains(name)) {
                    found = g;
                }
            }
        }
        return found;
    }
}

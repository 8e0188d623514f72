package reportcheck.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import reportcheck.facts.CanonicalTitle;
import reportcheck.facts.CitationMatch;
import reportcheck.facts.CitedTitle;
import reportcheck.text.SourceText;

/**
 * Recognises cited titles as documents of the knowledge base: by an accepted form of the name, or
 * by a name a slip of the pen away from one (法制 for 法治, a dropped word). Editions of an outline
 * share a name and are told apart by their years.
 */
final class CitationMatcher {
    private static final int LEAD = 16;
    private static final Pattern REVISION = Pattern.compile("(新修订|新修改|新修正|修订后|修改后|(?<![最创革更重])新)的?$");
    /** Numerals name different documents (修正案（十） and （十一）); a difference in them is never a slip. */
    private static final Pattern NUMERAL = Pattern.compile("[0-9〇零一二三四五六七八九十百]");

    private CitationMatcher() {
    }

    static List<CitationMatch> match(List<CanonicalTitle> docs, List<CitedTitle> cited) {
        List<CitationMatch> out = new ArrayList<>();
        if (docs.isEmpty()) {
            return out;
        }
        for (CitedTitle c : cited) {
            String key = c.getBaseKey();
            List<CanonicalTitle> best = new ArrayList<>();
            int bestDistance = Integer.MAX_VALUE;
            for (CanonicalTitle d : docs) {
                int dist = distance(key, d);
                if (dist < bestDistance) {
                    best.clear();
                    bestDistance = dist;
                }
                if (dist == bestDistance && dist != Integer.MAX_VALUE) {
                    best.add(d);
                }
            }
            if (!best.isEmpty()) {
                CitationMatch m = edition(c, best, bestDistance);
                if (m != null) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /** Among documents with the same name, the edition the citation means; null when it cannot be told. */
    private static CitationMatch edition(CitedTitle c, List<CanonicalTitle> same, int distance) {
        CanonicalTitle pick = null;
        boolean years = true;
        if (same.size() == 1) {
            pick = same.get(0);
            years = c.getYearFrom() == null
                    || Objects.equals(c.getYearFrom(), pick.getYearFrom()) && Objects.equals(c.getYearTo(), pick.getYearTo());
        } else if (c.getYearFrom() != null) {
            int closest = Integer.MAX_VALUE;
            for (CanonicalTitle d : same) {
                if (d.getYearFrom() == null) {
                    continue;
                }
                int gap = Math.abs(d.getYearFrom() - c.getYearFrom()) + Math.abs(d.getYearTo() - c.getYearTo());
                if (gap < closest) {
                    closest = gap;
                    pick = d;
                }
            }
            years = closest == 0;
        }
        if (pick == null) {
            return null; // an outline cited without its years: any edition could be meant
        }
        String lead = lead(c);
        return new CitationMatch(c, pick, distance, years, lead, REVISION.matcher(lead).find());
    }

    /** 0 for an accepted form; the edit distance for a near miss; MAX_VALUE for another document. */
    static int distance(String key, CanonicalTitle d) {
        int best = Integer.MAX_VALUE;
        for (String k : d.getKeys()) {
            if (k.equals(key)) {
                return 0;
            }
            int allowed = k.length() >= 16 ? 2 : k.length() >= 8 ? 1 : 0;
            if (allowed == 0 || key.contains(k) || subsequence(k, key) || !numerals(k).equals(numerals(key))) {
                continue; // a longer title built on this one (…实施意见, 某省…) is another document
            }
            int dist = Levenshtein.distance(key, k);
            if (dist <= allowed && dist < best) {
                best = dist;
            }
        }
        return best;
    }

    private static boolean subsequence(String small, String big) {
        int i = 0;
        for (int j = 0; j < big.length() && i < small.length(); j++) {
            if (big.charAt(j) == small.charAt(i)) {
                i++;
            }
        }
        return i == small.length() && big.length() > small.length();
    }

    private static String numerals(String s) {
        StringBuilder sb = new StringBuilder();
        var m = NUMERAL.matcher(s);
        while (m.find()) {
            sb.append(m.group());
        }
        return sb.toString();
    }

    private static String lead(CitedTitle c) {
        SourceText src = c.sourceText();
        int start = Math.max(src.lineStart(c.getLine()), c.getOffset() - LEAD);
        return src.folded().substring(start, c.getOffset());
    }
}

package reportcheck.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private static final String STATE = "中华人民共和国";
    private static final Pattern REVISION = Pattern.compile("(新修订|新修改|新修正|修订后|修改后|(?<![最创革更重])新)的?$");
    /** Numerals name different documents (修正案（十） and （十一）); a difference in them is never a slip. */
    private static final Pattern NUMERAL = Pattern.compile("[0-9〇零一二三四五六七八九十百]");

    private CitationMatcher() {
    }

    static List<CitationMatch> match(Index index, List<CitedTitle> cited) {
        List<CitationMatch> out = new ArrayList<>();
        List<CanonicalTitle> docs = index.docs;
        if (docs.isEmpty()) {
            return out;
        }
        for (CitedTitle c : cited) {
            String key = c.getBaseKey();
            // an accepted form is distance 0, the least there is: the documents holding it are the best
            List<CanonicalTitle> best = index.exact.get(key);
            int bestDistance = 0;
            if (best == null) {
                best = new ArrayList<>();
                bestDistance = Integer.MAX_VALUE;
                String a = stripState(key);
                String[] aNumerals = new String[1];
                for (int i = 0; i < docs.size(); i++) {
                    int dist = slip(a, aNumerals, index.stripped[i], index.numerals[i]);
                    if (dist < bestDistance) {
                        best.clear();
                        bestDistance = dist;
                    }
                    if (dist == bestDistance && dist != Integer.MAX_VALUE) {
                        best.add(docs.get(i));
                    }
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

    /**
     * The documents by accepted form, and each one's forms without 中华人民共和国 that are long
     * enough for a slip, made once for a run's documents rather than for every citation.
     */
    static final class Index {
        private final List<CanonicalTitle> docs;
        private final Map<String, List<CanonicalTitle>> exact = new HashMap<>();
        private final String[][] stripped;
        /** The numerals of each of those forms: a citation's are compared with them for every document. */
        private final String[][] numerals;

        Index(List<CanonicalTitle> docs) {
            this.docs = docs;
            stripped = new String[docs.size()][];
            numerals = new String[docs.size()][];
            for (int i = 0; i < docs.size(); i++) {
                CanonicalTitle d = docs.get(i);
                List<String> forms = new ArrayList<>();
                for (String k : d.getKeys()) {
                    List<CanonicalTitle> holding = exact.computeIfAbsent(k, x -> new ArrayList<>());
                    if (holding.isEmpty() || holding.get(holding.size() - 1) != d) {
                        holding.add(d);
                    }
                    String b = stripState(k);
                    if (b.length() >= 8) {
                        forms.add(b);
                    }
                }
                stripped[i] = forms.toArray(String[]::new);
                numerals[i] = forms.stream().map(CitationMatcher::numerals).toArray(String[]::new);
            }
        }
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

    /**
     * The distance of a name from a document: 0 for an accepted form; 1 or 2 for a slip of the
     * pen; MAX_VALUE for another document. A slip is one character changed, added or dropped, or
     * two dropped from a longer name (督察, 暂行). Names are compared without 中华人民共和国, so
     * that 刑法 is never a slip for 宪法, and must end with the same kind of document (规定 is
     * not 清单), hold the same numerals and not merely extend the name (某市…, …实施意见 are
     * documents of their own). Here only the slips are measured
     * ({@code a}, not an accepted form, against the document's {@code forms}, stripped and at
     * least 8 long, with their numerals in {@code formNumerals}; {@code aNumerals} holds a's numerals
     * once they are needed).
     */
    private static int slip(String a, String[] aNumerals, String[] forms, String[] formNumerals) {
        int best = Integer.MAX_VALUE;
        for (int k = 0; k < forms.length; k++) {
            String b = forms[k];
            // a slip is at most two edits, and lengths two apart are at least that many
            if (Math.abs(a.length() - b.length()) > 2 || !a.endsWith(b.substring(b.length() - 2)) || a.contains(b)
                    || subsequence(b, a)) {
                continue;
            }
            if (aNumerals[0] == null) {
                aNumerals[0] = numerals(a);
            }
            if (!aNumerals[0].equals(formNumerals[k])) {
                continue;
            }
            int dist = Levenshtein.distance(a, b, 2);
            if ((dist == 1 || dist == 2 && b.length() >= 10 && subsequence(a, b)) && dist < best) {
                best = dist;
            }
        }
        return best;
    }

    private static String stripState(String key) {
        return key.startsWith(STATE) ? key.substring(STATE.length()) : key;
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

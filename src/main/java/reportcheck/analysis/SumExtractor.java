package reportcheck.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import reportcheck.facts.Figure;
import reportcheck.facts.StatedSum;
import reportcheck.text.SourceText;

/**
 * Finds totals stated with their parts: a figure directly followed by 其中, then items each
 * ending in a figure of the same unit, separated by 、 ， 及 和. The list ends at the end of
 * the sentence or at the first item that is not a plain part. Anything unclear (a vague part,
 * a number followed by more words) drops the whole sum: a sum we are not sure of is no fact.
 */
final class SumExtractor {
    /** Item words that make a figure something other than a part of the total. */
    private static final Pattern NOT_A_PART = Pattern.compile(
            "同比|环比|增长|增加|减少|下降|上升|提升|提高|较上年|较去年|比上年|比去年|分别|各|均|占|其中|累计|合计|共计|总计");
    private static final Pattern REST = Pattern.compile("其他|其它|其余|剩余|余下");
    private static final Pattern TOTAL_WORDS = Pattern.compile("[,、]?(?:合计|共计|总计)[为是达]?");
    private static final String[] JOINERS = {"以及", "及", "和", "与", "、", ","};

    private SumExtractor() {
    }

    static List<StatedSum> extract(SourceText src, List<Figure> figures) {
        String f = src.folded();
        List<StatedSum> out = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            Figure total = figures.get(i);
            int k = skip(f, total.getEnd());
            if (!f.startsWith("其中", k) || !Measures.exact(f, total) || total.getValue() == 0
                    || NOT_A_PART.matcher(total.getQualifier()).find()) {
                continue;
            }
            StatedSum sum = parts(src, total, figures, i + 1, skip(f, k + 2));
            if (sum != null) {
                out.add(sum);
            }
        }
        for (int i = 1; i < figures.size(); i++) {
            StatedSum sum = summedBefore(src, figures, i);
            if (sum != null) {
                out.add(sum);
            }
        }
        return out;
    }

    /**
     * "行政处罚12件、行政许可8件，合计20件", "分别为3件、4件、5件，合计12件": the figures listed
     * right before 合计 are the whole of what it sums, so the list is exhaustive. Walks back from
     * the total over items joined by 、 , 和 及; an item whose words are not a plain label ends
     * the list, and a vague figure drops the sum.
     */
    private static StatedSum summedBefore(SourceText src, List<Figure> figures, int i) {
        String f = src.folded();
        Figure total = figures.get(i);
        Figure last = figures.get(i - 1);
        if (last.getLine() != total.getLine() || last.getEnd() > total.getNumberOffset()
                // only the words that give the total of what was just listed: "，合计" "、共计为"
                || !TOTAL_WORDS.matcher(f.substring(last.getEnd(), total.getNumberOffset()).strip()).matches()
                || !Measures.exact(f, total) || !Measures.sameUnit(total, last)) {
            return null;
        }
        List<Figure> parts = new ArrayList<>();
        parts.add(0, last);
        for (int j = i - 2; j >= 0; j--) {
            Figure p = figures.get(j);
            Figure next = parts.get(0);
            if (p.getLine() != total.getLine() || p.getEnd() > next.getNumberOffset() || !Measures.sameUnit(total, p)) {
                break;
            }
            String gap = f.substring(p.getEnd(), next.getNumberOffset());
            String joiner = joinerAt(f, p.getEnd());
            if (joiner == null) {
                break;
            }
            String label = gap.substring(joiner.length());
            if (label.chars().anyMatch(c -> Measures.isClauseEnd((char) c) || c == '、')
                    || NOT_A_PART.matcher(label).find()) {
                break;
            }
            parts.add(0, p);
        }
        for (Figure p : parts) {
            if (!Measures.exact(f, p)) {
                return null;
            }
        }
        if (parts.size() < 2) {
            return null;
        }
        return new StatedSum(src, parts.get(0).getOffset(), total.getEnd(), total, parts, true);
    }

    private static StatedSum parts(SourceText src, Figure total, List<Figure> figures, int from, int pos) {
        String f = src.folded();
        int lineEnd = src.lineEnd(total.getLine());
        List<Figure> parts = new ArrayList<>();
        boolean rest = false;
        for (int j = from; j < figures.size(); j++) {
            Figure p = figures.get(j);
            if (p.getLine() != total.getLine() || p.getNumberOffset() < pos) {
                break;
            }
            String label = f.substring(pos, p.getNumberOffset());
            if (label.chars().anyMatch(c -> Measures.isClauseEnd((char) c)) || NOT_A_PART.matcher(label).find()
                    || !Measures.sameUnit(total, p)) {
                break;
            }
            if (!Measures.exact(f, p)) {
                return null;
            }
            parts.add(p);
            rest |= REST.matcher(label).find();
            int after = p.getEnd();
            if (after >= lineEnd || Measures.isSentenceEnd(f.charAt(after))) {
                break;
            }
            String joiner = joinerAt(f, after);
            if (joiner == null) {
                // "60件刑事案件", "60件30人": the figure does not close an item, so this is no plain list
                return null;
            }
            pos = after + joiner.length();
        }
        return parts.isEmpty() ? null : new StatedSum(src, total, parts, rest && parts.size() > 1);
    }

    private static String joinerAt(String f, int at) {
        for (String j : JOINERS) {
            if (f.startsWith(j, at)) {
                return j;
            }
        }
        return null;
    }

    /** Skips white space and one , or : after a figure or after 其中. */
    private static int skip(String f, int at) {
        int i = at;
        while (i < f.length() && Character.isWhitespace(f.charAt(i))) {
            i++;
        }
        if (i < f.length() && (f.charAt(i) == ',' || f.charAt(i) == ':')) {
            i++;
        }
        while (i < f.length() && Character.isWhitespace(f.charAt(i))) {
            i++;
        }
        return i;
    }
}

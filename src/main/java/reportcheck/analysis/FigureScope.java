package reportcheck.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose figure it is. "城北街道调解纠纷386件" and "滨江街道调解纠纷352件" count the same thing for two
 * subjects; "主要负责人出庭应诉1件" is the leader's own share of the "负责人出庭应诉4件" the body gave.
 * The scope is the nearest unit named at the head of a clause of the same sentence (a place, an
 * office, an aggregate such as 全区 or 市本级), followed by a narrowing word of the figure's own
 * clause (其中, 带头, 本人, a leader); "" when the sentence names neither. Two figures compare as
 * one measure only when their scopes are equal.
 */
final class FigureScope {
    /** Words a clause may open with before its subject: "其中，", "2024年，", "全年". */
    private static final String LEAD_WORDS = "其中|另外|此外|同时|一是|二是|三是|四是|五是|(?:\\d{4}年)|全年|今年|当年|年内";
    /** Words that end a unit's name. */
    private static final String UNIT_WORDS = "街道办事处|街道|社区|镇|乡|村|县|区|市|州|盟|旗|省|分局|局|厅|委员会|委|办公室|法院|检察院"
            + "|司法所|派出所|监管所|中心|机构|法庭|大队|中队|支队|站|部门|本级";
    /**
     * A unit at the head of a clause: the shortest run of ideographs ending in a unit word. The
     * look-ahead keeps words that merely contain one (市场, 区域, 局面, 委员, 县级) out. It is tried
     * only where a clause starts (see {@link #of}): a search trying it at every character was the
     * costliest part of reading figures. Each list of words is guarded by a class of their first
     * characters, so that the words are compared one by one only where one may start.
     */
    private static final Pattern UNIT = Pattern.compile(reportcheck.text.HanClass.fast(
            "(?:" + firstOf(LEAD_WORDS) + "(?:" + LEAD_WORDS + "))*"
            + "(\\p{IsHan}{1,8}?" + firstOf(UNIT_WORDS) + "(?:" + UNIT_WORDS + "))"
            + "(?![场民容政级域别间内外面势限员托点位长务庄里界貌府属直管])"));
    /** Aggregates that are a scope by themselves wherever they stand. */
    private static final Pattern AGGREGATE = Pattern.compile("(全省|全市|全区|全县|全镇|全乡|全街道|全系统|全局|本级|市本级|区本级|县本级"
            + "|各县区|各区县|各县\\(市、区\\)|各区|各县|各乡镇|各镇|各街道|各社区|各单位|各部门)");
    /** The issuer speaking of itself (我局, 本厅): the same subject as a figure that names none. */
    private static final Pattern SELF = Pattern.compile("^[我本](局|厅|委|院|办|县|区|市|镇|乡|街道|单位|部门|系统)$");
    /**
     * Words that make a figure a part or one person's own count, not the whole ({@link #mayNarrowIn}
     * lists their first characters).
     */
    private static final Pattern NARROW = Pattern.compile("(其中|带头|本人|亲自|主要负责人|主要领导|一把手|领导干部|班子成员|领导班子)");

    /** How far back a subject is looked for: farther than any sentence that names one. */
    private static final int WINDOW = 160;

    private FigureScope() {
    }

    /** A look-ahead for the first characters of the words {@code a|b|…} (a leading \\d stands for a digit). */
    private static String firstOf(String words) {
        StringBuilder sb = new StringBuilder("(?=[");
        for (String w : words.split("\\|")) {
            String bare = w.replace("(?:", "");
            sb.append(bare.startsWith("\\d") ? "\\d" : bare.substring(0, 1));
        }
        return sb.append("])").toString();
    }

    /** The words of UNIT_WORDS, longest first within each first character as the alternation lists them. */
    private static final String[] UNITS = UNIT_WORDS.split("\\|");
    /** The first characters of the unit words. */
    private static final String UNIT_FIRST = firstChars(UNITS);

    private static String firstChars(String[] words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (sb.indexOf(w.substring(0, 1)) < 0) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    /** What a clause head follows. */
    private static boolean headAfter(char c) {
        return c == ',' || c == ';' || c == ':' || c == '。' || c == '!' || c == '?' || c == '、';
    }

    /** Whether [from, to) holds a first character of a narrowing word: else the search is spared. */
    private static boolean mayNarrowIn(char[] folded, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = folded[i];
            if (c == '其' || c == '带' || c == '本' || c == '亲' || c == '主' || c == '一' || c == '领' || c == '班') {
                return true;
            }
        }
        return false;
    }

    /** The first characters of the aggregates: the pattern is tried only where one stands. */
    private static boolean aggregateFirst(char c) {
        return c == '全' || c == '本' || c == '市' || c == '区' || c == '县' || c == '各';
    }

    /**
     * The scope of the figure whose number starts at {@code at}; {@code lineStart} bounds the
     * search to the paragraph, the sentence start to the sentence.
     */
    static String of(String folded, int lineStart, int at) {
        return new Scopes(folded, lineStart, folded.length()).of(at);
    }

    /**
     * The scopes of the figures of one paragraph. A sentence with many figures has its clause heads
     * looked at again for each of them; the match at each head is kept for the next figure. A match
     * is tried up to the paragraph's end, not the figure's: the result is the same for a figure after
     * it (matching stops at the first candidate that succeeds, and a nearer end only cuts off
     * candidates reaching past it), and one reaching past the figure is tried again up to it.
     */
    static final class Scopes {
        private final String folded;
        /** The characters of {@code folded}, read only. */
        private final char[] chars;
        private final int lineStart;
        private final int lineEnd;
        private final Matcher u;
        private final Matcher a;
        private final Matcher n;
        /** Per position of the paragraph: 0 not tried yet, -1 no match, else the match's end + 1. */
        private final int[] unitEnd;
        /** Per position: where the unit's name starts (after any lead words). */
        private final int[] unitStart;
        private final int[] aggregateEnd;

        /** Whether a head is first looked at for a unit word ahead ({@link #mayHoldUnit}); false only in tests. */
        private final boolean glance;

        Scopes(String folded, int lineStart, int lineEnd) {
            this(folded, lineStart, lineEnd, true);
        }

        Scopes(String folded, int lineStart, int lineEnd, boolean glance) {
            this.glance = glance;
            this.folded = folded;
            this.chars = reportcheck.text.TextChars.of(folded);
            this.lineStart = lineStart;
            this.lineEnd = lineEnd;
            u = UNIT.matcher(folded).useTransparentBounds(true).useAnchoringBounds(false);
            a = AGGREGATE.matcher(folded);
            n = NARROW.matcher(folded);
            unitEnd = new int[lineEnd - lineStart];
            unitStart = new int[lineEnd - lineStart];
            aggregateEnd = new int[lineEnd - lineStart];
        }

        /** The scope of the figure whose number starts at {@code at}, within this paragraph. */
        String of(int at) {
            // a bounded look-back: a hostile line of figures without a full stop stays linear
            int limit = Math.max(lineStart, at - WINDOW);
            int sentence = at;
            while (sentence > limit && !Measures.isSentenceEnd(chars[sentence - 1])) {
                sentence--;
            }
            int clause = at;
            while (clause > sentence && !Measures.isClauseEnd(chars[clause - 1])) {
                clause--;
            }
            boolean cut = sentence > lineStart && !Measures.isSentenceEnd(chars[sentence - 1]);
            String unit = "";
            int unitAt = -1;
            // the last unit at a clause head: the sentence start (where the window cut a sentence, its
            // first character is no clause head) or after a clause mark; a unit holds no clause mark,
            // so no head falls inside the one before
            for (int p = sentence; p < at; p++) {
                boolean head = p == sentence && !cut || p > 0 && headAfter(chars[p - 1]);
                if (head) {
                    int i = p - lineStart;
                    if (unitEnd[i] == 0) {
                        boolean found = (!glance || mayHoldUnit(p)) && u.region(p, lineEnd).lookingAt();
                        unitEnd[i] = found ? u.end() + 1 : -1;
                        unitStart[i] = found ? u.start(1) : -1;
                    }
                    int end = unitEnd[i] - 1;
                    int start = unitStart[i];
                    if (end > at) {
                        // the match kept runs past this figure: the one that ends before it, if any
                        boolean found = u.region(p, at).lookingAt();
                        end = found ? u.end() : -1;
                        start = found ? u.start(1) : -1;
                    }
                    if (end >= 0) {
                        unit = folded.substring(start, end);
                        unitAt = start;
                        p = end - 1;
                    }
                }
            }
            // an aggregate after it, wherever it stands, is the nearer scope; matches taken left to right
            // without overlap, as a search would
            for (int p = sentence; p < at; p++) {
                if (aggregateFirst(chars[p])) {
                    int i = p - lineStart;
                    if (aggregateEnd[i] == 0) {
                        aggregateEnd[i] = a.region(p, lineEnd).lookingAt() ? a.end() + 1 : -1;
                    }
                    int end = aggregateEnd[i] - 1;
                    if (end > at) {
                        end = a.region(p, at).lookingAt() ? a.end() : -1;
                    }
                    if (end >= 0) {
                        if (p >= unitAt) {
                            unit = folded.substring(p, end);
                            unitAt = p;
                        }
                        p = end - 1;
                    }
                }
            }
            if (!unit.isEmpty() && SELF.matcher(unit).matches()) {
                unit = "";
            }
            String narrow = "";
            if (mayNarrowIn(chars, clause, at)) {
                n.region(clause, at);
                while (n.find()) {
                    narrow = n.group(1);
                }
            }
            return narrow.isEmpty() ? unit : unit + "·" + narrow;
        }

        /**
         * Whether a unit's name may begin at {@code p}: the regex needs a unit word after at least one
         * character, and only ideographs (of any plane) and digits (the lead words, the name) before it. Most clause
         * heads have none within their clause, and this look costs a fraction of the regex's try,
         * which was most of the time spent on scopes.
         */
        private boolean mayHoldUnit(int p) {
            for (int q = p; q < lineEnd; q++) {
                char c = chars[q];
                if (q > p && UNIT_FIRST.indexOf(c) >= 0) {
                    for (String w : UNITS) {
                        if (folded.startsWith(w, q)) {
                            return true;
                        }
                    }
                }
                // a surrogate may be half of an ideograph beyond the first plane (𠮷), which the pattern's
                // \p{IsHan} takes whole
                if (!reportcheck.text.Han.is(c) && !Character.isSurrogate(c) && (c < '0' || c > '9')) {
                    return false;
                }
            }
            return false;
        }
    }
}

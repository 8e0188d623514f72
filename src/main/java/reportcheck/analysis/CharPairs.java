package reportcheck.analysis;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reportcheck.facts.PatternList;
import reportcheck.text.SourceText;

/**
 * A list of character pairs (each entry a traditional form and its simplified form, as in
 * rules/data/lists/traditional-chars.txt) as tables by character, made once for a run's list, and
 * the one pass over a report that the character rules need: each traditional form's first use and
 * the simplified forms used. Every character of every report is looked up, so the tables are
 * arrays, with no map look-up and no boxed character per character.
 */
public final class CharPairs {
    private static volatile CharPairs last;

    private final List<String> entries;
    /**
     * Per character: {@link #TRADITIONAL} when it is the traditional form of a pair, else
     * {@link #SIMPLIFIED} when it is the simplified form of one, else 0 (most characters of a
     * report, passed over with this one look-up).
     */
    private final byte[] kind = new byte[Character.MAX_VALUE + 1];
    private static final byte TRADITIONAL = 1;
    private static final byte SIMPLIFIED = 2;

    private CharPairs(List<String> entries) {
        this.entries = entries;
        // a form listed twice keeps its last partner, and only the partners kept count as simplified
        Map<Character, Character> pairs = new HashMap<>();
        for (String e : entries) {
            pairs.put(e.charAt(0), e.charAt(1));
        }
        pairs.values().forEach(c -> kind[c] = SIMPLIFIED);
        // a traditional form that is also another's simplified form counts as traditional first
        pairs.keySet().forEach(c -> kind[c] = TRADITIONAL);
    }

    private static CharPairs of(PatternList list) {
        CharPairs p = last;
        if (p == null || p.entries != list.getEntries()) {
            p = new CharPairs(list.getEntries());
            last = p;
        }
        return p;
    }

    /**
     * What a report uses of {@code list}: the first offset of each traditional form in the folded
     * text, in the order they first occur, and the simplified forms it holds. The two character
     * rules both ask for the same report in turn, so the last answer is kept per thread.
     */
    public static Uses uses(SourceText src, PatternList list) {
        Uses u = LAST.get();
        if (u != null && u.src == src && u.entries == list.getEntries()) {
            return u;
        }
        u = new Uses(src, list.getEntries(), of(list));
        LAST.set(u);
        return u;
    }

    private static final ThreadLocal<Uses> LAST = new ThreadLocal<>();

    /** One report's uses of a list of pairs. */
    public static final class Uses {
        private final SourceText src;
        private final List<String> entries;
        private final Map<Character, Integer> first = new LinkedHashMap<>();
        /** The simplified forms used, one bit each. */
        private final long[] used = new long[(Character.MAX_VALUE + 1) / 64];

        private Uses(SourceText src, List<String> entries, CharPairs p) {
            this.src = src;
            this.entries = entries;
            char[] f = reportcheck.text.FoldedSearch.foldedChars(src);
            byte[] kind = p.kind;
            // the traditional forms already taken, one bit each: a form's first use is taken once
            long[] seen = new long[used.length];
            for (int i = 0; i < f.length; i++) {
                char c = f[i];
                byte k = kind[c];
                if (k == SIMPLIFIED) {
                    used[c >>> 6] |= 1L << c;
                } else if (k == TRADITIONAL && (seen[c >>> 6] & 1L << c) == 0) {
                    seen[c >>> 6] |= 1L << c;
                    first.put(c, i);
                }
            }
        }

        /** The offset of the first use of traditional form {@code c}, or null when the report has none. */
        public Integer firstUse(char c) {
            return first.get(c);
        }

        /** Whether the report uses simplified form {@code c}. */
        public boolean usesSimplified(char c) {
            return (used[c >>> 6] & 1L << c) != 0;
        }

        /** The traditional forms the report uses, in the order of their first use. */
        public List<Character> traditionalForms() {
            return List.copyOf(first.keySet());
        }
    }
}

package reportcheck.analysis;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    /** Whether a character is the traditional form of a pair. */
    private final boolean[] traditional = new boolean[Character.MAX_VALUE + 1];
    /** Whether a character is the simplified form of a pair (a traditional form counts as that first). */
    private final boolean[] simplified = new boolean[Character.MAX_VALUE + 1];

    private CharPairs(List<String> entries) {
        this.entries = entries;
        // a form listed twice keeps its last partner, and only the partners kept count as simplified
        Map<Character, Character> pairs = new HashMap<>();
        for (String e : entries) {
            pairs.put(e.charAt(0), e.charAt(1));
        }
        pairs.values().forEach(c -> simplified[c] = true);
        pairs.keySet().forEach(c -> traditional[c] = true);
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
     * The first offset of each traditional form of {@code list} in the folded text, in the order
     * they first occur; adds to {@code usedSimplified} each simplified form the text uses.
     */
    public static Map<Character, Integer> firstUses(SourceText src, PatternList list, Set<Character> usedSimplified) {
        CharPairs p = of(list);
        char[] f = src.folded().toCharArray();
        Map<Character, Integer> first = new LinkedHashMap<>();
        // the characters already taken, one bit each: a form's first use is taken, a simplified form
        // counted, once
        long[] seen = new long[(Character.MAX_VALUE + 1) / 64];
        for (int i = 0; i < f.length; i++) {
            char c = f[i];
            if ((seen[c >>> 6] & 1L << c) != 0) {
                continue;
            }
            if (p.traditional[c]) {
                first.put(c, i);
                seen[c >>> 6] |= 1L << c;
            } else if (p.simplified[c]) {
                usedSimplified.add(c);
                seen[c >>> 6] |= 1L << c;
            }
        }
        return first;
    }
}

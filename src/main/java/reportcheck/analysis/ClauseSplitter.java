package reportcheck.analysis;

import java.util.List;
import reportcheck.facts.Clause;
import reportcheck.facts.Keys;
import reportcheck.text.SourceText;

/**
 * Splits a paragraph into sentences (at 。！？) and, where a sentence has more than one, clauses
 * (at ，；：). Ending punctuation is left out of the spans.
 */
final class ClauseSplitter {
    private ClauseSplitter() {
    }

    static void split(SourceText src, Line line, List<String> stockPhrases, List<Clause> out) {
        String f = src.folded();
        String paragraphKey = Keys.compact(line.folded());
        // a paragraph without white space is its own key, and so is each of its sentences and clauses
        boolean plain = paragraphKey == line.folded();
        // sentences and clauses lie within the paragraph: where it holds no stock phrase, none does;
        // where it holds some, a span holds one when one of their places lies within it
        int[] stock = stockPlaces(src, line, stockPhrases);
        int s = line.start();
        for (int i = line.start(); i <= line.end(); i++) {
            if (i == line.end() || isSentenceEnd(f.charAt(i))) {
                addSentence(src, s, i, stock, paragraphKey, plain, out);
                s = i + 1;
            }
        }
    }

    private static void addSentence(SourceText src, int start, int end, int[] stock, String paragraphKey,
            boolean plain, List<Clause> out) {
        int[] t = trim(src.folded(), start, end);
        if (t == null) {
            return;
        }
        String norm = src.folded().substring(t[0], t[1]);
        String sentenceKey = plain ? norm : Keys.compact(norm);
        boolean formula = formula(t[0], t[1], stock);
        out.add(new Clause(src, t[0], t[1], Clause.SENTENCE, formula, sentenceKey, paragraphKey, norm, sentenceKey));
        // nor does a clause of a sentence that holds none
        stock = formula ? stock : NONE;
        String f = src.folded();
        int i0 = t[0];
        while (i0 < t[1] && !isClauseEnd(f.charAt(i0))) {
            i0++;
        }
        if (i0 == t[1]) {
            return; // one clause: the sentence itself
        }
        int s = t[0];
        for (int i = t[0]; i <= t[1]; i++) {
            if (i == t[1] || isClauseEnd(f.charAt(i))) {
                int[] c = trim(f, s, i);
                if (c != null) {
                    String clause = f.substring(c[0], c[1]);
                    out.add(new Clause(src, c[0], c[1], Clause.CLAUSE, formula(c[0], c[1], stock), sentenceKey,
                            paragraphKey, clause, plain ? clause : null));
                }
                s = i + 1;
            }
        }
    }

    private static final int[] NONE = new int[0];

    /**
     * Where the stock phrases stand in the paragraph: start and end of each place, all of them. One
     * pass over the paragraph's characters, in which only a character that begins some phrase is
     * compared with the phrases, instead of a search of the paragraph per phrase.
     */
    private static int[] stockPlaces(SourceText src, Line line, List<String> stockPhrases) {
        Phrases phrases = Phrases.of(stockPhrases);
        if (phrases.empty) {
            return emptyPhrasePlaces(line);
        }
        char[] f = reportcheck.text.FoldedSearch.foldedChars(src);
        int[] places = NONE;
        int n = 0;
        for (int at = line.start(); at < line.end(); at++) {
            char c = f[at];
            if (!phrases.first[c]) {
                continue;
            }
            for (char[] p : phrases.chars) {
                if (p[0] == c && at + p.length <= line.end() && java.util.Arrays.equals(f, at, at + p.length, p, 0, p.length)) {
                    if (n == places.length) {
                        places = java.util.Arrays.copyOf(places, Math.max(8, n * 2));
                    }
                    places[n++] = at;
                    places[n++] = at + p.length;
                }
            }
        }
        return n == places.length ? places : java.util.Arrays.copyOf(places, n);
    }

    /** A run's list of stock phrases as characters, with a table of their first characters; made once per list. */
    private static final class Phrases {
        private static volatile Phrases last;
        private final List<String> list;
        private final char[][] chars;
        private final boolean[] first = new boolean[Character.MAX_VALUE + 1];
        private final boolean empty;

        private Phrases(List<String> list) {
            this.list = list;
            this.chars = list.stream().map(String::toCharArray).toArray(char[][]::new);
            boolean none = false;
            for (char[] p : chars) {
                if (p.length == 0) {
                    none = true;
                } else {
                    first[p[0]] = true;
                }
            }
            this.empty = none;
        }

        static Phrases of(List<String> list) {
            Phrases p = last;
            if (p == null || p.list != list) {
                p = new Phrases(list);
                last = p;
            }
            return p;
        }
    }

    /** An empty phrase stands everywhere: at each position of the paragraph and at its end. */
    private static int[] emptyPhrasePlaces(Line line) {
        int[] places = new int[2 * (line.end() - line.start() + 1)];
        for (int k = 0; k < places.length; k += 2) {
            places[k] = line.start() + k / 2;
            places[k + 1] = places[k];
        }
        return places;
    }

    /** Whether the span [s, e) holds a stock phrase: one of its places lies wholly within. */
    private static boolean formula(int s, int e, int[] stock) {
        for (int k = 0; k < stock.length; k += 2) {
            if (stock[k] >= s && stock[k + 1] <= e) {
                return true;
            }
        }
        return false;
    }

    private static int[] trim(String f, int s, int e) {
        while (s < e && Character.isWhitespace(f.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(f.charAt(e - 1))) {
            e--;
        }
        return s < e ? new int[] {s, e} : null;
    }

    static boolean isSentenceEnd(char c) {
        return c == '。' || c == '!' || c == '?' || c == '…';
    }

    static boolean isClauseEnd(char c) {
        return c == ',' || c == ';' || c == ':';
    }
}

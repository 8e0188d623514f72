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
        String paragraphKey = Keys.compact(f.substring(line.start(), line.end()));
        // sentences and clauses lie within the paragraph: where it holds no stock phrase, none does
        List<String> stock = formula(src, line.start(), line.end(), stockPhrases) ? stockPhrases : List.of();
        int s = line.start();
        for (int i = line.start(); i <= line.end(); i++) {
            if (i == line.end() || isSentenceEnd(f.charAt(i))) {
                addSentence(src, s, i, stock, paragraphKey, out);
                s = i + 1;
            }
        }
    }

    private static void addSentence(SourceText src, int start, int end, List<String> stock, String paragraphKey,
            List<Clause> out) {
        int[] t = trim(src.folded(), start, end);
        if (t == null) {
            return;
        }
        String sentenceKey = Keys.compact(src.folded().substring(t[0], t[1]));
        boolean formula = formula(src, t[0], t[1], stock);
        out.add(new Clause(src, t[0], t[1], Clause.SENTENCE, formula, sentenceKey, paragraphKey));
        // nor does a clause of a sentence that holds none
        stock = formula ? stock : List.of();
        String f = src.folded();
        int parts = 0;
        for (int i = t[0]; i < t[1]; i++) {
            if (isClauseEnd(f.charAt(i))) {
                parts++;
            }
        }
        if (parts == 0) {
            return;
        }
        int s = t[0];
        for (int i = t[0]; i <= t[1]; i++) {
            if (i == t[1] || isClauseEnd(f.charAt(i))) {
                int[] c = trim(f, s, i);
                if (c != null) {
                    out.add(new Clause(src, c[0], c[1], Clause.CLAUSE, formula(src, c[0], c[1], stock), sentenceKey,
                            paragraphKey));
                }
                s = i + 1;
            }
        }
    }

    private static boolean formula(SourceText src, int s, int e, List<String> stock) {
        if (stock.isEmpty()) {
            return false;
        }
        String text = src.folded().substring(s, e);
        for (String p : stock) {
            if (text.contains(p)) {
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

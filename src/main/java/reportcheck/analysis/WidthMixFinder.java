package reportcheck.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import reportcheck.facts.MixedWidth;
import reportcheck.facts.Paragraph;
import reportcheck.facts.Roles;
import reportcheck.text.SourceText;

/**
 * Counts, in the original text, the full-width and half-width forms of each mark where it
 * punctuates Chinese (next to an ideograph or a Chinese closing quote), and reports the marks
 * used both ways. Half-width marks between Latin letters or digits ("22,808", "10:30") are not
 * Chinese punctuation and are not counted.
 */
final class WidthMixFinder {
    private static final String[][] MARKS = {
        {"逗号", "，", ","}, {"分号", "；", ";"}, {"冒号", "：", ":"}, {"问号", "？", "?"}, {"叹号", "！", "!"},
        {"括号", "（）", "()"},
    };
    private static final Set<String> TEXT_ROLES = Set.of(Roles.TITLE, Roles.HEADING, Roles.BODY, Roles.CLOSING);
    private static final int CONTEXT = 4;
    /** The half-width forms of {@link #MARKS}; their full-width forms are all at U+FF00 and above. */
    private static final String ASCII_MARKS = ",;:?!()";

    private WidthMixFinder() {
    }

    static List<MixedWidth> find(List<Paragraph> paragraphs) {
        List<MixedWidth> out = new ArrayList<>();
        if (paragraphs.isEmpty()) {
            return out;
        }
        SourceText src = paragraphs.get(0).sourceText();
        String o = src.original();
        // one pass over the text for all marks; counts and first places are as six passes would find
        int[][] counts = new int[MARKS.length][2];
        int[][] firsts = new int[MARKS.length][];
        for (int k = 0; k < MARKS.length; k++) {
            firsts[k] = new int[] {-1, -1};
        }
        for (Paragraph p : paragraphs) {
            if (!TEXT_ROLES.contains(p.getRole())) {
                continue;
            }
            for (int i = p.getOffset(); i < p.getEnd(); i++) {
                char c = o.charAt(i);
                if (c < 0x80 ? ASCII_MARKS.indexOf(c) < 0 : c < 0xFF00) {
                    continue; // neither a half-width mark nor a full-width form
                }
                for (int k = 0; k < MARKS.length; k++) {
                    String[] mark = MARKS[k];
                    int form = mark[1].indexOf(c) >= 0 ? 0 : mark[2].indexOf(c) >= 0 ? 1 : -1;
                    if (form >= 0 && chinese(o, i, p)) {
                        counts[k][form]++;
                        if (firsts[k][form] < 0) {
                            firsts[k][form] = i;
                        }
                    }
                }
            }
        }
        for (int k = 0; k < MARKS.length; k++) {
            String[] mark = MARKS[k];
            int[] count = counts[k];
            int[] first = firsts[k];
            if (count[0] > 0 && count[1] > 0) {
                int minor = count[0] < count[1] || (count[0] == count[1] && first[0] > first[1]) ? 0 : 1;
                int at = first[minor];
                int start = at;
                int lineStart = src.lineStart(src.lineOf(at));
                while (start > lineStart && at - start < CONTEXT && isHan(o.charAt(start - 1))) {
                    start--;
                }
                out.add(new MixedWidth(src, start, at + 1, mark[0], String.valueOf(o.charAt(at)),
                        minor == 0 ? mark[2] : mark[1], count[minor], count[1 - minor], mark[1]));
            }
        }
        return out;
    }

    /** Whether the mark at {@code i} punctuates Chinese: an ideograph or Chinese quote on either side. */
    private static boolean chinese(String o, int i, Paragraph p) {
        boolean before = i > p.getOffset() && (isHan(o.charAt(i - 1)) || "”’》」』〉】".indexOf(o.charAt(i - 1)) >= 0);
        boolean after = i + 1 < p.getEnd() && (isHan(o.charAt(i + 1)) || "“‘《「『〈【".indexOf(o.charAt(i + 1)) >= 0);
        return before || after;
    }

    private static boolean isHan(char c) {
        return reportcheck.text.Han.is(c);
    }
}

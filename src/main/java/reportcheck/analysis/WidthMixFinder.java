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

    private WidthMixFinder() {
    }

    static List<MixedWidth> find(List<Paragraph> paragraphs) {
        List<MixedWidth> out = new ArrayList<>();
        if (paragraphs.isEmpty()) {
            return out;
        }
        SourceText src = paragraphs.get(0).sourceText();
        String o = src.original();
        for (String[] mark : MARKS) {
            int[] count = new int[2];
            int[] first = {-1, -1};
            for (Paragraph p : paragraphs) {
                if (!TEXT_ROLES.contains(p.getRole())) {
                    continue;
                }
                for (int i = p.getOffset(); i < p.getEnd(); i++) {
                    int form = mark[1].indexOf(o.charAt(i)) >= 0 ? 0 : mark[2].indexOf(o.charAt(i)) >= 0 ? 1 : -1;
                    if (form >= 0 && chinese(o, i, p)) {
                        count[form]++;
                        if (first[form] < 0) {
                            first[form] = i;
                        }
                    }
                }
            }
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

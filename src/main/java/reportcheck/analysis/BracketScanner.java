package reportcheck.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import reportcheck.facts.BracketMark;
import reportcheck.facts.Paragraph;
import reportcheck.facts.Roles;
import reportcheck.text.Normalizer;
import reportcheck.text.SourceText;

/**
 * Pairs the brackets of each paragraph (on folded text, so （ and ( pair alike) and records the
 * ones left over, and 《…》 titles opened inside another 《…》. Quotation marks are left alone: a
 * quotation running over several paragraphs opens each of them and closes only the last.
 */
final class BracketScanner {
    private static final Map<Character, Character> PAIRS = Map.of('《', '》', '〈', '〉', '(', ')', '[', ']', '【', '】',
            '〔', '〕');
    private static final Map<Character, Character> OPENERS = Map.of('》', '《', '〉', '〈', ')', '(', ']', '[', '】', '【',
            '〕', '〔');
    /** "1)" "一)" "a)": a list ordinal closed by a bracket alone, at the start of an item. */
    private static final Pattern ORDINAL = Pattern.compile("(^|[:;,。、\\s])([0-9]{1,2}|[一二三四五六七八九十]{1,3}|[a-zA-Z])$");
    private static final Map<String, String> WIDE = Map.of("(", "（", ")", "）", "[", "［", "]", "］");
    private static final String PHRASE_END = "。;,!?、";
    private static final int QUOTE = 20;

    private record Open(char c, int at, boolean inTitle) {
    }

    private BracketScanner() {
    }

    static List<BracketMark> scan(List<Paragraph> paragraphs) {
        List<BracketMark> out = new ArrayList<>();
        BracketMark carried = null;
        for (Paragraph p : paragraphs) {
            if (Roles.RESIDUE.equals(p.getRole())) {
                carried = null;
                continue;
            }
            List<BracketMark> marks = new ArrayList<>();
            scan(p, marks);
            // a line broken inside a bracket (text copied from a PDF): the close on the next line pairs up
            BracketMark firstUnopened = marks.stream().filter(m -> BracketMark.UNOPENED.equals(m.getKind()))
                    .findFirst().orElse(null);
            if (carried != null && firstUnopened != null
                    && firstUnopened.getPartner().charAt(0) == fold(carried.getMark())) {
                out.remove(carried);
                marks.remove(firstUnopened);
            }
            out.addAll(marks);
            carried = lastOpen(p, marks);
        }
        return out;
    }

    private static char fold(String mark) {
        return Normalizer.fold(mark).charAt(0);
    }

    /** The paragraph's one unclosed bracket, if it ends mid-sentence and has no other. */
    private static BracketMark lastOpen(Paragraph p, List<BracketMark> marks) {
        List<BracketMark> open = marks.stream().filter(m -> BracketMark.UNCLOSED.equals(m.getKind())).toList();
        String t = p.getNorm();
        boolean midSentence = !t.isEmpty() && "。!?".indexOf(t.charAt(t.length() - 1)) < 0;
        return open.size() == 1 && midSentence ? open.get(0) : null;
    }

    private static void scan(Paragraph p, List<BracketMark> out) {
        SourceText src = p.sourceText();
        String f = src.folded();
        Deque<Open> stack = new ArrayDeque<>();
        for (int i = p.getOffset(); i < p.getEnd(); i++) {
            char c = f.charAt(i);
            if (!isBracket(c)) {
                continue; // most characters: spared two map look-ups with a boxed character
            }
            if (PAIRS.containsKey(c)) {
                boolean inTitle = c == '《' && stack.stream().anyMatch(o -> o.c() == '《');
                stack.push(new Open(c, i, inTitle));
            } else if (OPENERS.containsKey(c)) {
                char opener = OPENERS.get(c);
                if (stack.stream().noneMatch(o -> o.c() == opener)) {
                    if (!(c == ')' && ORDINAL.matcher(f.substring(p.getOffset(), i)).find())) {
                        out.add(mark(src, p, i, BracketMark.UNOPENED, String.valueOf(opener)));
                    }
                    continue;
                }
                while (stack.peek().c() != opener) {
                    Open o = stack.pop();
                    out.add(mark(src, p, o.at(), BracketMark.UNCLOSED, String.valueOf(PAIRS.get(o.c()))));
                }
                Open o = stack.pop();
                if (o.inTitle()) {
                    out.add(new BracketMark(src, o.at(), i + 1, BracketMark.NESTED_TITLE, "《", "〈"));
                }
            }
        }
        while (!stack.isEmpty()) {
            Open o = stack.pop();
            out.add(mark(src, p, o.at(), BracketMark.UNCLOSED, String.valueOf(PAIRS.get(o.c()))));
        }
    }

    /** Whether {@code c} is one of the brackets of PAIRS and OPENERS. */
    private static boolean isBracket(char c) {
        return switch (c) {
            case '《', '》', '〈', '〉', '(', ')', '[', ']', '【', '】', '〔', '〕' -> true;
            default -> false;
        };
    }

    /** The bracket with its phrase: what follows an opening one, what precedes a closing one. */
    private static BracketMark mark(SourceText src, Paragraph p, int at, String kind, String partner) {
        String f = src.folded();
        int s = at;
        int e = at + 1;
        if (BracketMark.UNCLOSED.equals(kind)) {
            while (e < p.getEnd() && e - at < QUOTE && PHRASE_END.indexOf(f.charAt(e)) < 0) {
                e++;
            }
        } else {
            while (s > p.getOffset() && at - s < QUOTE && PHRASE_END.indexOf(f.charAt(s - 1)) < 0) {
                s--;
            }
        }
        String mark = src.original().substring(at, at + 1);
        // quote the partner in the width the report uses: （ pairs with ）, ( with )
        boolean wide = mark.charAt(0) != f.charAt(at);
        return new BracketMark(src, s, e, kind, mark, wide ? WIDE.getOrDefault(partner, partner) : partner);
    }
}

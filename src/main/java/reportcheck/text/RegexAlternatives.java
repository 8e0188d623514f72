package reportcheck.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The top-level alternatives of a regex ({@code a|^b|c} gives {@code a}, {@code ^b}, {@code c}), so a
 * long alternation can be tried in parts: those anchored at the start once, the others by a
 * search. A pattern this reading is not sure of comes back whole: quoting ({@code \Q…\E}), or
 * flags set outside any group ({@code (?i)}), which hold for every alternative after them.
 */
public final class RegexAlternatives {
    private RegexAlternatives() {
    }

    public static List<String> of(String regex) {
        try {
            return new Splitter(regex).split();
        } catch (RuntimeException e) {
            return List.of(regex);
        }
    }

    /** Reads the pattern once, passing over escapes and classes as the other readers do ({@link RegexCursor}). */
    private static final class Splitter extends RegexCursor {
        Splitter(String pattern) {
            super(pattern);
        }

        List<String> split() {
            List<String> out = new ArrayList<>();
            int depth = 0;
            int start = 0;
            while (i < p.length()) {
                char c = p.charAt(i);
                if (c == '\\') {
                    if (p.startsWith("\\Q", i)) {
                        throw new IllegalArgumentException("quoting is not read");
                    }
                    i += 2;
                } else if (c == '[') {
                    skipClass();
                } else if (c == '(') {
                    if (depth == 0 && setsFlags(i)) {
                        throw new IllegalArgumentException("flags set for the rest of the pattern");
                    }
                    depth++;
                    i++;
                } else if (c == ')') {
                    depth--;
                    i++;
                } else if (c == '|' && depth == 0) {
                    out.add(p.substring(start, i));
                    start = ++i;
                } else {
                    i++;
                }
            }
            if (depth != 0) {
                throw new IllegalArgumentException("unbalanced groups");
            }
            out.add(p.substring(start));
            return out;
        }

        /** Whether the parenthesis at {@code at} opens a flag setting without a group of its own: (?i), (?-x). */
        private boolean setsFlags(int at) {
            if (!p.startsWith("(?", at)) {
                return false;
            }
            int k = at + 2;
            while (k < p.length() && (Character.isLetter(p.charAt(k)) || p.charAt(k) == '-')) {
                k++;
            }
            return k > at + 2 && k < p.length() && p.charAt(k) == ')';
        }
    }
}

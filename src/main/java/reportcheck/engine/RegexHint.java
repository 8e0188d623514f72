package reportcheck.engine;

import java.util.BitSet;

/**
 * Characters of which every match of a regex must contain at least one, worked out from the
 * pattern's text, so {@link Spans} can skip a paragraph holding none of them without running
 * the regex (most rules look for marks, like "XX" or "【", that most paragraphs lack).
 *
 * <p>Conservative by construction: anything the analysis does not fully understand (flags,
 * escapes such as \s or \p{..}, negated or large classes, back references) counts as "could be
 * any character", and a pattern that can match without consuming a known character gets no
 * hint at all. A hint may make a search cheaper, never different.
 */
final class RegexHint {
    /** Largest character class enumerated; a wider one is treated as any character. */
    private static final int MAX_CLASS = 64;

    private final String p;
    private int i;

    private RegexHint(String pattern) {
        this.p = pattern;
    }

    /** The required characters, or null when there are none to rely on. */
    static BitSet of(String regex) {
        try {
            RegexHint h = new RegexHint(regex);
            BitSet r = h.alternation();
            return h.i == regex.length() ? r : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A lookup table of the required characters, for {@link #mayMatch}. */
    static boolean[] table(BitSet required) {
        boolean[] t = new boolean[Character.MAX_VALUE + 1];
        required.stream().forEach(c -> t[c] = true);
        return t;
    }

    /** Whether {@code text[from, to)} holds one of the {@code required} characters. */
    static boolean mayMatch(boolean[] required, String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (required[text.charAt(k)]) {
                return true;
            }
        }
        return false;
    }

    // Each method returns the set a match of its part must touch, or null for "nothing certain".

    private BitSet alternation() {
        BitSet union = new BitSet();
        boolean certain = true;
        while (true) {
            BitSet branch = sequence();
            if (branch == null) {
                certain = false;
            } else {
                union.or(branch);
            }
            if (i < p.length() && p.charAt(i) == '|') {
                i++;
                continue;
            }
            return certain ? union : null;
        }
    }

    private BitSet sequence() {
        BitSet best = null;
        while (i < p.length() && p.charAt(i) != '|' && p.charAt(i) != ')') {
            BitSet atom = quantified();
            if (atom != null && (best == null || weight(atom) < weight(best))) {
                best = atom;
            }
        }
        return best;
    }

    /**
     * How often a set's characters may be expected in a report, roughly: ideographs are the bulk
     * of the text, white space and marks are rare. Any required set is correct; the lightest
     * lets the most paragraphs skip the regex.
     */
    private static int weight(BitSet set) {
        int w = 0;
        for (int c = set.nextSetBit(0); c >= 0; c = set.nextSetBit(c + 1)) {
            w += Character.isIdeographic(c) ? 10 : Character.isLetterOrDigit(c) ? 5 : 1;
        }
        return w;
    }

    private BitSet quantified() {
        BitSet atom = atom();
        if (i >= p.length()) {
            return atom;
        }
        char c = p.charAt(i);
        int min = 1;
        if (c == '?' || c == '*') {
            min = 0;
            i++;
        } else if (c == '+') {
            i++;
        } else if (c == '{') {
            int close = p.indexOf('}', i);
            String[] bounds = p.substring(i + 1, close).split(",", -1);
            min = Integer.parseInt(bounds[0].strip());
            i = close + 1;
        } else {
            return atom;
        }
        if (i < p.length() && (p.charAt(i) == '?' || p.charAt(i) == '+')) {
            i++;
        }
        return min == 0 ? null : atom;
    }

    private BitSet atom() {
        char c = p.charAt(i);
        switch (c) {
            case '(' -> {
                return group();
            }
            case '[' -> {
                return charClass();
            }
            case '\\' -> {
                return escape();
            }
            case '.', '^', '$' -> {
                i++;
                return null;
            }
            case '*', '+', '?', '{' -> throw new IllegalArgumentException("dangling quantifier");
            default -> {
                i++;
                return single(c);
            }
        }
    }

    private BitSet group() {
        i++;
        boolean consuming = true;
        if (p.startsWith("?:", i)) {
            i += 2;
        } else if (p.startsWith("?=", i) || p.startsWith("?!", i)) {
            i += 2;
            consuming = false;
        } else if (p.startsWith("?<=", i) || p.startsWith("?<!", i)) {
            i += 3;
            consuming = false;
        } else if (p.startsWith("?<", i)) {
            i = p.indexOf('>', i) + 1;
        } else if (i < p.length() && p.charAt(i) == '?') {
            throw new IllegalArgumentException("flags or other group kinds are not analysed");
        }
        BitSet inner = alternation();
        if (i >= p.length() || p.charAt(i) != ')') {
            throw new IllegalArgumentException("unclosed group");
        }
        i++;
        return consuming ? inner : null;
    }

    private BitSet charClass() {
        i++;
        if (p.charAt(i) == '^' || p.charAt(i) == ']') {
            throw new IllegalArgumentException("negated class, or a class opening with ]");
        }
        BitSet set = new BitSet();
        boolean unknown = false;
        while (p.charAt(i) != ']') {
            char c = p.charAt(i);
            if (c == '[' || c == '&') {
                throw new IllegalArgumentException("nested class or intersection");
            }
            if (c == '\\') {
                Character lit = escaped(p.charAt(i + 1));
                skipEscape();
                if (lit == null) {
                    unknown = true;
                    continue;
                }
                c = lit;
            } else {
                i++;
            }
            if (p.charAt(i) == '-' && p.charAt(i + 1) != ']') {
                char to = p.charAt(i + 1);
                if (to == '\\' || to == '[') {
                    throw new IllegalArgumentException("escaped range end");
                }
                i += 2;
                if (to - c + 1 > MAX_CLASS) {
                    unknown = true;
                    continue;
                }
                set.set(c, to + 1);
            } else {
                set.set(c);
            }
        }
        i++;
        return unknown || set.cardinality() > MAX_CLASS ? null : set;
    }

    private BitSet escape() {
        Character lit = escaped(p.charAt(i + 1));
        skipEscape();
        return lit == null ? null : single(lit);
    }

    /**
     * The character an escape stands for, or null for a class or an assertion (\s, \p{..}, \b).
     * Escapes that would need more parsing (u and x escapes, octal, back references, quoting) stop the
     * analysis.
     */
    private static Character escaped(char c) {
        if (!Character.isLetterOrDigit(c)) {
            return c;
        }
        return switch (c) {
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 'f' -> '\f';
            case 's', 'S', 'd', 'D', 'w', 'W', 'h', 'H', 'v', 'V', 'R', 'X', 'b', 'B', 'A', 'G', 'Z', 'z', 'p', 'P'
                    -> null;
            default -> throw new IllegalArgumentException("escape \\" + c + " is not analysed");
        };
    }

    /** Moves past an escape, including the {..} or single letter of \p and \P. */
    private void skipEscape() {
        char c = p.charAt(i + 1);
        i += 2;
        if (c == 'p' || c == 'P') {
            i = p.charAt(i) == '{' ? p.indexOf('}', i) + 1 : i + 1;
            if (i == 0) {
                throw new IllegalArgumentException("unclosed \\p{");
            }
        }
    }

    private static BitSet single(char c) {
        BitSet b = new BitSet();
        b.set(c);
        return b;
    }
}

package reportcheck.text;

/**
 * The characters a match of a regex can begin with, worked out from the pattern's text, so
 * {@link reportcheck.engine.Spans} can try the regex only where one of them stands instead of at every position of a
 * paragraph. Most rules' patterns open with look-behinds or long alternations ("(?<!截至)目前",
 * "(?:尊法|学法…)"), which the regex engine evaluates at every position before it sees that the
 * character there cannot begin a match.
 *
 * <p>Conservative by construction: a pattern that can match the empty string, or whose opening
 * the analysis does not fully understand (., \p{..}, flags, back references, nested classes),
 * gets none, and is searched as before.
 */
public final class StartChars {
    /** One bit per UTF-16 unit. */
    private final long[] bits;

    private StartChars(long[] bits) {
        this.bits = bits;
    }

    /** The start characters of {@code regex}, or null when a match may begin with anything or be empty. */
    public static StartChars of(String regex) {
        if (RegexCursor.holdsSupplementary(regex)) {
            return null;
        }
        try {
            Parser p = new Parser(regex);
            First f = p.alternation();
            if (p.i != regex.length() || f.nullable || f.unknown) {
                return null;
            }
            return new StartChars(f.set);
        } catch (RuntimeException e) {
            return null;
        }
    }

    public boolean canStart(char c) {
        return (bits[c >>> 6] & (1L << c)) != 0;
    }

    /** What a part of the pattern can begin with, whether it can be empty, and whether the analysis gave up. */
    private record First(long[] set, boolean nullable, boolean unknown) {
        static First empty() {
            return new First(new long[1024], true, false);
        }

        static First unknownOne() {
            return new First(new long[1024], false, true);
        }

        static First of(long[] set) {
            return new First(set, false, false);
        }
    }

    private static long[] single(char c) {
        long[] s = new long[1024];
        add(s, c);
        return s;
    }

    private static void add(long[] s, char c) {
        s[c >>> 6] |= 1L << c;
    }

    private static void range(long[] s, char from, char to) {
        for (int c = from; c <= to; c++) {
            add(s, (char) c);
        }
    }

    private static void or(long[] into, long[] from) {
        for (int k = 0; k < into.length; k++) {
            into[k] |= from[k];
        }
    }

    /** Recursive descent over the pattern; each method returns what its part can begin with. */
    private static final class Parser extends RegexCursor {
        Parser(String pattern) {
            super(pattern);
        }

        /** A match of an alternation begins as one of its branches does. */
        First alternation() {
            long[] set = new long[1024];
            boolean nullable = false;
            boolean unknown = false;
            while (true) {
                First b = sequence();
                or(set, b.set);
                nullable |= b.nullable;
                unknown |= b.unknown;
                if (i < p.length() && p.charAt(i) == '|') {
                    i++;
                    continue;
                }
                return new First(set, nullable, unknown);
            }
        }

        /** A sequence begins as its parts do, up to and including the first that cannot be empty. */
        First sequence() {
            long[] set = new long[1024];
            boolean open = true;
            boolean unknown = false;
            while (i < p.length() && p.charAt(i) != '|' && p.charAt(i) != ')') {
                First a = atom();
                if (quantifier() == 0) {
                    a = new First(a.set, true, a.unknown);
                }
                if (open) {
                    or(set, a.set);
                    unknown |= a.unknown;
                    open = a.nullable;
                }
            }
            return new First(set, open, unknown);
        }

        First atom() {
            char c = p.charAt(i);
            switch (c) {
                case '(' -> {
                    return group();
                }
                case '[' -> {
                    long[] s = charClass();
                    return s == null ? First.unknownOne() : First.of(s);
                }
                case '\\' -> {
                    return escape();
                }
                case '^', '$' -> {
                    i++;
                    return First.empty();
                }
                case '.' -> {
                    i++;
                    return First.unknownOne();
                }
                case '*', '+', '?', '{' -> throw new IllegalArgumentException("dangling quantifier");
                default -> {
                    i++;
                    return First.of(single(c));
                }
            }
        }

        /** A look-around consumes nothing, whatever it looks for; any other group begins as its content. */
        First group() {
            // a look-around matches no text: what it holds is not where a match begins
            RegexCursor.GroupKind kind = openGroup();
            boolean look = kind != RegexCursor.GroupKind.PLAIN && kind != RegexCursor.GroupKind.ATOMIC;
            First inner = alternation();
            closeGroup();
            return look ? First.empty() : inner;
        }

        /** An escape outside a class: a character, a known class, an assertion, or something not analysed. */
        First escape() {
            char e = p.charAt(i + 1);
            switch (e) {
                case 'b', 'B', 'A', 'z', 'Z' -> {
                    i += 2;
                    return First.empty();
                }
                case 'p', 'P', 'S', 'D', 'W', 'H', 'V', 'h', 'v', 'R', 'X' -> {
                    skipProperty();
                    return First.unknownOne();
                }
                default -> {
                    long[] s = new long[1024];
                    if (!escapeInto(s)) {
                        throw new IllegalArgumentException("escape \\" + e + " is not analysed");
                    }
                    return First.of(s);
                }
            }
        }

        /** Adds the characters of a character escape or a known class escape to {@code s}; false if not one. */
        boolean escapeInto(long[] s) {
            char e = p.charAt(i + 1);
            if (!Character.isLetterOrDigit(e)) {
                i += 2;
                add(s, e);
                return true;
            }
            switch (e) {
                case 't' -> add(s, '\t');
                case 'n' -> add(s, '\n');
                case 'r' -> add(s, '\r');
                case 'f' -> add(s, '\f');
                case 'a' -> add(s, '\u0007');
                case 'e' -> add(s, '\u001B');
                case 'd' -> range(s, '0', '9');
                case 's' -> {
                    // Java's \s without UNICODE_CHARACTER_CLASS
                    for (char c : new char[] {' ', '\t', '\n', '\u000B', '\f', '\r'}) {
                        add(s, c);
                    }
                }
                case 'w' -> {
                    range(s, 'a', 'z');
                    range(s, 'A', 'Z');
                    range(s, '0', '9');
                    add(s, '_');
                }
                case 'x' -> {
                    int cp;
                    if (p.charAt(i + 2) == '{') {
                        int close = p.indexOf('}', i);
                        cp = Integer.parseInt(p.substring(i + 3, close), 16);
                        i = close + 1;
                    } else {
                        cp = Integer.parseInt(p.substring(i + 2, i + 4), 16);
                        i += 4;
                    }
                    if (cp > 0xFFFF) {
                        return false;
                    }
                    add(s, (char) cp);
                    return true;
                }
                case 'u' -> {
                    add(s, (char) Integer.parseInt(p.substring(i + 2, i + 6), 16));
                    i += 6;
                    return true;
                }
                default -> {
                    return false;
                }
            }
            i += 2;
            return true;
        }

        /** Moves past \p{..}, \P{..}, \pL or a one-letter class escape. */
        void skipProperty() {
            char c = p.charAt(i + 1);
            i += 2;
            if (c == 'p' || c == 'P') {
                i = p.charAt(i) == '{' ? p.indexOf('}', i) + 1 : i + 1;
                if (i == 0) {
                    throw new IllegalArgumentException("unclosed \\p{");
                }
            }
        }

        /** The characters of a class (a negated one as its complement), or null when not analysed. */
        long[] charClass() {
            i++;
            boolean negated = p.charAt(i) == '^';
            if (negated) {
                i++;
            }
            if (p.charAt(i) == ']') {
                throw new IllegalArgumentException("a class opening with ]");
            }
            long[] s = new long[1024];
            boolean unknown = false;
            while (p.charAt(i) != ']') {
                char c = p.charAt(i);
                if (c == '[' || (c == '&' && p.charAt(i + 1) == '&')) {
                    throw new IllegalArgumentException("nested class or intersection");
                }
                char lo;
                if (c == '\\') {
                    char e = p.charAt(i + 1);
                    if ("pPSDWHVhvRX".indexOf(e) >= 0) {
                        skipProperty();
                        unknown = true;
                        continue;
                    }
                    long[] one = new long[1024];
                    if (!escapeInto(one)) {
                        throw new IllegalArgumentException("escape \\" + e + " in a class is not analysed");
                    }
                    if ("dsw".indexOf(e) >= 0 || p.charAt(i) != '-' || p.charAt(i + 1) == ']') {
                        or(s, one);
                        continue;
                    }
                    lo = firstOf(one);
                } else {
                    lo = c;
                    i++;
                }
                if (p.charAt(i) == '-' && p.charAt(i + 1) != ']') {
                    char hi = p.charAt(i + 1);
                    if (hi == '[') {
                        throw new IllegalArgumentException("nested class");
                    }
                    if (hi == '\\') {
                        // an escaped end ("\\x{2500}-\\x{257F}") is one character, not a class
                        i++;
                        if ("dswpPSDWHVhvRX".indexOf(p.charAt(i + 1)) >= 0) {
                            throw new IllegalArgumentException("a class as a range end");
                        }
                        long[] one = new long[1024];
                        if (!escapeInto(one)) {
                            throw new IllegalArgumentException("escape in a range end is not analysed");
                        }
                        hi = firstOf(one);
                    } else {
                        i += 2;
                    }
                    if (hi < lo) {
                        throw new IllegalArgumentException("bad range");
                    }
                    range(s, lo, hi);
                } else {
                    add(s, lo);
                }
            }
            i++;
            if (unknown) {
                return null;
            }
            if (negated) {
                // a negated class matches any code point outside it, a supplementary one by its surrogates
                for (int k = 0; k < s.length; k++) {
                    s[k] = ~s[k];
                }
            }
            return s;
        }

        private static char firstOf(long[] s) {
            for (int c = 0; c < 65536; c++) {
                if ((s[c >>> 6] & (1L << c)) != 0) {
                    return (char) c;
                }
            }
            throw new IllegalArgumentException("empty");
        }
    }
}

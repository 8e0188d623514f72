package reportcheck.text;

/**
 * How far from where a match begins the text it needs can lie, worked out from the pattern's
 * text, so a search can try the regex only near the characters every match needs
 * ({@link RegexHint}) instead of at every position of a paragraph. The hint takes its characters
 * from the match and from its positive look-arounds, so both reaches count: {@link #ahead} from
 * the start of a match to the end of what it matches or looks ahead at, {@link #behind} from its
 * start back to the start of what it looks behind at.
 *
 * <p>Conservative by construction: every character class, escape and dot counts as two units (it
 * may match a supplementary character); anchors span nothing; an unbounded quantifier, a back
 * reference, flags, a look-around within a look-behind or anything else not understood makes the
 * reach unknown.
 */
final class MaxLength extends RegexCursor {
    /** Longer reaches are of no use for narrowing a search and count as unknown. */
    private static final long LIMIT = 10_000;

    /** Units from a match's start to the end of what it matches or looks ahead at, and back to what it looks behind at. */
    record Reach(int ahead, int behind) {
    }

    /** What a part of the pattern consumes at most, and how far from its start it reads at most. */
    private record Extent(long consumed, long reads) {
        static final Extent NONE = new Extent(0, 0);
    }

    private long behind;
    private boolean inLookBehind;

    private MaxLength(String pattern) {
        super(pattern);
    }

    /** The reach of {@code regex}'s matches, or null when unknown. */
    static Reach of(String regex) {
        try {
            MaxLength m = new MaxLength(regex);
            Extent e = m.alternation();
            if (m.i != regex.length() || e.reads() > LIMIT || m.behind > LIMIT) {
                return null;
            }
            return new Reach((int) e.reads(), (int) m.behind);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Extent alternation() {
        Extent most = sequence();
        while (i < p.length() && p.charAt(i) == '|') {
            i++;
            Extent next = sequence();
            most = new Extent(Math.max(most.consumed(), next.consumed()), Math.max(most.reads(), next.reads()));
        }
        return most;
    }

    private Extent sequence() {
        long consumed = 0;
        long reads = 0;
        while (i < p.length() && p.charAt(i) != '|' && p.charAt(i) != ')') {
            Extent atom = atom();
            long r = repeats();
            if (r == 0) {
                continue;
            }
            // the last repetition may read past what it consumes (a look-ahead at its end)
            long before = capped(consumed + capped(atom.consumed() * (r - 1)));
            reads = Math.max(reads, capped(before + atom.reads()));
            consumed = capped(before + atom.consumed());
        }
        return new Extent(consumed, Math.max(reads, consumed));
    }

    private static long capped(long n) {
        return Math.min(LIMIT + 1, n);
    }

    private Extent atom() {
        char c = p.charAt(i);
        switch (c) {
            case '(' -> {
                return group();
            }
            case '[' -> {
                skipClass();
                return new Extent(2, 2);
            }
            case '\\' -> {
                long n = escape();
                return new Extent(n, n);
            }
            case '^', '$' -> {
                i++;
                return Extent.NONE;
            }
            case '.' -> {
                i++;
                return new Extent(2, 2);
            }
            case '*', '+', '?', '{' -> throw new IllegalArgumentException("dangling quantifier");
            default -> {
                i++;
                if (Character.isHighSurrogate(c) && i < p.length() && Character.isLowSurrogate(p.charAt(i))) {
                    i++;
                    return new Extent(2, 2);
                }
                return new Extent(1, 1);
            }
        }
    }

    private Extent group() {
        GroupKind kind = openGroup();
        if (kind == GroupKind.PLAIN || kind == GroupKind.ATOMIC) {
            Extent inner = alternation();
            closeGroup();
            return inner;
        }
        if (inLookBehind) {
            throw new IllegalArgumentException("a look-around within a look-behind is not analysed");
        }
        boolean lookBehind = kind == GroupKind.LOOKBEHIND || kind == GroupKind.NEGATIVE_LOOKBEHIND;
        inLookBehind = lookBehind;
        Extent inner = alternation();
        inLookBehind = false;
        closeGroup();
        if (kind == GroupKind.LOOKBEHIND) {
            // it reads back from a position at or after the match's start
            behind = Math.max(behind, inner.reads());
        }
        // a positive look-ahead reads ahead of where it stands; a negative one needs nothing
        return kind == GroupKind.LOOKAHEAD ? new Extent(0, inner.reads()) : Extent.NONE;
    }

    /** The most repetitions of the atom just read: 1 unquantified, more than the limit when unbounded. */
    private long repeats() {
        if (i >= p.length()) {
            return 1;
        }
        char c = p.charAt(i);
        long most;
        if (c == '?') {
            most = 1;
            i++;
        } else if (c == '*' || c == '+') {
            most = LIMIT + 1;
            i++;
        } else if (c == '{') {
            int close = p.indexOf('}', i);
            String[] bounds = p.substring(i + 1, close).split(",", -1);
            most = bounds.length == 1 ? Long.parseLong(bounds[0].strip())
                    : bounds[1].isBlank() ? LIMIT + 1 : Long.parseLong(bounds[1].strip());
            i = close + 1;
        } else {
            return 1;
        }
        if (i < p.length() && (p.charAt(i) == '?' || p.charAt(i) == '+')) {
            i++;
        }
        return most;
    }

    private long escape() {
        char e = p.charAt(i + 1);
        i += 2;
        switch (e) {
            case 'b', 'B', 'A', 'G', 'z', 'Z' -> {
                return 0;
            }
            case 'p', 'P', 'N' -> {
                if (i < p.length() && p.charAt(i) == '{') {
                    i = p.indexOf('}', i) + 1;
                    if (i == 0) {
                        throw new IllegalArgumentException("unclosed property");
                    }
                } else {
                    i++;
                }
                return 2;
            }
            case 'x' -> {
                if (i < p.length() && p.charAt(i) == '{') {
                    i = p.indexOf('}', i) + 1;
                    if (i == 0) {
                        throw new IllegalArgumentException("unclosed code point");
                    }
                } else {
                    i += 2;
                }
                return 2;
            }
            case 'u' -> {
                i += 4;
                return 2;
            }
            case 'c' -> {
                i++;
                return 1;
            }
            case 'R' -> {
                return 2;
            }
            case 'd', 'D', 's', 'S', 'w', 'W', 'h', 'H', 'v', 'V', 't', 'n', 'r', 'f', 'a', 'e' -> {
                return 2;
            }
            default -> {
                if (Character.isLetterOrDigit(e)) {
                    // back references (\1, \k<name>), octal escapes, \Q…\E, \X: not analysed
                    throw new IllegalArgumentException("escape not analysed: \\" + e);
                }
                return 1;
            }
        }
    }

    /** Passes over a character class, nested classes and escapes included. */
    private void skipClass() {
        int depth = 0;
        do {
            char c = p.charAt(i);
            if (c == '\\') {
                if (p.charAt(i + 1) == 'Q') {
                    throw new IllegalArgumentException("quoting in a class is not analysed");
                }
                i += 2;
                continue;
            }
            if (c == '[') {
                depth++;
                // a ']' right after the opening (or after '^') is a member, not the end
                i++;
                if (i < p.length() && p.charAt(i) == '^') {
                    i++;
                }
                if (i < p.length() && p.charAt(i) == ']') {
                    i++;
                }
                continue;
            }
            if (c == ']') {
                depth--;
            }
            i++;
        } while (depth > 0);
    }
}

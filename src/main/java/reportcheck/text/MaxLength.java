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
                long n = escapeUnits();
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
        return repetitions(LIMIT + 1)[1];
    }
}

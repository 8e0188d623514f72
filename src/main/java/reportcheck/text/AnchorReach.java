package reportcheck.text;

/**
 * How far from where a match begins it must hold one of a few characters, for a pattern whose
 * matches have no bounded length ({@link MaxLength} gives none): "2025 年", "、 主要", "社区 “两委”"
 * are matched by a pattern ending in an unbounded run of spaces, yet each holds a space within a few
 * characters of its start. A search may then try such a pattern only just before those characters
 * ({@link FoldedSearch}), as it tries a pattern of bounded length near the characters it needs.
 *
 * <p>The characters are taken from the pattern: each character class or literal that the first
 * alternative cannot match without is tried in turn, and the first that every alternative holds
 * within a bounded distance of its start is kept, so the characters are ones a match consumes. Conservative by
 * construction: a look-around, anchor or escape holds none of them, a class with an escape,
 * negation or nesting is not one of them, an unbounded stretch before them makes the reach
 * unknown, and anything not understood gives no reach.
 */
final class AnchorReach extends RegexCursor {
    /** Longer reaches are of no use for narrowing a search. */
    private static final long LIMIT = 64;
    private static final long NONE = -1;

    /** The characters a match must hold, and within how many units of its start (exclusive). */
    record Found(char[] chars, int ahead) {
    }

    /** What a part consumes at most, and where at most the first of the characters stands in it (NONE: not certain). */
    private record Part(long most, long at) {
    }

    private final String chars;

    private AnchorReach(String pattern, String chars) {
        super(pattern);
        this.chars = chars;
    }

    /** The characters every match of {@code regex} holds near its start, and how near, or null. */
    static Found of(String regex) {
        if (holdsSupplementary(regex)) {
            return null;
        }
        for (String candidate : candidates(regex)) {
            try {
                AnchorReach r = new AnchorReach(regex, candidate);
                Part whole = r.alternation();
                if (r.i == regex.length() && whole.at() != NONE && whole.at() < LIMIT) {
                    return new Found(candidate.toCharArray(), (int) whole.at() + 1);
                }
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    /** The sets of characters to try: each plain class or literal character of the pattern, in order. */
    private static java.util.List<String> candidates(String regex) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (int k = 0; k < regex.length(); k++) {
            char c = regex.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '[') {
                int close = regex.indexOf(']', k + 1);
                if (close < 0) {
                    break;
                }
                String members = members(regex.substring(k + 1, close));
                if (members != null) {
                    out.add(members);
                }
                k = close;
            } else if ("()|?*+{}^$.".indexOf(c) < 0) {
                out.add(String.valueOf(c));
            }
        }
        return java.util.List.copyOf(out);
    }

    /** The characters a class body lists, or null when it is negated, holds an escape, a range or a nested class. */
    private static String members(String body) {
        if (body.isEmpty() || body.charAt(0) == '^' || body.indexOf('\\') >= 0 || body.indexOf('[') >= 0
                || body.indexOf('-') >= 0 || body.contains("&&")) {
            return null;
        }
        return body;
    }

    private Part alternation() {
        Part first = sequence();
        long most = first.most();
        long at = first.at();
        while (i < p.length() && p.charAt(i) == '|') {
            i++;
            Part next = sequence();
            most = Math.max(most, next.most());
            at = at == NONE || next.at() == NONE ? NONE : Math.max(at, next.at());
        }
        return new Part(most, at);
    }

    private Part sequence() {
        long consumed = 0;
        long at = NONE;
        while (i < p.length() && p.charAt(i) != '|' && p.charAt(i) != ')') {
            Part atom = atom();
            long[] reps = repeats();
            if (at == NONE && atom.at() != NONE && reps[0] >= 1 && consumed <= LIMIT) {
                at = consumed + atom.at();
            }
            consumed = Math.min(LIMIT + 1, consumed + Math.min(LIMIT + 1, atom.most() * reps[1]));
        }
        return new Part(consumed, at);
    }

    /** The least and most repetitions of the atom just read (most above the limit when unbounded). */
    private long[] repeats() {
        long[] r = repetitions(LIMIT + 1);
        r[1] = Math.min(r[1], LIMIT + 1);
        return r;
    }

    private Part atom() {
        char c = p.charAt(i);
        switch (c) {
            case '(' -> {
                return group();
            }
            case '[' -> {
                int close = p.indexOf(']', i + 1);
                String members = close < 0 ? null : members(p.substring(i + 1, close));
                if (members == null) {
                    int start = i;
                    skipClass();
                    // a class of characters and ranges matches one unit; a negated one or one with an
                    // escape may match a supplementary character (two)
                    String body = p.substring(start + 1, i - 1);
                    boolean plain = !body.isEmpty() && body.charAt(0) != '^' && body.indexOf('\\') < 0
                            && body.indexOf('[') < 0 && !body.contains("&&");
                    return new Part(plain ? 1 : 2, NONE);
                }
                i = close + 1;
                return new Part(1, holdsOnlyChars(members) ? 0 : NONE);
            }
            case '\\' -> {
                return escape();
            }
            case '^', '$' -> {
                i++;
                return new Part(0, NONE);
            }
            case '.' -> {
                i++;
                return new Part(2, NONE);
            }
            case '*', '+', '?', '{', ')', '|' -> throw new IllegalArgumentException("unexpected " + c);
            default -> {
                i++;
                return new Part(1, holdsOnlyChars(String.valueOf(c)) ? 0 : NONE);
            }
        }
    }

    private boolean holdsOnlyChars(String members) {
        for (int k = 0; k < members.length(); k++) {
            if (chars.indexOf(members.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    private Part group() {
        GroupKind kind = openGroup();
        Part inner = alternation();
        closeGroup();
        // a look-around consumes nothing and holds nothing of the match
        return kind == GroupKind.PLAIN || kind == GroupKind.ATOMIC ? inner : new Part(0, NONE);
    }

    /** An escape: consumes what {@link #escapeUnits} says and is never counted as one of the characters. */
    private Part escape() {
        return new Part(escapeUnits(), NONE);
    }
}

package reportcheck.text;

/**
 * A position in a regular expression, for the two readers that work out what its matches need:
 * the characters a match must hold ({@link RegexHint}) and those it can begin with
 * ({@link StartChars}). What both read the same way — quantifiers and the opening of a group — is
 * read here once. Patterns reach these readers after {@code Pattern.compile} accepted them, so
 * only the constructs a reader leaves unanalysed end in an exception, which makes it give up.
 */
abstract class RegexCursor {
    /** The kinds of group opening, as far as the readers tell them apart. */
    enum GroupKind {
        /** {@code (…)}, {@code (?:…)} or {@code (?<name>…)}. */
        PLAIN,
        /** {@code (?>…)}. */
        ATOMIC,
        /** {@code (?=…)}. */
        LOOKAHEAD,
        /** {@code (?!…)}. */
        NEGATIVE_LOOKAHEAD,
        /** {@code (?<=…)}. */
        LOOKBEHIND,
        /** {@code (?<!…)}. */
        NEGATIVE_LOOKBEHIND
    }

    final String p;
    int i;
    /** Whether the last {@link #quantifier()} read one. */
    boolean quantified;

    RegexCursor(String pattern) {
        this.p = pattern;
    }

    /**
     * Whether {@code regex} holds a supplementary character (a surrogate pair): the readers go by
     * UTF-16 units, and a quantifier after such a character applies to both of its units, so they
     * leave such a pattern alone.
     */
    static boolean holdsSupplementary(String regex) {
        return regex.chars().anyMatch(c -> Character.isSurrogate((char) c));
    }

    /** The least number of repetitions of the atom just read (1 when unquantified). */
    int quantifier() {
        quantified = false;
        if (i >= p.length()) {
            return 1;
        }
        char c = p.charAt(i);
        int min;
        if (c == '?' || c == '*') {
            min = 0;
            i++;
        } else if (c == '+') {
            min = 1;
            i++;
        } else if (c == '{') {
            int close = p.indexOf('}', i);
            min = Integer.parseInt(p.substring(i + 1, close).split(",", -1)[0].strip());
            i = close + 1;
        } else {
            return 1;
        }
        quantified = true;
        // a lazy or possessive quantifier repeats as often at the least
        if (i < p.length() && (p.charAt(i) == '?' || p.charAt(i) == '+')) {
            i++;
        }
        return min;
    }

    /** Reads a group's opening parenthesis and kind; flags and other kinds are not analysed. */
    GroupKind openGroup() {
        i++;
        if (p.startsWith("?:", i)) {
            i += 2;
            return GroupKind.PLAIN;
        }
        if (p.startsWith("?>", i)) {
            i += 2;
            return GroupKind.ATOMIC;
        }
        if (p.startsWith("?=", i) || p.startsWith("?!", i)) {
            i += 2;
            return p.charAt(i - 1) == '=' ? GroupKind.LOOKAHEAD : GroupKind.NEGATIVE_LOOKAHEAD;
        }
        if (p.startsWith("?<=", i) || p.startsWith("?<!", i)) {
            i += 3;
            return p.charAt(i - 1) == '=' ? GroupKind.LOOKBEHIND : GroupKind.NEGATIVE_LOOKBEHIND;
        }
        if (p.startsWith("?<", i)) {
            int close = p.indexOf('>', i);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed group name");
            }
            i = close + 1;
            return GroupKind.PLAIN;
        }
        if (i < p.length() && p.charAt(i) == '?') {
            throw new IllegalArgumentException("flags or other group kinds are not analysed");
        }
        return GroupKind.PLAIN;
    }

    /** Reads the closing parenthesis of a group. */
    void closeGroup() {
        if (i >= p.length() || p.charAt(i) != ')') {
            throw new IllegalArgumentException("unclosed group");
        }
        i++;
    }
}

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

    /**
     * Reads the quantifier of the atom just read and returns its least and most repetitions (1 and 1
     * when unquantified; {@code unbounded} as the most of *, + and {n,}).
     */
    long[] repetitions(long unbounded) {
        long most = 1;
        if (i < p.length()) {
            char c = p.charAt(i);
            if (c == '*' || c == '+') {
                most = unbounded;
            } else if (c == '{') {
                String[] bounds = p.substring(i + 1, p.indexOf('}', i)).split(",", -1);
                most = bounds.length == 1 ? Long.parseLong(bounds[0].strip())
                        : bounds[1].isBlank() ? unbounded : Long.parseLong(bounds[1].strip());
            }
        }
        return new long[] {quantifier(), most};
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

    /**
     * Reads an escape and returns the UTF-16 units it matches at most: none for a boundary, two for
     * a class or property (it may match a supplementary character); back references, octal escapes,
     * quoting and the like are not analysed.
     */
    long escapeUnits() {
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
    void skipClass() {
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

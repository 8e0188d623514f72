package reportcheck.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What every match of a regex must contain, worked out from the pattern's text, so {@link reportcheck.engine.Spans}
 * can skip a paragraph that lacks it without running the regex: most rules look for words or
 * marks ("法制政府", "XX", "【") that most paragraphs do not hold. A hint is a few requirements,
 * all of which a match needs; each is a choice of strings, one of which must occur.
 *
 * <p>Conservative by construction: anything the analysis does not fully understand (flags,
 * escapes such as \s or \p{..}, negated or large classes, back references) counts as "could be
 * anything", and a pattern with nothing certain gets no hint. A hint may make a search cheaper,
 * never different.
 */
public final class RegexHint {
    /** Largest character class taken as a choice of characters. */
    private static final int MAX_CLASS = 64;
    /** Requirements kept: the rarest few do the filtering. */
    private static final int MAX_REQUIREMENTS = 4;

    private final List<Choice> required;
    /** The first characters of the strings of the rarest requirement, each once ({@link #anchors}). */
    private final char[] anchors;

    private RegexHint(List<Choice> required) {
        this.required = required;
        StringBuilder sb = new StringBuilder();
        for (String s : required.get(0).strings) {
            if (sb.indexOf(s.substring(0, 1)) < 0) {
                sb.append(s.charAt(0));
            }
        }
        this.anchors = sb.toString().toCharArray();
    }

    /** The hint for {@code regex}, or null when nothing is certain. */
    public static RegexHint of(String regex) {
        if (RegexCursor.holdsSupplementary(regex)) {
            return null;
        }
        try {
            Parser p = new Parser(regex);
            List<Choice> all = p.alternation();
            if (p.i != regex.length() || all.isEmpty()) {
                return null;
            }
            List<Choice> best = new ArrayList<>(all);
            best.sort(Comparator.comparingDouble(Choice::weight));
            // a requirement met once is met again ("立法[、,]…执法[、,]…司法[、,]" needs "、" or ","
            // three times): each is kept once, so the places it held go to others (执法, 司法)
            Set<Set<String>> seen = new java.util.HashSet<>();
            best.removeIf(c -> !seen.add(c.strings));
            return new RegexHint(List.copyOf(best.subList(0, Math.min(MAX_REQUIREMENTS, best.size()))));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Hints of compiled patterns, by the pattern object (the knowledge's patterns live for the run). */
    private static final java.util.Map<java.util.regex.Pattern, java.util.Optional<RegexHint>> OF_PATTERN =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The hint for a compiled pattern, or null when nothing is certain or the pattern has flags. */
    public static RegexHint of(java.util.regex.Pattern p) {
        return OF_PATTERN.computeIfAbsent(p, q -> java.util.Optional.ofNullable(q.flags() == 0 ? of(q.pattern()) : null))
                .orElse(null);
    }

    /**
     * Whether {@code text} meets every requirement, looked up in the text itself: for short texts
     * that are not the report's folded text (a line, a title), where building an index costs more.
     */
    public boolean mayMatchIn(String text) {
        for (Choice c : required) {
            if (!c.occursIn(text)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code hint} is null (nothing certain) or {@code text} may hold a match. */
    public static boolean mayMatchIn(RegexHint hint, String text) {
        return hint == null || hint.mayMatchIn(text);
    }

    /** Whether the pattern is the one literal string its hint requires ("依法行政"). */
    public static boolean isLiteral(RegexHint hint, java.util.regex.Pattern p) {
        return hint != null && hint.required.size() == 1 && hint.required.get(0).strings.size() == 1
                && hint.required.get(0).strings.contains(p.pattern());
    }

    /** The requirements, rarest first; each a choice of strings (for tests and messages). */
    public List<List<String>> requirements() {
        return required.stream().map(c -> List.copyOf(c.strings)).toList();
    }

    /**
     * Characters one of which every match holds: the first characters of the strings of the
     * rarest requirement. Worked out once: a search asks for them at every paragraph. Read only.
     */
    char[] anchors() {
        return anchors;
    }

    /** Whether {@code text[from, to)} meets every requirement, so the regex may match there. */
    public boolean mayMatch(String text, int from, int to) {
        Index index = Index.of(text);
        for (Choice c : required) {
            if (!c.occursIn(index, from, to)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where each character stands in a text, remembered per thread for the text it last saw: the
     * rules look at every paragraph of a report with dozens of patterns, and a look-up of where a
     * character stands costs less than reading the paragraph each time.
     */
    static final class Index {
        private static final ThreadLocal<Index> LAST = ThreadLocal.withInitial(Index::new);
        private String text;
        private char[] chars;
        /**
         * The positions of character c are {@code at[start[c]] .. at[end[c] - 1]}, ascending; both are 0
         * for a character the text lacks. Two arrays of 65,536 per thread (threads are kept from report
         * to report), of which only the entries of the characters a text holds are set and, for the
         * next text, cleared: a report holds a thousand or two distinct characters.
         */
        private final int[] start = new int[65536];
        private final int[] end = new int[65536];
        private char[] used = new char[0];
        private int usedCount;
        /** Whether the last build finished, so that only the characters in {@code used} were set. */
        private boolean clean = true;
        private int[] at = new int[0];

        static Index of(String text) {
            Index x = LAST.get();
            if (x.text != text) {
                x.build(text);
            }
            return x;
        }

        private void build(String t) {
            // the thread goes on to other reports: a build cut short (an error) must not leave its
            // counts behind, so the tables are cleared whole after one and the text is set last
            text = null;
            chars = TextChars.of(t);
            if (!clean) {
                java.util.Arrays.fill(start, 0);
                java.util.Arrays.fill(end, 0);
            } else {
                for (int i = 0; i < usedCount; i++) {
                    start[used[i]] = 0;
                    end[used[i]] = 0;
                }
            }
            usedCount = 0;
            clean = false;
            for (char c : chars) {
                if (end[c]++ == 0) {
                    if (usedCount == used.length) {
                        used = java.util.Arrays.copyOf(used, Math.max(256, used.length * 2));
                    }
                    used[usedCount++] = c;
                }
            }
            // each character's slots, in the order the characters first appear; each filled in turn from its start
            int sum = 0;
            for (int i = 0; i < usedCount; i++) {
                char c = used[i];
                int count = end[c];
                start[c] = sum;
                end[c] = sum;
                sum += count;
            }
            // sized for this text; a thread that read a huge report once does not keep its table
            if (at.length < chars.length || at.length > Math.max(1 << 16, 4 * chars.length)) {
                at = new int[chars.length];
            }
            for (int k = 0; k < chars.length; k++) {
                at[end[chars[k]]++] = k;
            }
            clean = true;
            text = t;
        }

        /** The first slot of {@code at} for character c at or after {@code from}, or -1 if none before {@code to}. */
        private int slot(char c, int from, int to) {
            int lo = start[c];
            int hi = end[c];
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (at[mid] < from) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo < end[c] && at[lo] < to ? lo : -1;
        }

        boolean has(char c, int from, int to) {
            return slot(c, from, to) >= 0;
        }

        /**
         * Marks in {@code marks} (index k - from) every position k of [from, to) from which an
         * occurrence q of c in [from, to) lies less than {@code ahead} after or at most
         * {@code behind} before: k - behind <= q < k + ahead.
         */
        void markNear(char c, int from, int to, int ahead, int behind, boolean[] marks) {
            int k = slot(c, from, to);
            if (k < 0) {
                return;
            }
            int done = from;
            for (int last = end[c]; k < last && at[k] < to; k++) {
                int q = at[k];
                int stop = Math.min(to - 1, q + behind);
                for (int s = Math.max(done, q - ahead + 1); s <= stop; s++) {
                    marks[s - from] = true;
                }
                done = Math.max(done, stop + 1);
            }
        }

        /**
         * Whether string s occurs within [from, to): the positions of its rarest character in the
         * text are tried, not those of its first (法 begins many words of a report on 法治, 营 few).
         */
        boolean has(char[] s, int from, int to) {
            int j = 0;
            int fewest = Integer.MAX_VALUE;
            for (int i = 0; i < s.length; i++) {
                char c = s[i];
                int n = end[c] - start[c];
                if (n < fewest) {
                    fewest = n;
                    j = i;
                }
            }
            if (fewest == 0) {
                return false;
            }
            int k = slot(s[j], from + j, to);
            if (k < 0) {
                return false;
            }
            for (int last = end[s[j]]; k < last; k++) {
                int p = at[k] - j;
                if (p + s.length > to) {
                    return false;
                }
                if (matchesAt(chars, p, s)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean matchesAt(char[] text, int at, char[] s) {
            for (int i = 0; i < s.length; i++) {
                if (text[at + i] != s[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** One requirement: at least one of these strings occurs. */
    static final class Choice {
        final Set<String> strings;
        /** The single characters among them. */
        private final char[] singles;
        private final List<String> longer = new ArrayList<>();
        private final char[][] longerChars;
        private final double weight;

        Choice(Set<String> strings) {
            this.strings = strings;
            StringBuilder singles = new StringBuilder();
            double w = 0;
            for (String s : strings) {
                if (s.length() == 1) {
                    singles.append(s);
                } else {
                    longer.add(s);
                }
                w += weight(s);
            }
            this.weight = w;
            longerChars = longer.stream().map(String::toCharArray).toArray(char[][]::new);
            this.singles = singles.toString().toCharArray();
        }

        double weight() {
            return weight;
        }

        /**
         * The characters found in at least three paragraphs in ten of published reports (1,979
         * paragraphs of ten characters or more): a requirement of one of them lets nearly every
         * paragraph through, so another requirement of the same pattern is the better filter.
         */
        private static final String COMMON = "政法府年治建设的作一工开和全行实度进公要";

        /**
         * How often a string may be expected in a report, roughly: ideographs are the bulk of
         * the text, the commonest of them more so; digits are frequent; Latin letters, white space
         * and marks are rare; each further character divides by four. Only the choice of filter
         * depends on it, never what a search finds.
         */
        private static double weight(String s) {
            char c = s.charAt(0);
            double first = COMMON.indexOf(c) >= 0 ? 40 : Character.isIdeographic(c) ? 10 : c >= '0' && c <= '9' ? 5 : 1;
            return first / Math.pow(4, s.length() - 1);
        }

        boolean occursIn(String text) {
            for (String s : strings) {
                if (text.contains(s)) {
                    return true;
                }
            }
            return false;
        }

        boolean occursIn(Index index, int from, int to) {
            for (char c : singles) {
                if (index.has(c, from, to)) {
                    return true;
                }
            }
            for (char[] s : longerChars) {
                if (index.has(s, from, to)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Recursive descent over the pattern; each method returns what its part requires. */
    private static final class Parser extends RegexCursor {
        Parser(String pattern) {
            super(pattern);
        }

        /** One branch: all its requirements. Several: one choice, a pick from each branch. */
        List<Choice> alternation() {
            List<List<Choice>> branches = new ArrayList<>();
            while (true) {
                branches.add(sequence());
                if (i < p.length() && p.charAt(i) == '|') {
                    i++;
                    continue;
                }
                break;
            }
            if (branches.size() == 1) {
                return branches.get(0);
            }
            Set<String> union = new LinkedHashSet<>();
            for (List<Choice> b : branches) {
                if (b.isEmpty()) {
                    return List.of();
                }
                union.addAll(b.stream().min(Comparator.comparingDouble(Choice::weight)).orElseThrow().strings);
            }
            return List.of(new Choice(union));
        }

        /** A sequence needs everything its parts need; consecutive plain characters form one string. */
        List<Choice> sequence() {
            List<Choice> out = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            while (i < p.length() && p.charAt(i) != '|' && p.charAt(i) != ')') {
                Atom a = atom();
                int min = quantifier();
                if (a.literal() != null) {
                    if (!quantified) {
                        run.append(a.literal());
                        continue;
                    }
                    // a repeated character: the run takes its required copies, then ends
                    run.append(a.literal().repeat(min));
                    close(run, out);
                    continue;
                }
                close(run, out);
                if (min >= 1) {
                    out.addAll(a.needs());
                }
            }
            close(run, out);
            return out;
        }

        private static void close(StringBuilder run, List<Choice> out) {
            if (run.length() > 0) {
                out.add(new Choice(Set.of(run.toString())));
                run.setLength(0);
            }
        }

        /** A plain character ({@code literal}), or what a group, class or escape needs. */
        private record Atom(String literal, List<Choice> needs) {
            static final Atom NOTHING = new Atom(null, List.of());
        }

        Atom atom() {
            char c = p.charAt(i);
            switch (c) {
                case '(' -> {
                    return group();
                }
                case '[' -> {
                    return charClass();
                }
                case '\\' -> {
                    if (p.startsWith("k<", i + 1)) {
                        // a named back reference repeats its group, whose needs are already counted
                        i = p.indexOf('>', i) + 1;
                        if (i == 0) {
                            throw new IllegalArgumentException("unclosed \\k<");
                        }
                        return Atom.NOTHING;
                    }
                    Character lit = escaped(p.charAt(i + 1));
                    skipEscape();
                    return lit == null ? Atom.NOTHING : new Atom(String.valueOf(lit), List.of());
                }
                case '.', '^', '$' -> {
                    i++;
                    return Atom.NOTHING;
                }
                case '*', '+', '?', '{' -> throw new IllegalArgumentException("dangling quantifier");
                default -> {
                    i++;
                    return new Atom(String.valueOf(c), List.of());
                }
            }
        }

        Atom group() {
            // a negative look-around needs nothing; a positive one needs what it looks for, which
            // lies inside the region (the bounds are opaque), but it joins no run of characters
            RegexCursor.GroupKind kind = openGroup();
            if (kind == RegexCursor.GroupKind.ATOMIC) {
                throw new IllegalArgumentException("atomic groups are not analysed");
            }
            boolean needed = kind != RegexCursor.GroupKind.NEGATIVE_LOOKAHEAD
                    && kind != RegexCursor.GroupKind.NEGATIVE_LOOKBEHIND;
            List<Choice> inner = alternation();
            closeGroup();
            return needed ? new Atom(null, inner) : Atom.NOTHING;
        }

        Atom charClass() {
            i++;
            boolean negated = p.charAt(i) == '^';
            if (negated) {
                i++;
            }
            if (p.charAt(i) == ']') {
                throw new IllegalArgumentException("a class opening with ]");
            }
            Set<String> chars = new LinkedHashSet<>();
            boolean unknown = negated;
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
                    for (char x = c; x <= to; x++) {
                        chars.add(String.valueOf(x));
                    }
                } else {
                    chars.add(String.valueOf(c));
                }
            }
            i++;
            if (unknown || chars.size() > MAX_CLASS) {
                return Atom.NOTHING;
            }
            return chars.size() == 1 ? new Atom(chars.iterator().next(), List.of())
                    : new Atom(null, List.of(new Choice(chars)));
        }

        /**
         * The character an escape stands for, or null for a class or an assertion (\s, \p{..}, \b).
         * Escapes that would need more parsing (u and x escapes, octal, back references, quoting)
         * stop the analysis.
         */
        static Character escaped(char c) {
            if (!Character.isLetterOrDigit(c)) {
                return c;
            }
            return switch (c) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 'f' -> '\f';
                case 's', 'S', 'd', 'D', 'w', 'W', 'h', 'H', 'v', 'V', 'R', 'X', 'b', 'B', 'A', 'G', 'Z', 'z', 'p',
                        'P' -> null;
                default -> throw new IllegalArgumentException("escape \\" + c + " is not analysed");
            };
        }

        /** Moves past an escape, including the {..} or single letter of \p and \P. */
        void skipEscape() {
            char c = p.charAt(i + 1);
            i += 2;
            if (c == 'p' || c == 'P') {
                i = p.charAt(i) == '{' ? p.indexOf('}', i) + 1 : i + 1;
                if (i == 0) {
                    throw new IllegalArgumentException("unclosed \\p{");
                }
            }
        }
    }
}

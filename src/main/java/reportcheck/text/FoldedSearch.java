package reportcheck.text;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regex search of the folded text of one stretch of a report (full-width ASCII folded to
 * half-width), as the rules' {@code Spans.find} and the analysis's finders run it: the stretch is
 * a region of its own (^ and $ mean its start and end), a named group {@code e} narrows a match to
 * part of it, and empty matches are dropped. Results are offsets into the text, in pairs.
 *
 * <p>Three shortcuts that change no result: a stretch lacking the characters every match needs
 * ({@link RegexHint}) is skipped; where few characters of the stretch can begin a match
 * ({@link StartChars}) the pattern is tried at those alone instead of by the engine's scan; and a
 * pattern whose matches are short ({@link MaxLength}) is tried only within that reach before the
 * characters one of which every match holds.
 */
public final class FoldedSearch {
    private static final int[] NONE = new int[0];
    private static final Map<String, Compiled> CACHE = new ConcurrentHashMap<>();

    /**
     * A pattern, whether it narrows its evidence, the characters every match needs (or null), the
     * characters a match can begin with (or null), and how far from a match's start what it needs
     * can lie ({@link MaxLength}; null when unknown or of no use).
     */
    private record Compiled(Pattern pattern, boolean narrowed, RegexHint hint, StartChars starts, MaxLength.Reach reach,
            char[] near) {
        static Compiled of(String regex) {
            RegexHint hint = RegexHint.of(regex);
            MaxLength.Reach reach = hint == null ? null : MaxLength.of(regex);
            char[] near = reach == null ? null : hint.anchors();
            if (reach == null) {
                // matches of no bounded length may still hold certain characters near their start
                AnchorReach.Found found = AnchorReach.of(regex);
                if (found != null) {
                    reach = new MaxLength.Reach(found.ahead(), 0);
                    near = found.chars();
                }
            }
            return new Compiled(Pattern.compile(HanClass.fast(regex)), regex.contains("(?<e>"), hint, StartChars.of(regex),
                    reach, near);
        }
    }

    /**
     * The text of the stretch last searched on this thread, as a string of its own and as the
     * characters of the whole folded text: the rules search the same paragraph with dozens of
     * patterns in turn.
     */
    private static final class Region {
        private static final ThreadLocal<Region> LAST = ThreadLocal.withInitial(Region::new);
        private String text;
        private char[] chars;
        private int from = -1;
        private int to = -1;
        private String own;
        /** Where a match can begin in the stretch last looked at, from {@link #starts} or {@link #near}. */
        private int[] startAt = new int[64];
        /** Positions of the stretch (from its start) within reach of a character every match needs. */
        private boolean[] marks = new boolean[256];

        static Region of(String text, int from, int to) {
            Region r = charsOf(text);
            if (r.from != from || r.to != to) {
                // the stretch first: should taking it fail, the bounds still name the old one
                r.own = text.substring(from, to);
                r.from = from;
                r.to = to;
            }
            return r;
        }

        /**
         * Records in {@link #startAt} the positions of {@code [from, to)} whose character can begin a
         * match, stopping after {@code limit + 1}; returns how many it recorded.
         */
        int starts(StartChars starts, int from, int to, int limit) {
            int n = 0;
            for (int k = from; k < to && n <= limit; k++) {
                if (starts.canStart(chars[k])) {
                    if (n == startAt.length) {
                        startAt = Arrays.copyOf(startAt, n * 2);
                    }
                    startAt[n++] = k;
                }
            }
            return n;
        }

        /** Whether a character of {@code [from, to)} can begin a match: the scan of {@link #starts}, to the first. */
        boolean startsAny(StartChars starts, int from, int to) {
            for (int k = from; k < to; k++) {
                if (starts.canStart(chars[k])) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Records in {@link #startAt} the positions of {@code [from, to)} within {@code reach} of one of
         * {@code anchors}, characters one of which every match holds (the hint's, {@link RegexHint#anchors},
         * or those {@link AnchorReach} found), that can begin a match (when {@code starts} is known),
         * stopping after {@code limit + 1}; returns how many it recorded. No match begins elsewhere: what
         * it needs lies within its reach.
         */
        int near(char[] anchors, MaxLength.Reach reach, StartChars starts, int from, int to, int limit) {
            int length = to - from;
            if (marks.length < length) {
                marks = new boolean[Math.max(length, marks.length * 2)];
            } else {
                Arrays.fill(marks, 0, length, false);
            }
            RegexHint.Index index = RegexHint.Index.of(text);
            for (char c : anchors) {
                index.markNear(c, from, to, reach.ahead(), reach.behind(), marks);
            }
            int n = 0;
            for (int k = from; k < to && n <= limit; k++) {
                if (marks[k - from] && (starts == null || starts.canStart(chars[k]))) {
                    if (n == startAt.length) {
                        startAt = Arrays.copyOf(startAt, n * 2);
                    }
                    startAt[n++] = k;
                }
            }
            return n;
        }

        static Region charsOf(String text) {
            Region r = LAST.get();
            if (r.text != text) {
                r.chars = TextChars.of(text);
                r.from = -1;
                r.text = text;
            }
            return r;
        }
    }

    /**
     * The characters of the folded text ({@link TextChars}): a scan of a {@code char[]} costs less
     * than {@code String.charAt} on Chinese text under the quick compiler. Read only.
     */
    public static char[] foldedChars(SourceText src) {
        return Region.charsOf(src.folded()).chars;
    }

    /**
     * Positions are tried one by one (below) only where at most one character of the stretch in four
     * can begin a match; elsewhere the regex engine's own scan is cheaper than setting up each try.
     */
    private static final int CHARACTERS_PER_TRY = 4;

    /**
     * The last two patterns seen at each of 4,096 slots, compared by the identity of their strings:
     * a rule passes the same string object on every call, and comparing two equal long patterns
     * character by character in {@link #CACHE} cost more than many of the searches themselves. Two,
     * because a search and its filter ({@code Spans.may}, added to the rule when it is compiled)
     * pass equal strings that are two objects, and in turn. A slot holds immutable entries, so
     * threads racing on it at worst miss.
     */
    private static final Seen[] SEEN = new Seen[2 * 4096];

    private record Seen(String regex, Compiled compiled) {
    }

    private FoldedSearch() {
    }

    private static Compiled compiled(String regex) {
        // the string's own hash is a field once computed; the identity hash is a call into the VM
        // under the quick compiler
        int slot = 2 * (regex.hashCode() & (SEEN.length / 2 - 1));
        Seen first = SEEN[slot];
        if (first != null && first.regex() == regex) {
            return first.compiled();
        }
        Seen second = SEEN[slot + 1];
        if (second != null && second.regex() == regex) {
            return second.compiled();
        }
        Compiled c = CACHE.computeIfAbsent(regex, Compiled::of);
        SEEN[slot + 1] = first;
        SEEN[slot] = new Seen(regex, c);
        return c;
    }

    /** The patterns searched for so far, for tests that check every hint against its regex. */
    public static Set<String> patterns() {
        return Set.copyOf(CACHE.keySet());
    }

    /**
     * Whether a match may lie anywhere in {@code [from, to)}: false only when none can, since the
     * stretch lacks characters every match needs or holds none a match can begin with (as
     * {@link #find} would find).
     */
    public static boolean mayMatch(SourceText src, int from, int to, String regex) {
        Compiled c = compiled(regex);
        if (c.hint() != null && !c.hint().mayMatch(src.folded(), from, to)) {
            return false;
        }
        return c.starts() == null || Region.charsOf(src.folded()).startsAny(c.starts(), from, to);
    }

    /** The matches of {@code regex} in {@code [from, to)}: start and end offsets in pairs. */
    public static int[] find(SourceText src, int from, int to, String regex) {
        Compiled c = compiled(regex);
        // most stretches hold none of the characters a match needs: skip the regex for them
        if (c.hint() != null && !c.hint().mayMatch(src.folded(), from, to)) {
            return NONE;
        }
        int limit = (to - from) / CHARACTERS_PER_TRY;
        if (c.starts() != null) {
            // the characters where a match can begin, in one pass, up to one in four of the stretch
            Region r = Region.charsOf(src.folded());
            int[] out = atFew(c, src, from, to, r.starts(c.starts(), from, to, limit), limit);
            if (out != null) {
                return out;
            }
        }
        if (c.reach() != null) {
            // a short match holds a needed character: only the positions just before one can begin it
            Region r = Region.charsOf(src.folded());
            int[] out = atFew(c, src, from, to, r.near(c.near(), c.reach(), c.starts(), from, to, limit), limit);
            if (out != null) {
                return out;
            }
        }
        return scan(c, src, from, to);
    }

    /**
     * The matches found by trying the pattern at the {@code found} positions just recorded in the
     * thread's {@link Region#startAt}: none when there are no such positions; null, for the scan to
     * decide, when there are more than {@code limit} or a try came out empty.
     */
    private static int[] atFew(Compiled c, SourceText src, int from, int to, int found, int limit) {
        if (found == 0) {
            return NONE;
        }
        if (found > limit) {
            return null;
        }
        Region r = Region.of(src.folded(), from, to);
        return atStarts(c, r, r.startAt, found);
    }

    /** The matches by the engine's scan alone, for tests that compare it with the tries at start characters. */
    public static int[] scanned(SourceText src, int from, int to, String regex) {
        return scan(compiled(regex), src, from, to);
    }

    /** The matches by tries at start characters alone, or null when the pattern has none (for tests). */
    public static int[] tried(SourceText src, int from, int to, String regex) {
        Compiled c = compiled(regex);
        if (c.starts() == null) {
            return null;
        }
        Region r = Region.charsOf(src.folded());
        return atFew(c, src, from, to, r.starts(c.starts(), from, to, to - from), to - from);
    }

    /**
     * The matches by tries near the characters every match needs alone, or null when the reach of
     * the pattern's matches is unknown (for tests).
     */
    public static int[] triedNear(SourceText src, int from, int to, String regex) {
        Compiled c = compiled(regex);
        if (c.reach() == null) {
            return null;
        }
        if (c.hint() != null && !c.hint().mayMatch(src.folded(), from, to)) {
            return NONE;
        }
        Region r = Region.charsOf(src.folded());
        return atFew(c, src, from, to, r.near(c.near(), c.reach(), c.starts(), from, to, to - from), to - from);
    }

    /**
     * The matches found by trying the pattern only at the characters that can begin one. The stretch
     * is matched as a string of its own with transparent, non-anchoring bounds: a look-behind then
     * sees the stretch before the try and nothing before the stretch, and ^ and $ mean its start and
     * end, as under the opaque bounds of {@link #scan}; trying at each possible start in turn finds
     * the same leftmost matches as the engine's scan. Null if a match came out empty, which the
     * analysis of the start characters rules out (then the scan decides).
     */
    private static int[] atStarts(Compiled c, Region r, int[] startAt, int count) {
        Matcher m = c.pattern().matcher(r.own);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        boolean narrowed = c.narrowed();
        int base = r.from;
        int length = r.to - r.from;
        Pairs out = new Pairs();
        int k = 0;
        for (int i = 0; i < count; i++) {
            int at = startAt[i] - base;
            if (at < k) {
                continue;
            }
            m.region(at, length);
            if (!m.lookingAt()) {
                k = at + 1;
                continue;
            }
            if (m.end() == m.start()) {
                return null;
            }
            int s = narrowed ? m.start("e") : m.start();
            int e = narrowed ? m.end("e") : m.end();
            if (s >= 0 && e > s) {
                out.add(base + s, base + e);
            }
            k = m.end();
        }
        return out.toArray();
    }

    /** The matches found by the regex engine's scan of the stretch. */
    private static int[] scan(Compiled c, SourceText src, int from, int to) {
        Matcher m = c.pattern().matcher(src.folded());
        m.region(from, to);
        // opaque bounds: ^ and $ mean the start and end of the stretch
        boolean narrowed = c.narrowed();
        Pairs out = new Pairs();
        while (m.find()) {
            int s = narrowed ? m.start("e") : m.start();
            int e = narrowed ? m.end("e") : m.end();
            if (s >= 0 && e > s) {
                out.add(s, e);
            }
            if (m.end() == m.start()) {
                if (m.end() >= to) {
                    break;
                }
                m.region(m.end() + 1, to);
            }
        }
        return out.toArray();
    }

    /** Offsets in pairs; most searches find nothing, so nothing is allocated until a match. */
    private static final class Pairs {
        private int[] at = NONE;
        private int size;

        void add(int start, int end) {
            if (size + 2 > at.length) {
                at = Arrays.copyOf(at, Math.max(8, at.length * 2));
            }
            at[size++] = start;
            at[size++] = end;
        }

        int[] toArray() {
            return size == 0 ? NONE : Arrays.copyOf(at, size);
        }
    }
}

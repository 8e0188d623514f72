package reportcheck.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reportcheck.facts.Located;
import reportcheck.facts.Span;
import reportcheck.text.SourceText;

/**
 * Pattern matching for rules: {@code $m : Span() from Spans.find($p, "regex")}. The pattern is
 * matched against the folded text of a fact (full-width ASCII folded to half-width), and the
 * spans point into the original text. A named group {@code e} narrows the evidence to part of
 * the match, so context can be required without being quoted.
 */
public final class Spans {
    private static final Map<String, Compiled> CACHE = new ConcurrentHashMap<>();

    /**
     * A pattern, whether it narrows its evidence, the characters every match needs (or null), and
     * the characters a match can begin with (or null).
     */
    private record Compiled(Pattern pattern, boolean narrowed, RegexHint hint, StartChars starts) {
        static Compiled of(String regex) {
            return new Compiled(Pattern.compile(regex), regex.contains("(?<e>"), RegexHint.of(regex), StartChars.of(regex));
        }
    }

    /**
     * The text of the fact last searched on this thread, as a string of its own and as the
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

        static Region of(String text, int from, int to) {
            Region r = LAST.get();
            if (r.text != text) {
                r.text = text;
                r.chars = text.toCharArray();
                r.from = -1;
            }
            if (r.from != from || r.to != to) {
                r.from = from;
                r.to = to;
                r.own = text.substring(from, to);
            }
            return r;
        }
    }

    /**
     * Positions are tried one by one (below) only where at most one character of the fact in four
     * can begin a match; elsewhere the regex engine's own scan is cheaper than setting up each try.
     */
    private static final int CHARACTERS_PER_TRY = 4;

    /** The patterns rules have used so far, for tests that check every hint against its regex. */
    static java.util.Set<String> patterns() {
        return java.util.Set.copyOf(CACHE.keySet());
    }

    private Spans() {
    }

    /** The matches by the engine's scan alone, for tests that compare it with the tries at start characters. */
    static List<Span> scanned(Located where, String regex) {
        return scan(CACHE.computeIfAbsent(regex, Compiled::of), where.sourceText(), where);
    }

    /** The matches by tries at start characters alone, or null when the pattern has none (for tests). */
    static List<Span> tried(Located where, String regex) {
        Compiled c = CACHE.computeIfAbsent(regex, Compiled::of);
        if (c.starts() == null) {
            return null;
        }
        return atStarts(c, where.sourceText(), Region.of(where.sourceText().folded(), where.getOffset(), where.getEnd()));
    }

    public static List<Span> find(Located where, String regex) {
        Compiled c = CACHE.computeIfAbsent(regex, Compiled::of);
        SourceText src = where.sourceText();
        // most facts hold none of the characters a match needs: skip the regex for them
        if (c.hint() != null && !c.hint().mayMatch(src.folded(), where.getOffset(), where.getEnd())) {
            return List.of();
        }
        if (c.starts() != null) {
            Region r = Region.of(src.folded(), where.getOffset(), where.getEnd());
            int length = where.getEnd() - where.getOffset();
            if (c.starts().count(r.chars, r.from, r.to, length / CHARACTERS_PER_TRY) <= length / CHARACTERS_PER_TRY) {
                List<Span> out = atStarts(c, src, r);
                if (out != null) {
                    return out;
                }
            }
        }
        return scan(c, src, where);
    }

    /**
     * The matches found by trying the pattern only at the characters that can begin one. The fact's
     * text is matched as a string of its own with transparent, non-anchoring bounds: a look-behind
     * then sees the fact's text before the try and nothing before the fact, and ^ and $ mean the
     * fact's start and end, as under the opaque bounds of {@link #scan}; trying at each possible
     * start in turn finds the same leftmost matches as the engine's scan. Null if a match came out
     * empty, which the analysis of the start characters rules out (then the scan decides).
     */
    private static List<Span> atStarts(Compiled c, SourceText src, Region r) {
        Matcher m = c.pattern().matcher(r.own);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        boolean narrowed = c.narrowed();
        StartChars starts = c.starts();
        char[] chars = r.chars;
        int base = r.from;
        int length = r.to - r.from;
        List<Span> out = new ArrayList<>();
        int k = 0;
        while (k < length) {
            if (!starts.canStart(chars[base + k])) {
                k++;
                continue;
            }
            m.region(k, length);
            if (!m.lookingAt()) {
                k++;
                continue;
            }
            if (m.end() == m.start()) {
                return null;
            }
            int s = narrowed ? m.start("e") : m.start();
            int e = narrowed ? m.end("e") : m.end();
            if (s >= 0 && e > s) {
                out.add(new Span(src, base + s, base + e));
            }
            k = m.end();
        }
        return out;
    }

    /** The matches found by the regex engine's scan of the fact's region. */
    private static List<Span> scan(Compiled c, SourceText src, Located where) {
        Matcher m = c.pattern().matcher(src.folded());
        m.region(where.getOffset(), where.getEnd());
        // opaque bounds: ^ and $ mean the start and end of the fact's own text
        boolean narrowed = c.narrowed();
        List<Span> out = new ArrayList<>();
        while (m.find()) {
            int s = narrowed ? m.start("e") : m.start();
            int e = narrowed ? m.end("e") : m.end();
            if (s >= 0 && e > s) {
                out.add(new Span(src, s, e));
            }
            if (m.end() == m.start()) {
                if (m.end() >= where.getEnd()) {
                    break;
                }
                m.region(m.end() + 1, where.getEnd());
            }
        }
        return out;
    }

    /**
     * Whether the folded text of {@code where} holds one of {@code separators} directly followed by
     * the {@code min} to {@code max} characters before it ("加强学习,加强学习"). A cheap guard for a
     * pattern with a back reference across a separator, for which {@link RegexHint} finds nothing
     * certain: it is true wherever such a pattern can match, so the guard changes no finding.
     */
    public static boolean repeatsAcross(Located where, String separators, int min, int max) {
        String f = where.sourceText().folded();
        int from = where.getOffset();
        int to = where.getEnd();
        for (int k = from + min; k + min < to; k++) {
            if (separators.indexOf(f.charAt(k)) < 0) {
                continue;
            }
            char next = f.charAt(k + 1);
            for (int len = min; len <= max && k - len >= from && k + len < to; len++) {
                if (f.charAt(k - len) == next && f.regionMatches(k - len, f, k + 1, len)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the folded text of {@code where} matches {@code regex} anywhere. */
    public static boolean has(Located where, String regex) {
        return !find(where, regex).isEmpty();
    }
}

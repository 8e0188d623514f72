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

    /** A pattern, whether it narrows its evidence, and the characters every match needs (or null). */
    private record Compiled(Pattern pattern, boolean narrowed, RegexHint hint) {
        static Compiled of(String regex) {
            return new Compiled(Pattern.compile(regex), regex.contains("(?<e>"), RegexHint.of(regex));
        }
    }

    /** The patterns rules have used so far, for tests that check every hint against its regex. */
    static java.util.Set<String> patterns() {
        return java.util.Set.copyOf(CACHE.keySet());
    }

    private Spans() {
    }

    public static List<Span> find(Located where, String regex) {
        Compiled c = CACHE.computeIfAbsent(regex, Compiled::of);
        SourceText src = where.sourceText();
        // most facts hold none of the characters a match needs: skip the regex for them
        if (c.hint() != null && !c.hint().mayMatch(src.folded(), where.getOffset(), where.getEnd())) {
            return List.of();
        }
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

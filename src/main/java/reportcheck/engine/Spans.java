package reportcheck.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import reportcheck.facts.Located;
import reportcheck.facts.Span;
import reportcheck.text.FoldedSearch;
import reportcheck.text.SourceText;

/**
 * Pattern matching for rules: {@code $m : Span() from Spans.find($p, "regex")}. The pattern is
 * matched against the folded text of a fact (full-width ASCII folded to half-width), and the
 * spans point into the original text. A named group {@code e} narrows the evidence to part of
 * the match, so context can be required without being quoted.
 */
public final class Spans {
    /** Patterns joined by {@link #regex}, by their parts; bounded in case a rule joins per-report text. */
    private static final Map<List<String>, String> JOINED = new ConcurrentHashMap<>();
    private static final int MAX_JOINED = 10_000;

    private Spans() {
    }

    /**
     * The parts joined into one pattern, the same string object each time the same parts are joined,
     * for rules that put a pattern together from data lists on every call: the search then finds the
     * compiled pattern by the string's identity, without hashing and comparing a new long string.
     */
    public static String regex(String... parts) {
        List<String> key = List.of(parts);
        String joined = JOINED.get(key);
        if (joined == null) {
            joined = String.join("", parts);
            if (JOINED.size() < MAX_JOINED) {
                String earlier = JOINED.putIfAbsent(key, joined);
                joined = earlier != null ? earlier : joined;
            }
        }
        return joined;
    }

    /** The patterns rules have used so far, for tests that check every hint against its regex. */
    static java.util.Set<String> patterns() {
        return FoldedSearch.patterns();
    }

    /** The matches by the engine's scan alone, for tests that compare it with the tries at start characters. */
    static List<Span> scanned(Located where, String regex) {
        return spans(where.sourceText(), FoldedSearch.scanned(where.sourceText(), where.getOffset(), where.getEnd(), regex));
    }

    /** The matches by tries at start characters alone, or null when the pattern has none (for tests). */
    static List<Span> tried(Located where, String regex) {
        int[] at = FoldedSearch.tried(where.sourceText(), where.getOffset(), where.getEnd(), regex);
        return at == null ? null : spans(where.sourceText(), at);
    }

    /** The matches by tries near the characters every match needs alone, or null when their reach is unknown (for tests). */
    static List<Span> triedNear(Located where, String regex) {
        int[] at = FoldedSearch.triedNear(where.sourceText(), where.getOffset(), where.getEnd(), regex);
        return at == null ? null : spans(where.sourceText(), at);
    }

    public static List<Span> find(Located where, String regex) {
        return spans(where.sourceText(), FoldedSearch.find(where.sourceText(), where.getOffset(), where.getEnd(), regex));
    }

    private static List<Span> spans(SourceText src, int[] at) {
        if (at.length == 0) {
            return List.of();
        }
        List<Span> out = new ArrayList<>(at.length / 2);
        for (int k = 0; k < at.length; k += 2) {
            out.add(new Span(src, at[k], at[k + 1]));
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
        char[] f = FoldedSearch.foldedChars(where.sourceText());
        int from = where.getOffset();
        int to = where.getEnd();
        for (int k = from + min; k + min < to; k++) {
            if (separators.indexOf(f[k]) < 0) {
                continue;
            }
            char next = f[k + 1];
            for (int len = min; len <= max && k - len >= from && k + len < to; len++) {
                if (f[k - len] == next && java.util.Arrays.equals(f, k - len, k, f, k + 1, k + 1 + len)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * False only where {@code regex} cannot match the folded text of {@code where}, since it lacks
     * characters every match needs or any a match can begin with: a cheap filter, without running
     * the regex.
     */
    public static boolean may(Located where, String regex) {
        return FoldedSearch.mayMatch(where.sourceText(), where.getOffset(), where.getEnd(), regex);
    }

    /** Whether the folded text of {@code where} matches {@code regex} anywhere. */
    public static boolean has(Located where, String regex) {
        return FoldedSearch.find(where.sourceText(), where.getOffset(), where.getEnd(), regex).length > 0;
    }
}

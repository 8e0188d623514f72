package reportcheck.engine;

import java.util.ArrayList;
import java.util.List;
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
    private Spans() {
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

    /**
     * False only where {@code regex} cannot match the folded text of {@code where}, since it lacks
     * characters every match needs: a cheap filter, without running the regex.
     */
    public static boolean may(Located where, String regex) {
        return FoldedSearch.mayMatch(where.sourceText(), where.getOffset(), where.getEnd(), regex);
    }

    /** Whether the folded text of {@code where} matches {@code regex} anywhere. */
    public static boolean has(Located where, String regex) {
        return FoldedSearch.find(where.sourceText(), where.getOffset(), where.getEnd(), regex).length > 0;
    }
}

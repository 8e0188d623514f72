package reportcheck.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds to a rule's pattern that binds a fact the filter {@code Spans.may(this, R)} wherever the
 * rule searches that fact with {@code $m : Span() from Spans.find($p, R)}, before the DRL is
 * compiled. R is a string literal, or an expression that computes the pattern
 * ({@code Spans.regex("…", $l.getRegex())}, {@code vague($d, $w)}) when every variable it names is
 * bound ahead of the searched fact's pattern (the filter is then a join on them):
 *
 * <pre>
 *   $p : Paragraph(role == "body")                         $p : Paragraph(role == "body", Spans.may(this, "XX"))
 *   $m : Span() from Spans.find($p, "XX")          →       $m : Span() from Spans.find($p, "XX")
 * </pre>
 *
 * Why: the engine evaluates a {@code from} by interpreting its expression for every fact that
 * reaches it, which costs as much as the search itself, while a constraint it compiles after a few
 * uses; most paragraphs lack the characters a search needs, or any a match can begin with, so the
 * filter keeps them from the {@code from} (about 285 evaluations of a {@code from} per report
 * before computed patterns were filtered too, 96 after, nearly all finding nothing). It changes no
 * finding: where {@code Spans.may} is false the search finds nothing, so the rule could not match. Only the plain shape is rewritten: both patterns on lines of their own
 * at the top level of the rule's conditions (not inside {@code not}, {@code exists} or parentheses),
 * in a rule with no top-level {@code or}, the search alone on its line (a comment may follow). Nothing is
 * added or removed but the filter, on the line of the binding's closing parenthesis (a pattern
 * expression written over several lines is copied onto one, and left alone if it holds a comment),
 * so a compile error keeps its line number.
 *
 * <p>First, a search pattern written as string literals joined by {@code +} over several lines (for
 * reading) becomes one literal, its line breaks kept after it: the engine would join the pieces
 * anew for every fact, and look up the new string's compiled form by comparing it character by
 * character.
 */
final class SearchFilters {
    /** A DRL string literal on one line, with its quotes. */
    static final String LITERAL = "\"(?:[^\"\\\\\\n]|\\\\.)*\"";
    /** The head of a search up to its pattern: the parenthesis it opens in group 1, the searched fact's binding in group 2. */
    private static final Pattern SEARCH = Pattern.compile(
            "(?m)^[ \\t]*\\$\\w+\\s*:\\s*Span\\(\\s*\\)\\s+from\\s+Spans\\.find(\\()\\s*(\\$\\w+)\\s*,");
    /** What may follow a search on its line: nothing but a comment. */
    private static final Pattern LINE_END = Pattern.compile("[ \\t]*(?://[^\\r\\n]*)?(?:\\r?\\n|$)");
    private static final Pattern RULE = Pattern.compile("(?m)^rule\\s");
    private static final Pattern WHEN = Pattern.compile("(?m)^\\s*when\\b");
    private static final Pattern THEN = Pattern.compile("(?m)^\\s*then\\b");

    private SearchFilters() {
    }

    static String add(String drl) {
        drl = joinLiterals(drl);
        List<int[]> inserts = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Matcher m = SEARCH.matcher(drl);
        while (m.find()) {
            int end = Scan.closing(drl, m.start(1));
            if (end < 0 || !LINE_END.matcher(drl).region(end + 1, drl.length()).lookingAt()) {
                continue;
            }
            String searched = m.group(2);
            String pattern = oneLine(drl.substring(m.end(), end).strip());
            if (pattern == null) {
                continue;
            }
            int ruleStart = lastStart(RULE, drl, m.start());
            if (ruleStart < 0) {
                continue;
            }
            Matcher w = WHEN.matcher(drl).region(ruleStart, m.start());
            if (!w.find()) {
                continue;
            }
            int when = w.end();
            Scan lhs = Scan.of(drl, when, m.start());
            if (lhs == null || lhs.depth != 0) {
                continue;
            }
            // an "or" anywhere at the top of the conditions, after the search too, makes it one branch
            Matcher t = THEN.matcher(drl).region(end, drl.length());
            Scan whole = t.find() ? Scan.of(drl, when, t.start()) : null;
            if (whole == null || whole.topLevelOr) {
                continue;
            }
            int open = topBinding(drl, when, m.start(), searched);
            if (open < 0) {
                continue;
            }
            int close = Scan.closing(drl, open);
            if (close < 0 || close > m.start()) {
                continue;
            }
            if (!pattern.matches(LITERAL) && !(onlyComments(drl, close + 1, m.start())
                    && namesOnlyWhatIsBoundBefore(pattern, drl, when, open, searched))) {
                continue;
            }
            // a second search of the same fact adds its filter after the first one's
            boolean empty = drl.substring(open + 1, close).isBlank() && inserts.stream().noneMatch(at -> at[0] == close);
            inserts.add(new int[] {close});
            texts.add((empty ? "" : ", ") + "Spans.may(this, " + pattern + ")");
        }
        if (inserts.isEmpty()) {
            return drl;
        }
        StringBuilder out = new StringBuilder(drl);
        for (int i = inserts.size() - 1; i >= 0; i--) {
            out.insert(inserts.get(i)[0], texts.get(i));
        }
        return out.toString();
    }

    /**
     * The pattern expression on one line (a literal, or a call such as {@code Spans.regex("…", $l.getRegex())}
     * written over several), or null when it holds a comment: strings in DRL do not span lines, so
     * its line breaks can only stand between its parts.
     */
    private static String oneLine(String expression) {
        for (int k = 0; k < expression.length(); k++) {
            int skipped = Scan.skip(expression, k);
            if (skipped != k) {
                if (skipped < 0 || expression.charAt(k) != '"') {
                    return null;
                }
                k = skipped;
            }
        }
        return expression.replaceAll("\\s*\\n\\s*", " ");
    }

    /** Whether {@code drl[from, to)} holds nothing but white space and comments. */
    private static boolean onlyComments(String drl, int from, int to) {
        for (int k = from; k < to; k++) {
            int skipped = Scan.skip(drl, k);
            if (skipped != k) {
                if (skipped < 0 || drl.charAt(k) == '"') {
                    return false;
                }
                k = skipped;
            } else if (!Character.isWhitespace(drl.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a computed pattern can be evaluated where the filter goes, in the searched fact's own
     * pattern, meaning there what it means in the search. Outside its string literals it may name
     * variables bound by patterns at the top of the conditions ahead of the searched fact's (not the
     * searched fact, nor one bound inside a not, exists or the fact's own pattern), call functions and
     * methods, and name classes (capitalised, as a field of the fact is not); any other name could
     * be read there as a field of the fact, and is refused.
     */
    private static boolean namesOnlyWhatIsBoundBefore(String pattern, String drl, int when, int open, String searched) {
        for (int k = 0; k < pattern.length(); k++) {
            char c = pattern.charAt(k);
            if (c == '"') {
                k = Scan.skip(pattern, k);
                if (k < 0) {
                    return false;
                }
                continue;
            }
            if (c != '$' && !Character.isJavaIdentifierStart(c)) {
                continue;
            }
            int e = k + 1;
            while (e < pattern.length() && Character.isJavaIdentifierPart(pattern.charAt(e))) {
                e++;
            }
            String name = pattern.substring(k, e);
            boolean member = k > 0 && pattern.charAt(k - 1) == '.';
            int next = e;
            while (next < pattern.length() && pattern.charAt(next) == ' ') {
                next++;
            }
            boolean call = next < pattern.length() && pattern.charAt(next) == '(';
            if (c == '$') {
                if (member || name.equals(searched) || topBinding(drl, when, open, name) < 0) {
                    return false;
                }
            } else if (!member && !call && !Character.isUpperCase(c)) {
                return false;
            }
            k = e - 1;
        }
        return true;
    }

    /**
     * The opening parenthesis of the last pattern at the top of the conditions in
     * {@code drl[when, before)} that binds {@code variable} ({@code $x : Type(}), or -1.
     */
    private static int topBinding(String drl, int when, int before, String variable) {
        Matcher b = Pattern.compile("(?m)^[ \\t]*" + Pattern.quote(variable) + "\\s*:\\s*\\w+\\s*\\(").matcher(drl).region(when, before);
        int open = -1;
        while (b.find()) {
            Scan at = Scan.of(drl, when, b.start());
            if (at != null && at.depth == 0) {
                open = b.end() - 1;
            }
        }
        return open;
    }

    private static final Pattern JOINED_LITERALS = Pattern.compile(
            "(Spans\\.find\\(\\s*\\$\\w+\\s*,\\s*)(" + LITERAL + "(?:\\s*\\+\\s*" + LITERAL + ")+)(\\s*\\))");
    private static final Pattern ONE_LITERAL = Pattern.compile(LITERAL);

    /** The searches whose pattern is literals joined by +, written as one literal followed by the same line breaks. */
    static String joinLiterals(String drl) {
        Matcher m = JOINED_LITERALS.matcher(drl);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            StringBuilder literal = new StringBuilder("\"");
            Matcher piece = ONE_LITERAL.matcher(m.group(2));
            while (piece.find()) {
                literal.append(piece.group(), 1, piece.group().length() - 1);
            }
            literal.append('"');
            literal.append("\n".repeat((int) m.group(2).chars().filter(c -> c == '\n').count()));
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + literal + m.group(3)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static int lastStart(Pattern p, String s, int before) {
        Matcher m = p.matcher(s).region(0, before);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    /** The parenthesis depth at the end of a stretch of DRL, outside strings and comments. */
    private static final class Scan {
        int depth;
        boolean topLevelOr;

        /** Null where the stretch ends inside a string or a comment. */
        static Scan of(String s, int from, int to) {
            Scan r = new Scan();
            for (int k = from; k < to; k++) {
                int skipped = skip(s, k);
                if (skipped != k) {
                    if (skipped < 0 || skipped >= to) {
                        return null;
                    }
                    k = skipped;
                    continue;
                }
                char c = s.charAt(k);
                if (c == '(') {
                    r.depth++;
                } else if (c == ')') {
                    r.depth--;
                } else if (r.depth == 0 && c == 'o' && s.startsWith("or", k) && (k == 0 || !Character.isLetterOrDigit(s.charAt(k - 1)))
                        && (k + 2 >= s.length() || !Character.isLetterOrDigit(s.charAt(k + 2)))) {
                    r.topLevelOr = true;
                }
            }
            return r;
        }

        /** The index of the parenthesis closing the one at {@code open}, or -1. */
        static int closing(String s, int open) {
            int depth = 0;
            for (int k = open; k < s.length(); k++) {
                int skipped = skip(s, k);
                if (skipped != k) {
                    if (skipped < 0) {
                        return -1;
                    }
                    k = skipped;
                    continue;
                }
                char c = s.charAt(k);
                if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    return k;
                }
            }
            return -1;
        }

        /**
         * Where a string or comment that opens at {@code k} ends (its closing quote, the line break after a
         * line comment, the slash of a block comment), -1 if it does not; {@code k} itself when none opens there.
         */
        static int skip(String s, int k) {
            char c = s.charAt(k);
            if (c == '"') {
                for (int j = k + 1; j < s.length(); j++) {
                    char d = s.charAt(j);
                    if (d == '\\') {
                        j++;
                    } else if (d == '"') {
                        return j;
                    } else if (d == '\n') {
                        return -1;
                    }
                }
                return -1;
            }
            if (c == '/' && k + 1 < s.length() && s.charAt(k + 1) == '/') {
                return s.indexOf('\n', k);
            }
            if (c == '/' && k + 1 < s.length() && s.charAt(k + 1) == '*') {
                int e = s.indexOf("*/", k + 2);
                return e < 0 ? -1 : e + 1;
            }
            return k;
        }
    }
}

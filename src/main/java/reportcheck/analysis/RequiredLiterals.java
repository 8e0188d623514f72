package reportcheck.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words of which any match of a pattern holds at least one: "(存在|还有)[^。]{0,10}(问题|不足)" holds
 * 存在 or 还有. A text holding none of them cannot match, and is spared the search, which for a
 * pattern opening with a group or a choice tries every position of the text. The pattern is read
 * for plain characters, escaped punctuation, groups, choices and quantifiers; anything else (a flag,
 * a back-reference, a quotation, an unknown escape) gives no words, and the search runs as before.
 * Classes, dots, anchors and look-arounds require nothing, which is always true.
 */
final class RequiredLiterals {
    private final String regex;
    private int at;

    private RequiredLiterals(String regex) {
        this.regex = regex;
    }

    /** The words, or null when the pattern is not understood or requires none. */
    static String[] of(Pattern p) {
        if (p.flags() != 0) {
            return null;
        }
        try {
            RequiredLiterals r = new RequiredLiterals(p.pattern());
            Set<String> words = r.choice();
            if (r.at != r.regex.length() || words == null) {
                return null;
            }
            return words.toArray(new String[0]);
        } catch (Unsupported e) {
            return null;
        }
    }

    /** Whether {@code text} may match a pattern requiring {@code words} (null: no words known). */
    static boolean mayMatch(String[] words, String text) {
        if (words == null) {
            return true;
        }
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** a|b|c up to a closing parenthesis or the end: the union of the branches' words, null if one has none. */
    private Set<String> choice() {
        Set<String> all = new LinkedHashSet<>();
        boolean none = false;
        while (true) {
            Set<String> branch = sequence();
            if (branch == null) {
                none = true;
            } else {
                all.addAll(branch);
            }
            if (at < regex.length() && regex.charAt(at) == '|') {
                at++;
                continue;
            }
            return none ? null : all;
        }
    }

    /** Items one after another: the best words any one of them requires (a run of plain characters is one item). */
    private Set<String> sequence() {
        Set<String> best = null;
        StringBuilder run = new StringBuilder();
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            char c = regex.charAt(at);
            Set<String> item;
            Character plain = null;
            if (c == '(') {
                at++;
                boolean zeroWidth = false;
                if (regex.startsWith("?:", at)) {
                    at += 2;
                } else if (regex.startsWith("?=", at) || regex.startsWith("?!", at)) {
                    at += 2;
                    zeroWidth = true;
                } else if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) {
                    at += 3;
                    zeroWidth = true;
                } else if (regex.startsWith("?<", at)) {
                    int close = regex.indexOf('>', at);
                    if (close < 0 || !regex.substring(at + 2, close).matches("[A-Za-z][A-Za-z0-9]*")) {
                        throw new Unsupported();
                    }
                    at = close + 1;
                } else if (regex.startsWith("?", at)) {
                    throw new Unsupported(); // flags, atomic groups
                }
                Set<String> inner = choice();
                if (at >= regex.length() || regex.charAt(at) != ')') {
                    throw new Unsupported();
                }
                at++;
                item = zeroWidth ? null : inner;
            } else if (c == '[') {
                skipClass();
                item = null;
            } else if (c == '\\') {
                plain = escape();
                item = plain == null ? null : Set.of(String.valueOf(plain));
            } else if (c == '.' || c == '^' || c == '$') {
                at++;
                item = null;
            } else if (c == '*' || c == '+' || c == '?' || c == '{' || Character.isSurrogate(c)) {
                throw new Unsupported();
            } else {
                at++;
                plain = c;
                item = Set.of(String.valueOf(c));
            }
            int min = quantifier();
            if (min < 0 && plain != null) {
                run.append(plain.charValue());
                continue;
            }
            best = better(best, runWords(run));
            run.setLength(0);
            if (min != 0) {
                best = better(best, item);
            }
        }
        return better(best, runWords(run));
    }

    private static Set<String> runWords(StringBuilder run) {
        return run.length() == 0 ? null : Set.of(run.toString());
    }

    /** The words that narrow the search more: longer shortest word, then fewer words. */
    private static Set<String> better(Set<String> a, Set<String> b) {
        if (a == null || a.isEmpty()) {
            return b == null || b.isEmpty() ? null : b;
        }
        if (b == null || b.isEmpty()) {
            return a;
        }
        int la = shortest(a);
        int lb = shortest(b);
        return lb > la || lb == la && b.size() < a.size() ? b : a;
    }

    private static int shortest(Set<String> words) {
        int n = Integer.MAX_VALUE;
        for (String w : words) {
            n = Math.min(n, w.length());
        }
        return n;
    }

    /**
     * The quantifier after an item: its least count, -1 when there is none. Lazy and possessive
     * marks are read and change nothing of what a match holds.
     */
    private int quantifier() {
        if (at >= regex.length()) {
            return -1;
        }
        char c = regex.charAt(at);
        int min;
        if (c == '?' || c == '*') {
            at++;
            min = 0;
        } else if (c == '+') {
            at++;
            min = 1;
        } else if (c == '{') {
            int close = regex.indexOf('}', at);
            String body = close < 0 ? "" : regex.substring(at + 1, close);
            if (!body.matches("\\d{1,4}(,\\d{0,4})?")) {
                throw new Unsupported();
            }
            at = close + 1;
            min = Integer.parseInt(body.split(",")[0]);
        } else {
            return -1;
        }
        if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
            at++;
        }
        if (at < regex.length() && "?*+{".indexOf(regex.charAt(at)) >= 0) {
            throw new Unsupported();
        }
        return min;
    }

    /** A class [...]: skipped, requiring nothing; nested classes and escapes inside are followed. */
    private void skipClass() {
        if (regex.startsWith("[]", at) || regex.startsWith("[^]", at)) {
            throw new Unsupported(); // a bracket read as a member: not followed here
        }
        int depth = 0;
        while (at < regex.length()) {
            char c = regex.charAt(at++);
            if (c == '\\') {
                at++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && depth > 0 && --depth == 0) {
                return;
            } else if (c == ']' && depth == 0) {
                return;
            }
        }
        throw new Unsupported();
    }

    /** An escape: the character of escaped punctuation, null for a class (\d, \s, \p{…}), else unsupported. */
    private Character escape() {
        if (at + 1 >= regex.length()) {
            throw new Unsupported();
        }
        char e = regex.charAt(at + 1);
        at += 2;
        if ("dDsSwWhHvV".indexOf(e) >= 0) {
            return null;
        }
        if (e == 'p' || e == 'P') {
            if (at < regex.length() && regex.charAt(at) == '{') {
                int close = regex.indexOf('}', at);
                if (close < 0) {
                    throw new Unsupported();
                }
                at = close + 1;
            } else {
                at++;
            }
            return null;
        }
        if (!Character.isLetterOrDigit(e) && e < 128) {
            return e;
        }
        throw new Unsupported(); // word boundaries, quotations, back-references, code escapes, tabs and the like
    }

    /** The words of each pattern, null for one whose words are not known. */
    static List<String[]> ofAll(List<Pattern> patterns) {
        List<String[]> out = new ArrayList<>(patterns.size());
        for (Pattern p : patterns) {
            out.add(of(p));
        }
        return out;
    }
}

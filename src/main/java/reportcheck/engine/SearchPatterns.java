package reportcheck.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks, when the rules are compiled, that every search pattern written as one string literal
 * ({@code Spans.find($p, "…")}, {@code Spans.has}, {@code Spans.may}) is a valid regular
 * expression. A broken pattern would otherwise stop the first check that reaches it with an
 * engine error; here it stops the load with the file, the line and what is wrong, like a DRL
 * syntax error. Patterns put together at run time are not seen.
 */
final class SearchPatterns {
    private static final Pattern SEARCH = Pattern.compile(
            "Spans\\.(?:find|has|may)\\(\\s*[^,()\"]+,\\s*(" + SearchFilters.LITERAL + ")\\s*\\)");

    private SearchPatterns() {
    }

    /** "line: what is wrong" for each literal search pattern of the DRL text that does not compile. */
    static List<String> errors(String drl) {
        List<String> out = new ArrayList<>();
        Matcher m = SEARCH.matcher(drl);
        while (m.find()) {
            String regex = unescape(m.group(1));
            if (regex == null) {
                continue;
            }
            try {
                Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                int line = 1 + (int) drl.substring(0, m.start(1)).chars().filter(c -> c == '\n').count();
                out.add(line + ": 搜索用的正则表达式有误（" + e.getDescription() + "，第 " + (e.getIndex() + 1)
                        + " 个字符处）：" + m.group(1));
            }
        }
        return out;
    }

    /** The value of a string literal with its quotes, or null for an escape this does not know. */
    static String unescape(String literal) {
        StringBuilder out = new StringBuilder();
        for (int k = 1; k < literal.length() - 1; k++) {
            char c = literal.charAt(k);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = literal.charAt(++k);
            switch (e) {
                case '\\', '"', '\'' -> out.append(e);
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'u' -> {
                    if (k + 4 >= literal.length()) {
                        return null;
                    }
                    try {
                        out.append((char) Integer.parseInt(literal.substring(k + 1, k + 5), 16));
                    } catch (NumberFormatException x) {
                        return null;
                    }
                    k += 4;
                }
                default -> {
                    return null;
                }
            }
        }
        return out.toString();
    }
}

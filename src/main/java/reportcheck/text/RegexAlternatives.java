package reportcheck.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The top-level alternatives of a regex ({@code a|^b|c} gives {@code a}, {@code ^b}, {@code c}), so a
 * long alternation can be tried in parts: those anchored at the start once, the others by a
 * search. A pattern this reading is not sure of (a quoted span, a flag set for the whole pattern)
 * comes back whole.
 */
public final class RegexAlternatives {
    private RegexAlternatives() {
    }

    public static List<String> of(String regex) {
        if (regex.contains("\\Q") || regex.startsWith("(?") && !regex.startsWith("(?:") && !regex.startsWith("(?<")
                && !regex.startsWith("(?=") && !regex.startsWith("(?!")) {
            return List.of(regex);
        }
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        if (depth != 0) {
            return List.of(regex);
        }
        out.add(regex.substring(start));
        return out;
    }

    /** The index of the ']' closing the class opened at {@code open} (classes nest: [a[bc]]). */
    private static int classEnd(String regex, int open) {
        int depth = 0;
        int i = open;
        // a ']' right after '[' or '[^' is a member, not the end
        for (; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
                if (i + 1 < regex.length() && regex.charAt(i + 1) == '^') {
                    i++;
                }
                if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
                    i++;
                }
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return regex.length();
    }
}

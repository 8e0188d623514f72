package reportcheck.facts;

import java.util.List;

/**
 * A named list of words or pattern pieces from {@code rules/data/lists/NAME.txt}, for rules that
 * build their regular expressions from data: {@code Spans.find($p, "^(" + $l.getRegex() + ")\\s*:")}.
 * An office widens a rule by adding a line to the list, not by editing the rule.
 */
public final class PatternList {
    private final String name;
    private final List<String> entries;
    private final String regex;

    public PatternList(String name, List<String> entries) {
        this.name = name;
        this.entries = List.copyOf(entries);
        // longest first, so an alternation prefers 浏览次数 to 浏览
        this.regex = "(?:" + String.join("|", this.entries.stream()
                .sorted((a, b) -> b.length() - a.length()).toList()) + ")";
    }

    public String getName() {
        return name;
    }

    /** The entries as written (folded), each a regular expression over folded text. */
    public List<String> getEntries() {
        return entries;
    }

    /** A non-capturing alternation of every entry, longest first. */
    public String getRegex() {
        return regex;
    }

    @Override
    public String toString() {
        return "PatternList[" + name + "]";
    }
}

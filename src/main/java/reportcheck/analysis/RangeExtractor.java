package reportcheck.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reportcheck.facts.NumberRange;
import reportcheck.facts.Paragraph;
import reportcheck.facts.Roles;

/**
 * Finds number ranges in the report's own text (not in web-page residue). Dates such as
 * 2021-03-18, standard numbers such as GB/T 9704-2012, and numbers with a leading zero (area
 * codes, 03) are not ranges and are skipped.
 */
final class RangeExtractor {
    // (?=\d) first: one character test at each position before the look-behinds run (twice as fast)
    private static final Pattern RANGE = Pattern.compile(
            "(?=\\d)(?<![\\d.:/\\-~—])(?<![A-Za-z/]\\s?)(\\d{1,4}(?:\\.\\d+)?)(年)?\\s*(—{1,2}|―|–|‐|‑|−|─|-{1,2}|~|〜)\\s*"
                    + "(\\d{1,4}(?:\\.\\d+)?)(?![\\d:/\\-~]|\\.\\d)");
    private static final Pattern MONTH = Pattern.compile("[1-9]|1[0-2]");
    private static final Set<String> TEXT_ROLES = Set.of(Roles.TITLE, Roles.HEADING, Roles.BODY, Roles.CLOSING);

    private RangeExtractor() {
    }

    static List<NumberRange> extract(List<Paragraph> paragraphs) {
        List<NumberRange> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            if (!TEXT_ROLES.contains(p.getRole())) {
                continue;
            }
            String f = p.sourceText().folded();
            if (!hasDash(f, p.getOffset(), p.getEnd())) {
                continue; // every range has one of the dashes; the regex, with its look-behinds, is costly
            }
            Matcher m = RANGE.matcher(f);
            m.region(p.getOffset(), p.getEnd());
            while (m.find()) {
                String from = m.group(1);
                String to = m.group(4);
                if (leadingZero(from) || leadingZero(to)) {
                    continue;
                }
                out.add(new NumberRange(p.sourceText(), m.start(), m.end(), kind(f, m, from, to), m.start(3), m.end(3)));
            }
        }
        return out;
    }

    private static String kind(String f, Matcher m, String from, String to) {
        if (isYear(from) && isYear(to)) {
            return NumberRange.YEAR;
        }
        int after = m.end();
        while (after < f.length() && f.charAt(after) == ' ') {
            after++;
        }
        if (m.group(2) == null && after < f.length() && f.charAt(after) == '月' && isMonth(from) && isMonth(to)) {
            return NumberRange.MONTH;
        }
        return NumberRange.NUMBER;
    }

    /** The characters group 3 of {@link #RANGE} can match. */
    private static final String DASHES = "—―–‐‑−─-~〜";

    private static boolean hasDash(String f, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = f.charAt(i);
            // the dashes are '-', '~' and characters from U+2010 to U+2500 or 〜: an ideograph is
            // passed over at once, without a search of the list
            if (c == '-' || c == '~' || c >= '\u2010' && (c <= '\u2500' || c == '〜') && DASHES.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isYear(String s) {
        return s.length() == 4 && (s.startsWith("19") || s.startsWith("20"));
    }

    private static boolean isMonth(String s) {
        return MONTH.matcher(s).matches();
    }

    private static boolean leadingZero(String s) {
        return s.length() > 1 && s.charAt(0) == '0' && s.charAt(1) != '.';
    }
}

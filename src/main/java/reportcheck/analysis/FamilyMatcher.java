package reportcheck.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reportcheck.facts.CitedTitle;
import reportcheck.facts.FamilyTitle;
import reportcheck.facts.TitleFamily;

/**
 * Finds cited titles of a local document family (rules/data/title-families.json): those written
 * wrong (a range no edition has, a range that lost its dash or its 年, the fixed part one character
 * away) and those citing an edition rightly, so that two editions cited in one report are not
 * taken for a contradiction. Only what is certain is reported: a start year no edition has, a title without years, or
 * a fixed part that is a legitimate neighbour gives nothing.
 */
final class FamilyMatcher {
    /** Two years run together, the dash lost: (20212025年). */
    private static final Pattern LOST_DASH = Pattern.compile("\\(\\s*(\\d{4})(\\d{4})\\s*(年)?\\s*\\)$");

    /** Shorter fixed parts have real neighbours a character away (法治政府建设规划, …计划). */
    private static final int SLIP_MIN = 9;

    private FamilyMatcher() {
    }

    static List<FamilyTitle> match(List<TitleFamily> families, List<CitedTitle> cited, Set<CitedTitle> recognised) {
        List<FamilyTitle> out = new ArrayList<>();
        if (families.isEmpty()) {
            return out;
        }
        String[][] tails = new String[families.size()][];
        for (int i = 0; i < families.size(); i++) {
            List<Pattern> shapes = families.get(i).getShapes();
            tails[i] = new String[shapes.size()];
            for (int j = 0; j < shapes.size(); j++) {
                tails[i][j] = literalTail(shapes.get(j));
            }
        }
        for (CitedTitle c : cited) {
            if (!c.isClosed() || recognised.contains(c)) {
                continue;
            }
            FamilyTitle f = find(families, tails, c);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The literal a whole-title shape ends with ({@code \Q…\E}, as the shapes are built: the
     * fixed part after the place), "" when it ends otherwise; a title not ending with it cannot
     * match the shape, and most cited titles (laws) are spared the place's search. Only characters
     * without case count, so that no flag of the pattern can make them match otherwise.
     */
    static String literalTail(Pattern shape) {
        String p = shape.pattern();
        if (!p.endsWith("\\E")) {
            return "";
        }
        int q = p.lastIndexOf("\\Q");
        int slashes = 0;
        while (q - slashes > 0 && p.charAt(q - slashes - 1) == '\\') {
            slashes++;
        }
        if (q < 0 || slashes % 2 != 0) {
            return ""; // none, or an escaped backslash before a Q
        }
        String tail = p.substring(q + 2, p.length() - 2);
        if (tail.contains("\\E")) {
            return "";
        }
        for (int i = 0; i < tail.length(); i++) {
            char c = tail.charAt(i);
            if (Character.toUpperCase(c) != c || Character.toLowerCase(c) != c || Character.isSurrogate(c)) {
                return "";
            }
        }
        return tail;
    }

    private static FamilyTitle find(List<TitleFamily> families, String[][] tails, CitedTitle c) {
        String name = c.getBaseKey();
        Integer from = c.getYearFrom();
        Integer to = c.getYearTo();
        String lostDash = null; // the run-together years as written, when the dash is lost
        if (from == null) {
            Matcher m = LOST_DASH.matcher(name);
            if (m.find()) {
                from = Integer.valueOf(m.group(1));
                to = Integer.valueOf(m.group(2));
                lostDash = m.group(1) + m.group(2) + (m.group(3) == null ? "" : "年");
                name = name.substring(0, m.start());
            }
        }
        for (int i = 0; i < families.size(); i++) {
            TitleFamily fam = families.get(i);
            List<Pattern> shapes = fam.getShapes();
            for (int j = 0; j < shapes.size(); j++) {
                if (name.endsWith(tails[i][j]) && shapes.get(j).matcher(name).matches()) {
                    return years(fam, c, name, from, to, lostDash);
                }
            }
        }
        for (TitleFamily fam : families) {
            FamilyTitle f = fam.isSlips() ? wording(families, fam, c, name) : null;
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private static FamilyTitle years(TitleFamily fam, CitedTitle c, String name, Integer from, Integer to,
            String lostDash) {
        if (from == null || fam.endOf(from) == null) {
            return null; // no years, or a start no edition has: the right range is not certain
        }
        String right = from + "—" + fam.endOf(from) + "年";
        if (lostDash != null) {
            return fam.isSpan(from, to) ? new FamilyTitle(c, fam, "dash", lostDash, right, c.inMarks(name + "（" + right + "）"))
                    : null;
        }
        if (!fam.isSpan(from, to)) {
            return new FamilyTitle(c, fam, "years", c.getRangeText(), right, c.inMarks(name + "（" + right + "）"));
        }
        String slip = c.isYearSuffix() ? "edition" : "suffix";
        return new FamilyTitle(c, fam, slip, c.getRangeText(), right, c.inMarks(name + "（" + right + "）"));
    }

    /**
     * The fixed part after the place one character changed, added or dropped (not at its start, where
     * the place and the part would blur); 制 for 治 is left to the fixed terms (法制政府), which
     * report it in titles too.
     */
    private static FamilyTitle wording(List<TitleFamily> families, TitleFamily fam, CitedTitle c, String name) {
        for (String middle : fam.getMiddles()) {
            if (middle.length() < SLIP_MIN) {
                continue;
            }
            for (int len = middle.length() - 1; len <= middle.length() + 1; len++) {
                if (len >= name.length()) {
                    continue;
                }
                String tail = name.substring(name.length() - len);
                String head = name.substring(0, name.length() - len);
                if (tail.charAt(0) != middle.charAt(0) || fam.getNeighbours().contains(tail) || isMiddle(families, tail)
                        || tail.replace('制', '治').equals(middle) || !fam.getPlace().matcher(head).matches()
                        || Levenshtein.distance(tail, middle) != 1) {
                    continue;
                }
                String range = c.getRangeText() == null ? "" : "（" + c.getRangeText() + "）";
                return new FamilyTitle(c, fam, "wording", tail, middle, c.inMarks(head + middle + range));
            }
        }
        return null;
    }

    private static boolean isMiddle(List<TitleFamily> families, String tail) {
        return families.stream().anyMatch(f -> f.getMiddles().contains(tail));
    }
}

package reportcheck.facts;

import java.util.regex.Pattern;

/**
 * Which heading level's ordinal a line opens with, whatever its length: a long numbered
 * paragraph is no heading, yet it holds its place in the count of its level, so a gap next to
 * one is no gap (GB/T 9704-2012 7.3.3: 一、 → （一） → 1. → （1）).
 */
final class OrdinalOpening {
    private static final Pattern ANNEX = Pattern.compile("^附件\\s*:?\\s*");
    private static final String CN = "[一二三四五六七八九十]{1,3}";
    /** Index = level - 1; the forms exclude one another, so at most one matches. */
    private static final Pattern[] LEVELS = {
        Pattern.compile("^" + CN + "\\s*[、.,]"),
        Pattern.compile("^\\(" + CN + "\\)"),
        Pattern.compile("^\\d{1,2}\\s*[.、,](?![\\d.])"),
        Pattern.compile("^\\(\\d{1,2}\\)"),
    };

    private OrdinalOpening() {
    }

    /** 1 to 4 for the level whose ordinal opens {@code norm} (after an "附件：" label), else 0. */
    static int level(String norm) {
        String s = ANNEX.matcher(norm).replaceFirst("");
        for (int i = 0; i < LEVELS.length; i++) {
            if (LEVELS[i].matcher(s).find()) {
                return i + 1;
            }
        }
        return 0;
    }
}

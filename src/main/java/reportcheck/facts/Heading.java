package reportcheck.facts;

import reportcheck.text.SourceText;

/**
 * A numbered heading: 一、 (level 1), （一） (level 2), 1. (level 3), （1） (level 4), or 第一部分
 * (level 1). A run-in heading ("（一）优化顶层设计。正文…") ends at its first full stop; the
 * span of this fact is the heading alone.
 */
public final class Heading extends Located {
    private final int level;
    private final int ordinal;
    private final String ordinalText;
    private final String style;
    private final String title;
    private final String norm;
    private final Integer year;
    private final boolean runIn;
    private Heading previousSibling;

    public Heading(SourceText src, int offset, int end, int level, int ordinal, String ordinalText, String style,
            int titleStart, Integer year, boolean runIn) {
        super(src, offset, end);
        this.level = level;
        this.ordinal = ordinal;
        this.ordinalText = ordinalText;
        this.style = style;
        this.title = src.original().substring(titleStart, end);
        this.norm = src.folded().substring(titleStart, end);
        this.year = year;
        this.runIn = runIn;
    }

    public int getLevel() {
        return level;
    }

    /** The number the ordinal stands for: 一 → 1, （三） → 3. */
    public int getOrdinal() {
        return ordinal;
    }

    /** The ordinal as written, with its punctuation: "（一）、". */
    public String getOrdinalText() {
        return ordinalText;
    }

    /**
     * The ordinal's form with the number replaced by a placeholder character, folded:
     * "一、", "(一)", "(一)、", "1.", "1、", "(1)", "第一部分". Compare by level to spot misuse.
     */
    public String getStyle() {
        return style;
    }

    /** Heading text after the ordinal, as written. */
    public String getTitle() {
        return title;
    }

    /** Heading text after the ordinal, folded. */
    public String getNorm() {
        return norm;
    }

    /** The first four-digit year written in the heading, or null. */
    public Integer getYear() {
        return year;
    }

    public boolean isRunIn() {
        return runIn;
    }

    /**
     * The heading of this level just before this one under the same parent: the nearest earlier
     * heading of this level or above, when it is of this level; null for the first under its
     * parent. Set by {@link #linkSiblings} before the facts reach the rules, so they need not
     * look for it among all pairs of headings (cubic in the number of headings).
     */
    public Heading getPreviousSibling() {
        return previousSibling;
    }

    /** Sets {@link #getPreviousSibling()} for headings given in reading order. */
    public static void linkSiblings(java.util.List<Heading> inOrder) {
        // the nearest heading seen so far at each level; a heading closes every level below it
        Heading[] last = new Heading[5];
        for (Heading h : inOrder) {
            int level = Math.max(1, Math.min(h.level, 4));
            h.previousSibling = last[level];
            last[level] = h;
            for (int below = level + 1; below < last.length; below++) {
                last[below] = null;
            }
        }
    }
}

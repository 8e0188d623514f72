package reportcheck.facts;

import reportcheck.text.SourceText;

/**
 * Ideographs written twice in a row: the unit "始终" in "始终始终", or "常" in "常常". The span
 * covers both copies. Legitimate reduplication and typos look alike here; rules tell them apart.
 */
public final class RepeatedRun extends Located {
    private final String unit;
    private final int unitLength;
    private final String before;
    private final String after;

    public RepeatedRun(SourceText src, int offset, int end, String unit, String before, String after) {
        super(src, offset, end);
        this.unit = unit;
        this.unitLength = unit.codePointCount(0, unit.length());
        this.before = before;
        this.after = after;
    }

    public String getUnit() {
        return unit;
    }

    public int getUnitLength() {
        return unitLength;
    }

    /** The character before the run (folded), or "". */
    public String getBefore() {
        return before;
    }

    /** The character after the run (folded), or "". */
    public String getAfter() {
        return after;
    }
}

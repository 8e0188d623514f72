package reportcheck.facts;

import reportcheck.text.SourceText;

/**
 * One punctuation mark written in Chinese text both full-width ("，") and half-width (","). Web
 * copies fold everything to one width, so a report in one width is not a finding; a report that
 * mixes them shows the mix to every reader. The span is the first use of the less frequent form,
 * with the few characters before it for context.
 */
public final class MixedWidth extends Located {
    private final String mark;
    private final String minority;
    private final String majority;
    private final int minorityCount;
    private final int majorityCount;
    private final String full;

    public MixedWidth(SourceText src, int offset, int end, String mark, String minority, String majority,
            int minorityCount, int majorityCount, String full) {
        super(src, offset, end);
        this.mark = mark;
        this.minority = minority;
        this.majority = majority;
        this.minorityCount = minorityCount;
        this.majorityCount = majorityCount;
        this.full = full;
    }

    /** The mark's name in Chinese: 逗号, 分号, 冒号, 问号, 叹号, 括号. */
    public String getMark() {
        return mark;
    }

    /** The less used form, as written here: "," or "，". */
    public String getMinority() {
        return minority;
    }

    /** The form the report mostly uses. */
    public String getMajority() {
        return majority;
    }

    public int getMinorityCount() {
        return minorityCount;
    }

    public int getMajorityCount() {
        return majorityCount;
    }

    /** The full-width form, the one formal Chinese text uses: "，", "（）". */
    public String getFull() {
        return full;
    }
}

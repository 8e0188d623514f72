package reportcheck.facts;

import reportcheck.text.SourceText;

/**
 * The period a report's figures cover, as it states it ("本报告中所列数据的统计期限自2023年1月1日起至
 * 2023年12月31日止", "统计期限为2023年1月1日至12月31日"). An end without a year is in the start's year.
 */
public final class StatisticsPeriod extends Located {
    private final int fromYear;
    private final int fromMonth;
    private final int fromDay;
    private final int toYear;
    private final int toMonth;
    private final int toDay;

    public StatisticsPeriod(SourceText src, int offset, int end, int[] from, int[] to) {
        super(src, offset, end);
        this.fromYear = from[0];
        this.fromMonth = from[1];
        this.fromDay = from[2];
        this.toYear = to[0];
        this.toMonth = to[1];
        this.toDay = to[2];
    }

    public int getFromYear() {
        return fromYear;
    }

    public int getToYear() {
        return toYear;
    }

    /** The period is one calendar year, 1 January to 31 December. */
    public boolean isWholeYear() {
        return fromYear == toYear && fromMonth == 1 && fromDay == 1 && toMonth == 12 && toDay == 31;
    }

    /** "2023年1月1日至2023年12月31日", as the period reads once normalised. */
    public String getSpan() {
        return fromYear + "年" + fromMonth + "月" + fromDay + "日至" + toYear + "年" + toMonth + "月" + toDay + "日";
    }
}

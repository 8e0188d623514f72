package reportcheck.facts;

import reportcheck.text.SourceText;

/** A full or partial calendar date written in the text: 2024年3月13日, 2021年10月, 3月19日. */
public final class DateMention extends Located {
    private final Integer year;
    private final Integer month;
    private final Integer day;
    private final boolean valid;

    public DateMention(SourceText src, int offset, int end, Integer year, Integer month, Integer day, boolean valid) {
        super(src, offset, end);
        this.year = year;
        this.month = month;
        this.day = day;
        this.valid = valid;
    }

    public Integer getYear() {
        return year;
    }

    public Integer getMonth() {
        return month;
    }

    public Integer getDay() {
        return day;
    }

    /** False for a day that does not exist (2月30日, 13月). */
    public boolean isValid() {
        return valid;
    }
}

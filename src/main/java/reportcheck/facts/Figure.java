package reportcheck.facts;

import reportcheck.text.SourceText;

/**
 * A number with its unit and the words in front of it: "妥善处置群体性事件83起" gives subject
 * "妥善处置群体性事件", value 83, unit 起. The span runs from the subject to the unit.
 */
public final class Figure extends Located {
    private final double value;
    private final String number;
    private final String unit;
    private final String subject;
    private final String key;
    private final Integer period;
    private final boolean approximate;
    private final String qualifier;
    private final int numberOffset;
    private final String scope;
    private final int sentence;

    public Figure(SourceText src, int offset, int end, double value, String number, String unit, String subject,
            String key, Integer period, boolean approximate, String qualifier, int numberOffset, String scope,
            int sentence) {
        super(src, offset, end);
        this.value = value;
        this.number = number;
        this.unit = unit;
        this.subject = subject;
        this.key = key;
        this.period = period;
        this.approximate = approximate;
        this.qualifier = qualifier;
        this.numberOffset = numberOffset;
        this.scope = scope;
        this.sentence = sentence;
    }

    public double getValue() {
        return value;
    }

    /** The number as written (folded): "1500", "1.07", "12". */
    public String getNumber() {
        return number;
    }

    /** The measure word after the number: 起, 件, 人次, %, 万元… */
    public String getUnit() {
        return unit;
    }

    /** The words between the previous punctuation and the number, folded. */
    public String getSubject() {
        return subject;
    }

    /**
     * What is measured, for comparing figures: the last five characters of the subject when they
     * are all ideographs ("群体性事件"); the whole subject when it holds a 的-modifier
     * ("符合规定的案件"); null when the counted noun follows the number ("20个工作日") or the
     * subject is too short. Equal keys mark candidates for "the same measured thing".
     */
    public String getKey() {
        return key;
    }

    /** A year named earlier in the same sentence, which scopes the figure; null if none. */
    public Integer getPeriod() {
        return period;
    }

    /** Whether 约/近/超/逾/余/多/左右 make the figure approximate. */
    public boolean isApproximate() {
        return approximate;
    }

    /** Words right before the number that qualify it (约, 共, 累计, 其中, 同比…), or "". */
    public String getQualifier() {
        return qualifier;
    }

    public int getNumberOffset() {
        return numberOffset;
    }

    /**
     * Whose figure it is: the unit the sentence names before it (城北街道, 市司法局, 全区) and a
     * narrowing word of its clause (其中, 带头, 主要负责人), "城北街道·其中"; "" when neither is
     * named. Two subjects' counts of one thing are not two values of one measure.
     */
    public String getScope() {
        return scope;
    }

    /**
     * Where the figure's sentence starts (a semicolon ends one, as in {@code Measures}): two values
     * in one sentence are items of one enumeration, each of its own subject.
     */
    public int getSentence() {
        return sentence;
    }
}

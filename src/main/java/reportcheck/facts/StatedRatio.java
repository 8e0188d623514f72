package reportcheck.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import reportcheck.text.SourceText;

/**
 * A percentage stated together with the two figures it is computed from: "对602名犯罪嫌疑人进行了
 * 告知，告知后认罪认罚的有556人，认罪认罚率为92.36%" (part 556, whole 602). {@code kind} is
 * "rate" (…率为) or "share" (占…的, 占比). For a share the whole may be unknown (part and whole
 * null): a share above 100% is wrong whatever the whole. The fact carries the value computed from
 * the figures under the two customary roundings to the stated decimals; rules compare.
 */
public final class StatedRatio extends Located {
    public static final String RATE = "rate";
    public static final String SHARE = "share";

    private final String kind;
    private final Figure percent;
    private final Figure part;
    private final Figure whole;
    private final BigDecimal computed;
    private final int decimals;

    public StatedRatio(SourceText src, String kind, Figure percent, Figure part, Figure whole) {
        super(src, whole != null ? whole.getOffset() : part != null ? part.getOffset() : percent.getOffset(),
                percent.getEnd());
        this.kind = kind;
        this.percent = percent;
        this.part = part;
        this.whole = whole;
        int dot = percent.getNumber().indexOf('.');
        this.decimals = dot < 0 ? 0 : percent.getNumber().length() - dot - 1;
        this.computed = part == null || whole == null || whole.getValue() == 0 ? null
                : new BigDecimal(part.getNumber()).multiply(BigDecimal.valueOf(100))
                        .divide(new BigDecimal(whole.getNumber()), 12, RoundingMode.HALF_UP);
    }

    public String getKind() {
        return kind;
    }

    public Figure getPercent() {
        return percent;
    }

    /** The stated percentage: 92.36 for "92.36%". */
    public double getStated() {
        return percent.getValue();
    }

    /** Decimals the report wrote the percentage with. */
    public int getDecimals() {
        return decimals;
    }

    public Figure getPart() {
        return part;
    }

    public Figure getWhole() {
        return whole;
    }

    /** Whether both figures are known, so the percentage can be recomputed. */
    public boolean isComputable() {
        return computed != null;
    }

    /** part ÷ whole × 100 rounded half up to the stated decimals; NaN when not computable. */
    public double getRounded() {
        return computed == null ? Double.NaN : computed.setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    /** part ÷ whole × 100 cut off at the stated decimals (some reports truncate); NaN when not computable. */
    public double getTruncated() {
        return computed == null ? Double.NaN : computed.setScale(decimals, RoundingMode.DOWN).doubleValue();
    }

    /** The recomputed percentage for messages, two decimals beyond the stated ones: "97.7477". */
    public String getComputedText() {
        return computed == null ? "" : StatedSum.plain(computed.setScale(decimals + 2, RoundingMode.HALF_UP));
    }

    /** The recomputed percentage as the report would write it: "98". */
    public String getRoundedText() {
        return computed == null ? "" : computed.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }
}

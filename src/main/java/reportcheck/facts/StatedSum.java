package reportcheck.facts;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import reportcheck.text.SourceText;

/**
 * A total stated together with its parts: "清单共有514项，其中行政处罚类302项、行政许可类77项、
 * 公共服务类78项及其他行政执法57项". Built only where the text says so plainly (a figure, then
 * 其中, then a list of figures in the same unit), so rules can trust the structure. The span runs
 * from the total's subject to the last part. Whether the parts add up is for the rules to judge.
 */
public final class StatedSum extends Located {
    private final Figure total;
    private final List<Figure> parts;
    private final BigDecimal partSum;
    private final boolean exhaustive;
    private final BigDecimal totalExact;
    private final BigDecimal shownScale;

    public StatedSum(SourceText src, Figure total, List<Figure> parts, boolean exhaustive) {
        this(src, total.getOffset(), parts.get(parts.size() - 1).getEnd(), total, parts, exhaustive);
    }

    /** A sum whose span the caller gives: "行政处罚12件、行政许可8件，合计20件" states its total last. */
    public StatedSum(SourceText src, int offset, int end, Figure total, List<Figure> parts, boolean exhaustive) {
        super(src, offset, end);
        this.total = total;
        this.parts = List.copyOf(parts);
        // "1.2万元, 其中0.5万元、7000元": each figure is counted in the plain unit (元), exactly
        this.partSum = parts.stream().map(StatedSum::exact).reduce(BigDecimal.ZERO, BigDecimal::add);
        this.totalExact = exact(total);
        // shown in 万 or 亿 when every figure is written so, in the plain unit otherwise
        BigDecimal common = scale(total);
        for (Figure p : parts) {
            if (scale(p).compareTo(common) != 0) {
                common = BigDecimal.ONE;
            }
        }
        this.shownScale = common;
        this.exhaustive = exhaustive;
    }

    /** The figure's number times its multiplier (万, 亿), without binary rounding. */
    private static BigDecimal exact(Figure f) {
        return new BigDecimal(f.getNumber()).multiply(scale(f));
    }

    /** 1, 10000 or 100000000: what the figure's number was multiplied by to give its value. */
    private static BigDecimal scale(Figure f) {
        double n = Double.parseDouble(f.getNumber());
        return n == 0 ? BigDecimal.ONE : BigDecimal.valueOf(Math.round(f.getValue() / n));
    }

    public Figure getTotal() {
        return total;
    }

    /** The total in the plain unit (元, not 万元), computed exactly like the sum of the parts. */
    public double getTotalValue() {
        return totalExact.doubleValue();
    }

    /** The total as shown in findings, in the same unit as the parts' sum: "1.2万元", "12000元". */
    public String getTotalText() {
        return plain(totalExact.divide(shownScale)) + getShownUnit();
    }

    /** The unit the formula and the sum are shown in: 件, 万元, 元. */
    public String getShownUnit() {
        long s = shownScale.longValue();
        return (s == 10000L ? "万" : s == 100000000L ? "亿" : "") + getUnit();
    }

    /** The parts in the order written. */
    public List<Figure> getParts() {
        return parts;
    }

    public int getPartCount() {
        return parts.size();
    }

    /** The exact decimal sum of the parts as written. */
    public double getPartSum() {
        return partSum.doubleValue();
    }

    /** The sum of the parts as a plain number: "514", "3.5". */
    public String getPartSumText() {
        return plain(partSum.divide(shownScale));
    }

    /** The parts as an addition: "302 + 77 + 78 + 57". */
    public String getFormula() {
        return parts.stream().map(p -> plain(exact(p).divide(shownScale))).collect(Collectors.joining(" + "));
    }

    /**
     * Whether the list claims to cover the whole: one of its items is 其他/其它/其余 (the rest), so
     * the parts must add up to the total exactly.
     */
    public boolean isExhaustive() {
        return exhaustive;
    }

    /** The measure word of the total (and of every part): 项, 件, 人… */
    public String getUnit() {
        return total.getUnit();
    }

    static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}

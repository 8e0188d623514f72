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

    public StatedSum(SourceText src, Figure total, List<Figure> parts, boolean exhaustive) {
        super(src, total.getOffset(), parts.get(parts.size() - 1).getEnd());
        this.total = total;
        this.parts = List.copyOf(parts);
        this.partSum = parts.stream().map(p -> new BigDecimal(p.getNumber())).reduce(BigDecimal.ZERO, BigDecimal::add);
        this.exhaustive = exhaustive;
    }

    public Figure getTotal() {
        return total;
    }

    public double getTotalValue() {
        return total.getValue();
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
        return plain(partSum);
    }

    /** The parts as an addition: "302 + 77 + 78 + 57". */
    public String getFormula() {
        return parts.stream().map(Figure::getNumber).collect(Collectors.joining(" + "));
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

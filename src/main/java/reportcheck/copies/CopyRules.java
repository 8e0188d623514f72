package reportcheck.copies;

import java.util.List;
import reportcheck.engine.RuleMeta;
import reportcheck.finding.Severity;

/**
 * The ids and metadata of the findings the cross-report pass makes, declared once. They are not
 * DRL rules (a DRL session sees one report), so they are listed here, shown by
 * {@code reportcheck rules} beside the DRL rules, checked by the same conventions test, and
 * tested with multi-report fixtures instead of one-text fixtures. The ids are stable.
 */
public final class CopyRules {
    private static final String FILE = "（跨报告比对，reportcheck.copies）";

    public static final RuleMeta CROSS_REPORT = new RuleMeta("duplicate.cross-report", "duplicate",
            Severity.WARNING, "与本批其他报告段落相同",
            "本段与同一批次另一份报告的某段完全相同或只差几个字（相似度 ≥ 85%，"
                    + "不计惯用表述至少 60 字）。在多于 3 份报告中出现的段落视为通用表述，不报告。"
                    + "提示核实是否照抄了其他单位的报告；无法判断谁抄了谁，两份报告都会列出。",
            FILE, "cross-report");

    public static final RuleMeta CARRIED_OVER = new RuleMeta("duplicate.carried-over", "duplicate",
            Severity.WARNING, "不足或安排照搬往年报告",
            "“存在的不足”或“下一年度安排”中的段落与往年报告（--compare-with 指定）逐字相同"
                    + "（相似度 ≥ 95%，如只改了年份）。不足照搬往年说明问题没有解决或没有如实总结，"
                    + "安排照搬往年说明没有结合新情况。",
            FILE, "carried-over");

    public static final RuleMeta CARRIED_OVER_ELSEWHERE = new RuleMeta("duplicate.carried-over-elsewhere",
            "duplicate", Severity.INFO, "沿用往年报告的段落",
            "“不足”和“安排”以外部分的段落与往年报告（--compare-with 指定）逐字相同"
                    + "（相似度 ≥ 95%）。总结部分应写本年度的工作和数据，沿用往年文字的请核实。",
            FILE, "carried-over-elsewhere");

    public static final RuleMeta TABLE_CARRY = new RuleMeta("contradiction.table-carry-over", "contradiction",
            Severity.WARNING, "上年结转与上年报告不符",
            "政府信息公开工作年度报告表三的“二、上年结转政府信息公开申请数量”，应等于同一机关上一年度报告表三的"
                    + "“四、结转下年度继续办理”，逐列比较（同一批次或 --compare-with 给出的往年报告，按去掉年份的标题配对）。"
                    + "机构改革、更正数据都会造成不一致，所以是警告，请核实并在报告中说明。",
            FILE, "table-carry-over");

    /** The parts where carrying last year's text over means a problem was not addressed. */
    static final List<String> TELLING_SECTIONS = List.of("shortcomings", "plan");

    public static final List<RuleMeta> ALL = List.of(CARRIED_OVER, CARRIED_OVER_ELSEWHERE, CROSS_REPORT, TABLE_CARRY);

    private CopyRules() {
    }
}

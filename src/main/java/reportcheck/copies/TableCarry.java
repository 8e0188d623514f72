package reportcheck.copies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reportcheck.analysis.Facts;
import reportcheck.facts.TableCell;
import reportcheck.finding.Finding;
import reportcheck.finding.Related;

/**
 * Table 三's carried-over row of one report, and its carried-forward row, by column, with the
 * issuer (the title without its year) and the year: what this year's 上年结转 must equal in last
 * year's report of the same issuer, its 结转下年度继续办理.
 */
public record TableCarry(String issuer, int year, Map<String, TableCell> carried, Map<String, TableCell> forward) {

    /** The rows of a report's table 三, or null when it has none, or no title or year to match on. */
    public static TableCarry of(Facts facts) {
        var doc = facts.document();
        if (doc.getTitle() == null || doc.getReportingYear() == null) {
            return null;
        }
        Map<String, TableCell> carried = new LinkedHashMap<>();
        Map<String, TableCell> forward = new LinkedHashMap<>();
        for (Object o : facts.all()) {
            if (o instanceof TableCell c && "三".equals(c.getTable()) && c.isNumber()) {
                if ("carried".equals(c.getRowRole())) {
                    carried.put(c.getColumnName(), c);
                } else if ("forward".equals(c.getRowRole())) {
                    forward.put(c.getColumnName(), c);
                }
            }
        }
        if (carried.isEmpty() && forward.isEmpty()) {
            return null;
        }
        String issuer = reportcheck.text.Normalizer.fold(doc.getTitle()).replaceAll("\\d{4}\\s*年度?|\\s", "");
        return new TableCarry(issuer, doc.getReportingYear(), carried, forward);
    }

    /**
     * For each report of the batch, a finding where its 上年结转 differs, column by column, from
     * the 结转下年度继续办理 of the same issuer's report on the year before (in the batch or earlier).
     */
    static List<List<Finding>> find(List<CopyFinder.Report> current, List<CopyFinder.Report> earlier) {
        List<CopyFinder.Report> all = new ArrayList<>(current);
        all.addAll(earlier);
        List<List<Finding>> out = new ArrayList<>();
        for (CopyFinder.Report r : current) {
            List<Finding> found = new ArrayList<>();
            TableCarry now = r.carry();
            for (CopyFinder.Report o : all) {
                TableCarry before = o.carry();
                if (now == null || before == null || o == r || before.year() != now.year() - 1
                        || !before.issuer().equals(now.issuer())) {
                    continue;
                }
                List<String> diffs = new ArrayList<>();
                TableCell first = null;
                TableCell other = null;
                for (var e : now.carried().entrySet()) {
                    TableCell f = before.forward().get(e.getKey());
                    if (f != null && !f.getValue().equals(e.getValue().getValue())) {
                        diffs.add("「" + e.getKey() + "」" + e.getValue().getText() + "对" + f.getText());
                        first = first == null ? e.getValue() : first;
                        other = other == null ? f : other;
                    }
                }
                if (first != null) {
                    found.add(finding(first, other, o.source(), before.year(), diffs));
                }
                break;
            }
            out.add(found);
        }
        return out;
    }

    private static Finding finding(TableCell at, TableCell other, String source, int year, List<String> diffs) {
        var rule = CopyRules.TABLE_CARRY;
        String message = "表三「" + at.getRowLabel() + "」与" + source + " 第" + other.getLine() + "行（" + year
                + "年度报告表三「" + other.getRowLabel() + "」）不一致：" + String.join("，", diffs) + "。";
        return new Finding(rule.id(), rule.category(), rule.severity(), rule.title(),
                at.getLine(), at.getColumn(), at.getLine(), at.getColumn() + at.getText().codePointCount(0,
                        at.getText().length()), at.getText(), message,
                "核对两年的数字；因机构改革或更正而不一致的，在报告中说明。",
                List.of(new Related(other.getLine(), other.getColumn(), other.getText(), source)));
    }
}

package reportcheck.desk;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import reportcheck.finding.Severity;

/**
 * The review record (审核意见单) of one report as a Word file to print and file: the report, the
 * reviewer, the date, the counts, then every finding with its decision and reason, and, for a
 * later draft, what the earlier draft had that this one fixed.
 */
final class ReviewRecord {
    private ReviewRecord() {
    }

    static void write(JsonNode meta, JsonNode result, JsonNode decisions, JsonNode compare, String reviewer,
            LocalDate date, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFParagraph h = doc.createParagraph();
            h.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun hr = h.createRun();
            hr.setText("审核意见单");
            hr.setBold(true);
            hr.setFontSize(20);
            JsonNode findings = result.path("findings");
            Map<Decision, Integer> byDecision = new EnumMap<>(Decision.class);
            int open = 0;
            for (int i = 0; i < findings.size(); i++) {
                Decision d = Decision.of(decisions.path(String.valueOf(i)).path("decision").asText());
                if (d == null) {
                    open++;
                } else {
                    byDecision.merge(d, 1, Integer::sum);
                }
            }
            XWPFTable info = doc.createTable();
            row(info, 0, "报告", text(meta, "title", "（报告无标题）"));
            row(info, -1, "文件", meta.path("name").asText());
            row(info, -1, "发文机关", text(meta, "issuer", "未能确定"));
            row(info, -1, "报告年度", meta.path("year").isInt() ? meta.path("year").asInt() + "年" : "未能确定");
            row(info, -1, "审核人", reviewer == null || reviewer.isBlank() ? "" : reviewer);
            row(info, -1, "审核日期", date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日");
            JsonNode c = meta.path("counts");
            row(info, -1, "检查结果", "共 " + findings.size() + " 项：" + Severity.ERROR.label() + " " + c.path("error").asInt()
                    + " · " + Severity.WARNING.label() + " " + c.path("warning").asInt() + " · " + Severity.INFO.label() + " "
                    + c.path("info").asInt());
            row(info, -1, "审核意见", Decision.FIXED.label() + " " + byDecision.getOrDefault(Decision.FIXED, 0) + " · "
                    + Decision.NOT_AN_ISSUE.label() + " " + byDecision.getOrDefault(Decision.NOT_AN_ISSUE, 0) + " · "
                    + Decision.PENDING.label() + " " + byDecision.getOrDefault(Decision.PENDING, 0) + " · 未处理 " + open);
            if (compare != null) {
                row(info, -1, "与上一稿比较", "上一稿 " + compare.path("previousName").asText() + "（"
                        + compare.path("previousUploaded").asText().replace('T', ' ') + " 检查）：新问题 "
                        + compare.path("new").asInt() + " · 已改正 " + compare.path("fixedCount").asInt() + " · 仍在 "
                        + compare.path("remaining").asInt());
            }
            heading(doc, "问题与审核意见");
            XWPFTable t = doc.createTable();
            String[] head = {"序号", "严重程度", "位置", "问题", "原文", "审核意见", "说明"};
            XWPFTableRow hrow = t.getRow(0);
            for (int k = 0; k < head.length; k++) {
                cell(hrow, k, head[k], true);
            }
            for (int i = 0; i < findings.size(); i++) {
                JsonNode f = findings.get(i);
                JsonNode d = decisions.path(String.valueOf(i));
                Decision dec = Decision.of(d.path("decision").asText());
                XWPFTableRow r = t.createRow();
                cell(r, 0, String.valueOf(i + 1), false);
                cell(r, 1, severity(f.path("severity").asText()), false);
                cell(r, 2, f.path("line").isInt() ? "第" + f.path("line").asInt() + "行" : "全文", false);
                cell(r, 3, f.path("title").asText() + "：" + f.path("message").asText(), false);
                cell(r, 4, Drafts.evidence(f), false);
                String state = compare == null ? "" : "new".equals(compare.path("status").path(i).path("state").asText())
                        ? "（新问题）" : "（上一稿已有）";
                cell(r, 5, (dec == null ? "未处理" : dec.label()) + state, false);
                String reason = d.path("reason").asText("");
                if (dec == Decision.NOT_AN_ISSUE && reason.isBlank()) {
                    reason = "（未写理由）";
                }
                if (d.hasNonNull("carried")) {
                    reason = (reason.isEmpty() ? "" : reason + "；") + "沿用上一稿的意见";
                }
                cell(r, 6, reason, false);
            }
            if (compare != null && compare.path("fixed").size() > 0) {
                heading(doc, "上一稿中已改正的问题");
                XWPFTable x = doc.createTable();
                String[] fh = {"严重程度", "问题", "原文"};
                for (int k = 0; k < fh.length; k++) {
                    cell(x.getRow(0), k, fh[k], true);
                }
                for (JsonNode f : compare.path("fixed")) {
                    XWPFTableRow r = x.createRow();
                    cell(r, 0, severity(f.path("severity").asText()), false);
                    cell(r, 1, f.path("title").asText(), false);
                    cell(r, 2, f.path("evidence").asText(), false);
                }
            }
            XWPFParagraph sign = doc.createParagraph();
            sign.setSpacingBefore(480);
            sign.createRun().setText("审核人（签字）：____________　　　　日期：____年__月__日");
            doc.write(out);
        }
    }

    private static void heading(XWPFDocument doc, String s) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(240);
        XWPFRun r = p.createRun();
        r.setText(s);
        r.setBold(true);
        r.setFontSize(14);
    }

    private static void row(XWPFTable t, int index, String key, String value) {
        XWPFTableRow r = index == 0 ? t.getRow(0) : t.createRow();
        cell(r, 0, key, true);
        cell(r, 1, value, false);
    }

    private static void cell(XWPFTableRow r, int k, String s, boolean bold) {
        var cell = r.getCell(k) != null ? r.getCell(k) : r.addNewTableCell();
        XWPFParagraph p = cell.getParagraphs().get(0);
        XWPFRun run = p.createRun();
        // a line break in evidence stays a break in the cell rather than being lost
        String[] lines = (s == null ? "" : s).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
        run.setBold(bold);
    }

    private static String severity(String id) {
        try {
            return Severity.parse(id).label();
        } catch (IllegalArgumentException e) {
            return id;
        }
    }

    private static String text(JsonNode n, String key, String otherwise) {
        return n.path(key).isTextual() && !n.path(key).asText().isBlank() ? n.path(key).asText() : otherwise;
    }
}

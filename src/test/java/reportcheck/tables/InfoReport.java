package reportcheck.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A valid 政府信息公开工作年度报告 of the project's own wording, in the 2021 format (or with the
 * 2019 table 二), whose cells a test changes one at a time, written as .docx (gridSpan, vMerge),
 * HTML (colspan, rowspan), text with one row per line ({@code |}, merged labels printed once
 * so continuation rows shift left) and text with one cell per line (filler lines for merges).
 */
final class InfoReport {
    enum Form { DOCX, HTML, PIPES, CELL_LINES }

    /** A laid-out cell: its text and how many columns and rows it covers. */
    record Cell(String text, int cols, int rows) {
        static Cell of(String t) {
            return new Cell(t, 1, 1);
        }
    }

    static final String[] APPLICANTS = {"自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"};
    static final String[] T4 = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};
    private static final Map<String, String[]> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("（三）不予公开", new String[] {"属于国家秘密", "其他法律行政法规禁止公开", "危及“三安全一稳定”",
            "保护第三方合法权益", "属于三类内部事务信息", "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项"});
        GROUPS.put("（四）无法提供", new String[] {"本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确"});
        GROUPS.put("（五）不予处理", new String[] {"信访举报投诉类申请", "重复申请", "要求提供公开出版物", "无正当理由大量反复申请",
            "要求行政机关确认或重新出具已获取信息"});
        GROUPS.put("（六）其他处理", new String[] {"申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "其他"});
    }

    int year = 2023;
    String cites = "国办公开办函〔2021〕30号";
    boolean table2of2019;
    String normativeLabel = "行政规范性文件";
    String overview = "本局逐件登记政府信息公开申请，共收到政府信息公开申请4件，网站栏目按时更新。";
    /** Table 三 by row label: the seven cells, 自然人 to 总计. */
    final Map<String, String[]> t3 = new LinkedHashMap<>();
    final String[] t4 = {"1", "0", "0", "0", "1", "0", "0", "0", "0", "0", "0", "1", "0", "1", "2"};

    InfoReport() {
        for (String label : rowLabels()) {
            t3.put(label, new String[] {"0", "0", "0", "0", "0", "0", "0"});
        }
        t3.put("一、本年新收政府信息公开申请数量", new String[] {"3", "1", "0", "0", "0", "0", "4"});
        t3.put("二、上年结转政府信息公开申请数量", new String[] {"1", "0", "0", "0", "0", "0", "1"});
        t3.put("（一）予以公开", new String[] {"2", "1", "0", "0", "0", "0", "3"});
        t3.put("1.本机关不掌握相关政府信息", new String[] {"1", "0", "0", "0", "0", "0", "1"});
        t3.put("（七）总计", new String[] {"3", "1", "0", "0", "0", "0", "4"});
        t3.put("四、结转下年度继续办理", new String[] {"1", "0", "0", "0", "0", "0", "1"});
    }

    static List<String> rowLabels() {
        List<String> out = new ArrayList<>(List.of("一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "（一）予以公开",
                "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"));
        GROUPS.values().forEach(subs -> {
            for (int i = 0; i < subs.length; i++) {
                out.add((i + 1) + "." + subs[i]);
            }
        });
        out.add("（七）总计");
        out.add("四、结转下年度继续办理");
        return out;
    }

    /** The report as blocks: a String is a paragraph, a list of rows is a table. */
    List<Object> blocks() {
        List<Object> b = new ArrayList<>();
        b.add("某县统计局" + year + "年政府信息公开工作年度报告");
        b.add("本报告按照" + cites + "规定的格式编制，所列数据的统计期限为" + year + "年1月1日至" + year + "年12月31日。");
        b.add("一、总体情况");
        b.add(year + "年，" + overview);
        b.add("二、主动公开政府信息情况");
        b.add(table2());
        b.add("三、收到和处理政府信息公开申请情况");
        b.add(table3());
        b.add("四、政府信息公开行政复议、行政诉讼情况");
        b.add(table4());
        b.add("五、存在的主要问题及改进情况");
        b.add("个别答复的说理不够充分，下一步逐件复核答复文书。");
        b.add("六、其他需要报告的事项");
        b.add("本年度未收取信息处理费。");
        return b;
    }

    private List<List<Cell>> table2() {
        List<List<Cell>> t = new ArrayList<>();
        String[] c1 = table2of2019 ? new String[] {"本年新制作数量", "本年新公开数量", "对外公开总数量"}
                : new String[] {"本年制发件数", "本年废止件数", "现行有效件数"};
        t.add(List.of(new Cell("第二十条第（一）项", 4, 1)));
        t.add(row("信息内容", c1));
        t.add(row("规章", "0", "0", "0"));
        t.add(row(table2of2019 ? "规范性文件" : normativeLabel, "2", table2of2019 ? "2" : "0", "5"));
        if (table2of2019) {
            String[] c = {"上一年项目数量", "本年增/减", "处理决定数量"};
            t.add(List.of(new Cell("第二十条第（五）项", 4, 1)));
            t.add(row("信息内容", c));
            t.add(row("行政许可", "4", "+1", "6"));
            t.add(row("其他对外管理服务事项", "0", "0", "0"));
            t.add(List.of(new Cell("第二十条第（六）项", 4, 1)));
            t.add(row("信息内容", c));
            t.add(row("行政处罚", "2", "-1", "3"));
            t.add(row("行政强制", "0", "0", "0"));
            t.add(List.of(new Cell("第二十条第（八）项", 4, 1)));
            t.add(List.of(Cell.of("信息内容"), Cell.of("上一年项目数量"), new Cell("本年增/减", 2, 1)));
            t.add(List.of(Cell.of("行政事业性收费"), Cell.of("0"), new Cell("0", 2, 1)));
            t.add(List.of(new Cell("第二十条第（九）项", 4, 1)));
            t.add(List.of(Cell.of("信息内容"), Cell.of("采购项目数量"), new Cell("采购总金额", 2, 1)));
            t.add(List.of(Cell.of("政府集中采购"), Cell.of("1"), new Cell("2.5", 2, 1)));
            return t;
        }
        for (String[] block : new String[][] {{"第二十条第（五）项", "本年处理决定数量", "行政许可", "6"},
            {"第二十条第（六）项", "本年处理决定数量", "行政处罚", "3", "行政强制", "0"},
            {"第二十条第（八）项", "本年收费金额（单位：万元）", "行政事业性收费", "0"}}) {
            t.add(List.of(new Cell(block[0], 4, 1)));
            t.add(List.of(Cell.of("信息内容"), new Cell(block[1], 3, 1)));
            for (int i = 2; i < block.length; i += 2) {
                t.add(List.of(Cell.of(block[i]), new Cell(block[i + 1], 3, 1)));
            }
        }
        return t;
    }

    private static List<Cell> row(String label, String... values) {
        List<Cell> r = new ArrayList<>();
        r.add(Cell.of(label));
        for (String v : values) {
            r.add(Cell.of(v));
        }
        return r;
    }

    /** Three label columns and seven of numbers, the format's own layout. */
    private List<List<Cell>> table3() {
        List<List<Cell>> t = new ArrayList<>();
        t.add(List.of(new Cell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), new Cell("申请人情况", 7, 1)));
        t.add(List.of(new Cell("自然人", 1, 2), new Cell("法人或其他组织", 5, 1), new Cell("总计", 1, 2)));
        t.add(List.of(Cell.of("商业企业"), Cell.of("科研机构"), Cell.of("社会公益组织"), Cell.of("法律服务机构"), Cell.of("其他")));
        List<String> labels = rowLabels();
        int resultRows = labels.size() - 4 + 1;
        for (String label : labels) {
            List<Cell> r = new ArrayList<>();
            if (label.startsWith("一、") || label.startsWith("二、") || label.startsWith("四、")) {
                r.add(new Cell(label, 3, 1));
            } else if (label.startsWith("（一）")) {
                r.add(new Cell("三、本年度办理结果", 1, resultRows));
                r.add(new Cell(label, 2, 1));
            } else if (label.startsWith("（")) {
                r.add(new Cell(label, 2, 1));
            } else {
                for (var g : GROUPS.entrySet()) {
                    if (label.equals("1." + g.getValue()[0])) {
                        r.add(new Cell(g.getKey(), 1, g.getValue().length));
                    }
                }
                r.add(Cell.of(label));
            }
            for (String v : t3.get(label)) {
                r.add(Cell.of(v));
            }
            t.add(r);
        }
        return t;
    }

    private List<List<Cell>> table4() {
        List<List<Cell>> t = new ArrayList<>();
        t.add(List.of(new Cell("行政复议", 5, 1), new Cell("行政诉讼", 10, 1)));
        List<Cell> r2 = new ArrayList<>();
        for (String c : T4) {
            r2.add(new Cell(c, 1, 2));
        }
        r2.add(new Cell("未经复议直接起诉", 5, 1));
        r2.add(new Cell("复议后起诉", 5, 1));
        t.add(r2);
        List<Cell> r3 = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            for (String c : T4) {
                r3.add(Cell.of(c));
            }
        }
        t.add(r3);
        List<Cell> r4 = new ArrayList<>();
        for (String v : t4) {
            r4.add(Cell.of(v));
        }
        t.add(r4);
        return t;
    }

    @SuppressWarnings("unchecked")
    Path write(Form form, Path dir) throws IOException {
        Path out = dir.resolve("report." + switch (form) {
            case DOCX -> "docx";
            case HTML -> "html";
            default -> "txt";
        });
        if (form == Form.DOCX) {
            docx(out);
            return out;
        }
        StringBuilder sb = new StringBuilder();
        if (form == Form.HTML) {
            sb.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>年报</title></head><body><article>\n");
        }
        for (Object b : blocks()) {
            if (b instanceof String s) {
                sb.append(form == Form.HTML ? "<p>" + s + "</p>" : s).append('\n');
            } else {
                List<List<Cell>> rows = (List<List<Cell>>) b;
                switch (form) {
                    case HTML -> html(rows, sb);
                    case PIPES -> rows.forEach(r -> sb.append("| ").append(String.join(" | ",
                            r.stream().map(Cell::text).toList())).append(" |\n"));
                    default -> rows.forEach(r -> {
                        r.forEach(c -> sb.append(c.text().isEmpty() ? "|" : c.text() + " |").append('\n'));
                        sb.append("||\n");
                    });
                }
            }
        }
        if (form == Form.HTML) {
            sb.append("</article></body></html>\n");
        }
        Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
        return out;
    }

    private static void html(List<List<Cell>> rows, StringBuilder sb) {
        sb.append("<table border=\"1\">\n");
        for (List<Cell> r : rows) {
            sb.append("<tr>");
            for (Cell c : r) {
                sb.append("<td").append(c.cols() > 1 ? " colspan=\"" + c.cols() + "\"" : "")
                        .append(c.rows() > 1 ? " rowspan=\"" + c.rows() + "\"" : "").append(">").append(c.text())
                        .append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</table>\n");
    }

    @SuppressWarnings("unchecked")
    private void docx(Path out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (Object b : blocks()) {
                if (b instanceof String s) {
                    doc.createParagraph().createRun().setText(s);
                } else {
                    docxTable(doc, (List<List<Cell>>) b);
                }
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                doc.write(os);
            }
        }
    }

    /** Word keeps a cell merged down as a vMerge="restart" cell and a vMerge="continue" cell in each row below. */
    private static void docxTable(XWPFDocument doc, List<List<Cell>> rows) {
        XWPFTable table = doc.createTable();
        CTTbl tbl = table.getCTTbl();
        tbl.removeTr(0);
        Map<Long, Integer> continues = new LinkedHashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            CTRow tr = tbl.addNewTr();
            int col = 0;
            for (Cell c : rows.get(r)) {
                col = continuation(tr, continues, r, col);
                CTTc tc = tr.addNewTc();
                CTTcPr pr = tc.addNewTcPr();
                if (c.cols() > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(c.cols()));
                }
                if (c.rows() > 1) {
                    pr.addNewVMerge().setVal(STMerge.RESTART);
                    for (int d = 1; d < c.rows(); d++) {
                        continues.put(((long) (r + d) << 32) | col, c.cols());
                    }
                }
                var p = tc.addNewP();
                if (!c.text().isEmpty()) {
                    p.addNewR().addNewT().setStringValue(c.text());
                }
                col += c.cols();
            }
            continuation(tr, continues, r, col);
        }
    }

    private static int continuation(CTRow tr, Map<Long, Integer> continues, int r, int col) {
        Integer span;
        while ((span = continues.remove(((long) r << 32) | col)) != null) {
            CTTc tc = tr.addNewTc();
            CTTcPr pr = tc.addNewTcPr();
            if (span > 1) {
                pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
            }
            pr.addNewVMerge().setVal(STMerge.CONTINUE);
            tc.addNewP();
            col += span;
        }
        return col;
    }
}

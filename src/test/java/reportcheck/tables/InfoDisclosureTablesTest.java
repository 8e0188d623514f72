package reportcheck.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import reportcheck.finding.Finding;
import reportcheck.finding.Severity;
import reportcheck.input.LoadedReport;
import reportcheck.input.Readers;
import reportcheck.support.Engine;

/**
 * Each table check on a defect planted in a generated report, in every form a table reaches the
 * tool (.docx with merged cells, HTML with spans, text one row per line, text one cell per
 * line): it fires at the planted cell's row and column, and the clean twin gives no table finding.
 */
class InfoDisclosureTablesTest {
    private static final Pattern VALUE = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+(\\.\\d+)?|[+\\-]\\d+|/|—|-|\\d+件|");
    private static final List<String> TABLE_RULES = List.of("arithmetic.table-balance",
            "arithmetic.table-results-total", "arithmetic.table-row-total", "arithmetic.table-review-total",
            "structure.table-cell-number", "placeholder.table-blank-cells", "arithmetic.table-total-without-parts",
            "structure.table-not-checked", "structure.table-label-drift", "structure.table-format-version",
            "citation.table-format-cited", "contradiction.table-text");

    /** A planted defect: what to change, the rule, and where it must point (label, value column, evidence). */
    record Plant(String name, Consumer<InfoReport> change, String rule, String label, int column, String evidence) {
    }

    static List<Plant> plants() {
        String carried = "二、上年结转政府信息公开申请数量";
        return List.of(
                new Plant("forward too large", r -> r.t3.put("四、结转下年度继续办理", cells("2", "0", "0", "0", "0", "0", "2")),
                        "arithmetic.table-balance", "（七）总计", 0, "3"),
                new Plant("a result left out of the total",
                        r -> r.t3.put("1.属于国家秘密", cells("1", "0", "0", "0", "0", "0", "1")),
                        "arithmetic.table-results-total", "（七）总计", 0, "3"),
                new Plant("row total", r -> r.t3.get(carried)[6] = "2", "arithmetic.table-row-total", carried, 6, "2"),
                new Plant("review total", r -> r.t4[4] = "2", "arithmetic.table-review-total", "总计", 4, "2"),
                new Plant("suit total", r -> r.t4[14] = "3", "arithmetic.table-review-total", "总计", 14, "3"),
                new Plant("thousands separator is a number", r -> {
                    r.t3.put("一、本年新收政府信息公开申请数量", cells("1,300", "1", "0", "0", "0", "0", "1,302"));
                }, "arithmetic.table-row-total", "一、本年新收政府信息公开申请数量", 6, "1,302"),
                new Plant("unit in a cell", r -> r.t3.get(carried)[0] = "1件", "structure.table-cell-number", carried, 0,
                        "1件"),
                new Plant("blank cell", r -> r.t3.get("2.重复申请")[0] = "", "placeholder.table-blank-cells", "2.重复申请", -1,
                        "2.重复申请"),
                new Plant("slash cell", r -> r.t3.get("2.重复申请")[0] = "/", "placeholder.table-blank-cells", "2.重复申请", 0,
                        "/"),
                new Plant("total without parts", r -> r.t3.put("2.重复申请", cells("", "", "", "", "", "", "1")),
                        "arithmetic.table-total-without-parts", "2.重复申请", -1, "1"),
                new Plant("short row", r -> r.t3.put("2.重复申请", cells("0", "0", "0", "0", "0", "0")),
                        "structure.table-not-checked", null, -1, "三、收到和处理政府信息公开申请情况"),
                new Plant("label drift", r -> r.normativeLabel = "规范性文件", "structure.table-label-drift", null, -1,
                        "规范性文件"),
                new Plant("2019 table in 2023", r -> r.table2of2019 = true, "structure.table-format-version", null, -1,
                        "本年新制作数量"),
                new Plant("text against table", r -> r.overview = "本局共收到政府信息公开申请6件。", "contradiction.table-text",
                        null, -1, "共收到政府信息公开申请6件"),
                new Plant("cites the 2019 format", r -> r.cites = "国办公开办函〔2019〕60号", "citation.table-format-cited",
                        null, -1, "国办公开办函〔2019〕60号"));
    }

    private static String[] cells(String... v) {
        return v;
    }

    @TestFactory
    Stream<DynamicTest> cleanReportsGiveNoTableFinding() {
        return Stream.of(InfoReport.Form.values()).map(form -> DynamicTest.dynamicTest(form.name(), () -> {
            List<Finding> found = tableFindings(new InfoReport(), form);
            assertEquals(List.of(), found.stream().map(Finding::ruleId).toList(), form + " clean");
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachPlantedDefectIsFoundAtItsCell() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Plant p : plants()) {
            for (InfoReport.Form form : InfoReport.Form.values()) {
                tests.add(DynamicTest.dynamicTest(p.name() + " / " + form, () -> check(p, form)));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> zeroIsNeitherBlankNorSlash() {
        return Stream.of(InfoReport.Form.values()).map(form -> DynamicTest.dynamicTest(form.name(), () -> {
            InfoReport r = new InfoReport();
            r.t3.get("2.重复申请")[0] = "0";
            assertEquals(List.of(), tableFindings(r, form));
            InfoReport blank = new InfoReport();
            blank.t3.get("2.重复申请")[0] = "";
            InfoReport slash = new InfoReport();
            slash.t3.get("2.重复申请")[0] = "/";
            Finding b = only(tableFindings(blank, form), "placeholder.table-blank-cells");
            Finding s = only(tableFindings(slash, form), "placeholder.table-blank-cells");
            assertTrue(b.message().contains("（空白）"), b.message());
            assertTrue(s.message().contains("（/）"), s.message());
        }));
    }

    /** Old sites lay a page out in a table; the report's tables are then nested, and still read. */
    @org.junit.jupiter.api.Test
    void tablesInsideALayoutTableAreRead() throws Exception {
        InfoReport r = new InfoReport();
        r.t3.get("二、上年结转政府信息公开申请数量")[6] = "2";
        Path dir = Files.createTempDirectory("tables");
        Path page = r.write(InfoReport.Form.HTML, dir);
        Files.writeString(page, Files.readString(page).replace("<article>", "<table><tr><td><article>")
                .replace("</article>", "</article></td></tr></table>"));
        LoadedReport loaded = Readers.standard().read(page, "report");
        List<Finding> found = Engine.checker().check(loaded).stream()
                .filter(f -> f.ruleId().equals("arithmetic.table-row-total")).toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals("2", found.get(0).evidence());
    }

    /** An empty web cell written as &nbsp; is blank, not text, and not a number. */
    @org.junit.jupiter.api.Test
    void aNoBreakSpaceCellIsBlank() throws Exception {
        InfoReport r = new InfoReport();
        r.t3.get("2.重复申请")[0] = "&nbsp;";
        List<Finding> found = tableFindings(r, InfoReport.Form.HTML);
        assertEquals(List.of("placeholder.table-blank-cells"), found.stream().map(Finding::ruleId).toList());
        assertTrue(found.get(0).message().contains("（空白）"), found.get(0).message());
    }

    private static Finding only(List<Finding> found, String rule) {
        List<Finding> f = found.stream().filter(x -> x.ruleId().equals(rule)).toList();
        assertEquals(1, f.size(), rule + " in " + found);
        return f.get(0);
    }

    private void check(Plant p, InfoReport.Form form) throws Exception {
        InfoReport r = new InfoReport();
        p.change().accept(r);
        Path dir = Files.createTempDirectory("tables");
        LoadedReport loaded = Readers.standard().read(r.write(form, dir), "report");
        List<Finding> found = Engine.checker().check(loaded).stream().filter(f -> f.ruleId().equals(p.rule())).toList();
        String seen = found.stream().map(f -> f.line() + ":" + f.column() + " " + f.evidence()).toList().toString();
        boolean hit = false;
        for (Finding f : found) {
            if (!p.evidence().equals(f.evidence())) {
                continue;
            }
            if (p.label() == null) {
                hit = true;
                continue;
            }
            String[] at = place(loaded, f);
            hit |= p.label().equals(at[0]) && (p.column() < 0 || String.valueOf(p.column()).equals(at[1]));
        }
        assertTrue(hit, p.name() + " / " + form + ": expected " + p.rule() + " at " + p.label() + " column "
                + p.column() + " quoting " + p.evidence() + ", found " + seen + " " + found);
        assertEquals(List.of(), found.stream().filter(f -> f.severity() == null).toList());
    }

    /** The row label and the value column of a finding's place, read back from the report's text. */
    static String[] place(LoadedReport loaded, Finding f) {
        var text = loaded.text();
        String line = text.line(f.line());
        int at = line.offsetByCodePoints(0, f.column() - 1);
        char sep = line.indexOf('\t') >= 0 ? '\t' : '|';
        String[] cells = line.replaceAll("^\\s*\\|", "").replaceAll("\\|\\s*$", "").split(Pattern.quote(String.valueOf(sep)), -1);
        if (cells.length > 1) {
            int labelAt = lastLabel(cells);
            int index = (int) line.substring(0, at).chars().filter(c -> c == sep).count()
                    - (line.strip().startsWith("|") ? 1 : 0);
            if (labelAt < 0) {
                return new String[] {labelAbove(text, f.line() - 1), String.valueOf(index)};
            }
            return new String[] {cells[labelAt].strip(), String.valueOf(index > labelAt ? index - labelAt - 1 : -1)};
        }
        String bare = line.replaceAll("\\s*\\|\\s*$", "").strip();
        if (!VALUE.matcher(bare).matches()) {
            return new String[] {bare, "-1"};
        }
        int col = 0;
        for (int n = f.line() - 1; n >= 1; n--) {
            String l = text.line(n).strip();
            if (l.matches("\\|{2,}")) {
                continue;
            }
            String b = l.replaceAll("\\s*\\|\\s*$", "").strip();
            if (!VALUE.matcher(b).matches()) {
                return new String[] {b, String.valueOf(col)};
            }
            col++;
        }
        return new String[] {null, "-1"};
    }

    private static int lastLabel(String[] cells) {
        int last = -1;
        for (int i = 0; i < cells.length; i++) {
            if (!VALUE.matcher(cells[i].strip()).matches()) {
                last = i;
            }
        }
        return last;
    }

    private static String labelAbove(reportcheck.text.SourceText text, int from) {
        for (int n = from; n >= 1; n--) {
            String[] cells = text.line(n).replaceAll("^\\s*\\|", "").replaceAll("\\|\\s*$", "").split("[|\\t]", -1);
            int l = lastLabel(cells);
            if (l >= 0) {
                return cells[l].strip();
            }
        }
        return null;
    }

    private static List<Finding> tableFindings(InfoReport r, InfoReport.Form form) throws Exception {
        Path dir = Files.createTempDirectory("tables");
        LoadedReport loaded = Readers.standard().read(r.write(form, dir), "report");
        return Engine.checker().check(loaded).stream().filter(f -> TABLE_RULES.contains(f.ruleId()))
                .filter(f -> f.severity() != Severity.INFO || f.ruleId().equals("structure.table-not-checked")).toList();
    }
}

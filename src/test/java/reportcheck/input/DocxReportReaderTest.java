package reportcheck.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static reportcheck.support.RawDocx.numPr;
import static reportcheck.support.RawDocx.p;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import reportcheck.facts.Heading;
import reportcheck.support.Engine;
import reportcheck.support.RawDocx;
import reportcheck.text.UnreadableReportException;

class DocxReportReaderTest {
    @TempDir
    Path dir;

    /** A draft as a typist makes it in Word: list numbering for the headings, a table, a header, a footnote. */
    @Test
    void readsParagraphsTableCellsAndGeneratedLabelsInReadingOrder() throws Exception {
        Path file = dir.resolve("draft.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("页眉文字");
            doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("— 1 —");
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger abs = numbering.addAbstractNum(new XWPFAbstractNum(NumberingDocument.Factory.parse(
                    "<w:numbering xmlns:w=\"" + RawDocx.W + "\"><w:abstractNum w:abstractNumId=\"0\">"
                            + lvl(0, "chineseCounting", "%1、") + lvl(1, "chineseCounting", "（%2）")
                            + lvl(2, "decimal", "%3.") + "</w:abstractNum></w:numbering>").getNumbering()
                    .getAbstractNumArray(0), numbering));
            BigInteger num = numbering.addNum(abs);
            text(doc, "某区司法局2023年法治政府建设年度报告");
            doc.createParagraph();
            numbered(doc, num, 0, "主要举措和成效");
            numbered(doc, num, 1, "完善制度");
            XWPFParagraph withNote = text(doc, "全年办理复议案件12件");
            XWPFFootnote note = doc.createFootnote();
            note.createParagraph().createRun().setText("脚注：含撤回的案件");
            withNote.addFootnoteReference(note);
            numbered(doc, num, 1, "严格执法");
            numbered(doc, num, 2, "落实公示制度");
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("指标");
            table.getRow(0).getCell(1).setText("数量");
            table.getRow(1).getCell(0).setText("行政复议");
            table.getRow(1).getCell(0).addParagraph().createRun().setText("（含撤回）");
            table.getRow(1).getCell(1).setText("12件");
            numbered(doc, num, 0, "存在的不足");
            numbered(doc, num, 1, "学习不够深入");
            try (OutputStream os = Files.newOutputStream(file)) {
                doc.write(os);
            }
        }
        LoadedReport report = Readers.standard().read(file, "draft.docx");
        assertEquals("docx", report.format());
        assertEquals(List.of("某区司法局2023年法治政府建设年度报告", "一、主要举措和成效", "（一）完善制度", "全年办理复议案件12件",
                "（二）严格执法", "1.落实公示制度", "指标", "数量", "行政复议", "（含撤回）", "12件", "二、存在的不足",
                "（一）学习不够深入"), lines(report));
        // the generated labels are what the heading analysis reads
        List<String> headings = Engine.checker().facts(report).all().stream().filter(Heading.class::isInstance)
                .map(h -> ((Heading) h).getLevel() + ":" + ((Heading) h).getOrdinal()).toList();
        assertEquals(List.of("1:1", "2:1", "2:2", "3:1", "1:2", "2:1"), headings);
    }

    /** The list rules of numbering.xml: shared counters, restarts, overrides, styles, bullets, legal numbering. */
    @Test
    void rebuildsWordListLabels() throws Exception {
        String numbering = "<w:abstractNum w:abstractNumId=\"0\">" + lvl(0, "chineseCounting", "%1、")
                + lvl(1, "chineseCounting", "(%2)") + lvl(2, "decimal", "%1.%3", "<w:isLgl/>")
                + lvl(3, "decimalEnclosedCircle", "%4", "<w:lvlRestart w:val=\"1\"/>") + "</w:abstractNum>"
                + "<w:abstractNum w:abstractNumId=\"1\">" + lvl(0, "bullet", "\uF06C") + "</w:abstractNum>"
                + "<w:abstractNum w:abstractNumId=\"2\">" + lvl(0, "ideographTraditional", "%1、", "<w:pStyle w:val=\"BiaoTi\"/>")
                + lvl(1, "decimal", "第%2条", "<w:suff w:val=\"space\"/>") + lvl(2, "upperLetter", "Part %3") + "</w:abstractNum>"
                + num(1, 0, "") + num(2, 0, "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"5\"/></w:lvlOverride>")
                + num(3, 1, "") + num(4, 2, "") + num(5, 0, "");
        String styles = "<w:style w:type=\"paragraph\" w:styleId=\"BiaoTi\"><w:name w:val=\"Biao Ti\"/><w:pPr>"
                + "<w:numPr><w:numId w:val=\"4\"/></w:numPr></w:pPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"BiaoTiSub\"><w:name w:val=\"Biao Ti Sub\"/>"
                + "<w:basedOn w:val=\"BiaoTi\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"21\"><w:name w:val=\"toc 1\"/></w:style>";
        String body = p(numPr(1, 0), "总体情况") + p(numPr(1, 1), "学习") + p(numPr(1, 2), "细则") + p(numPr(1, 3), "要点")
                + p(numPr(1, 1), "执法") + p(numPr(1, 3), "要点二")
                + p(numPr(5, 0), "不足") + p(numPr(1, 3), "要点三")
                + p(numPr(2, 0), "计划") + p(numPr(3, 0), "项目符号")
                + p("<w:pStyle w:val=\"BiaoTi\"/>", "甲项") + p("<w:pStyle w:val=\"BiaoTiSub\"/>", "乙项")
                + p("<w:pStyle w:val=\"BiaoTi\"/>" + numPr(0, 0), "不编号") + p(numPr(4, 1), "细目") + p(numPr(4, 2), "Scope")
                + "<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/></w:docPartObj></w:sdtPr>"
                + "<w:sdtContent>" + p("", "目录") + p("<w:pStyle w:val=\"21\"/>", "一、总体情况 1") + "</w:sdtContent></w:sdt>"
                + p("<w:pStyle w:val=\"21\"/>", "二、不足 3")
                + "<w:sdt><w:sdtPr><w:tag w:val=\"x\"/></w:sdtPr><w:sdtContent>" + p("", "控件中的段落") + "</w:sdtContent></w:sdt>"
                + "<w:p><w:ins w:id=\"1\" w:author=\"a\"><w:r><w:t>新增</w:t></w:r></w:ins><w:del w:id=\"2\" w:author=\"a\">"
                + "<w:r><w:delText>删除</w:delText></w:r></w:del><w:r><w:t>内容</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>ABC</w:t><w:br/><w:t>DEF</w:t></w:r></w:p>"
                + "<w:p><w:hyperlink r:id=\"rIdX\"><w:r><w:t>链接文字</w:t></w:r></w:hyperlink></w:p>";
        Path file = dir.resolve("lists.docx");
        RawDocx.write(file, RawDocx.body(body), numbering, styles);
        assertEquals(List.of("一、总体情况", "(一)学习", "1.1细则", "①要点", "(二)执法", "②要点二",
                "二、不足", "①要点三", "五、计划", "项目符号", "甲、甲项", "乙、乙项", "不编号", "第1条细目", "Part A Scope",
                "控件中的段落", "新增内容", "第一行第二行", "ABC DEF", "链接文字"), lines(Readers.standard().read(file, "x")));
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SECRET-CONTENT-42");
        String doc = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>\n<w:document xmlns:w=\"" + RawDocx.W + "\"><w:body>"
                + p("", "正文&xxe;结束") + "</w:body></w:document>";
        Path file = dir.resolve("xxe.docx");
        RawDocx.write(file, doc, null, null);
        UnreadableReportException e = assertThrows(UnreadableReportException.class,
                () -> Readers.standard().read(file, "xxe.docx"));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
    }

    @Test
    void zipBombsAreRefused() throws Exception {
        // 40 MB of one repeated paragraph compresses about a thousand times: far past POI's ratio limit
        String para = p("", "啊".repeat(2000));
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 6000; i++) {
            body.append(para);
        }
        Path file = dir.resolve("bomb.docx");
        RawDocx.write(file, RawDocx.body(body.toString()), null, null);
        assertTrue(Files.size(file) < 1_000_000, "the bomb is small on disk: " + Files.size(file));
        UnreadableReportException e = assertThrows(UnreadableReportException.class,
                () -> Readers.standard().read(file, "bomb.docx"));
        assertTrue(e.getMessage().contains("ZIP 炸弹"), e.getMessage());
    }

    @Test
    void brokenOrEmptyDocumentsAreRefusedWithAReason() throws Exception {
        Path broken = dir.resolve("broken.docx");
        RawDocx.write(broken, "<w:document xmlns:w=\"" + RawDocx.W + "\"><w:body><w:p>", null, null);
        assertTrue(assertThrows(UnreadableReportException.class, () -> Readers.standard().read(broken, "b"))
                .getMessage().contains("另存为"));
        Path empty = dir.resolve("empty.docx");
        RawDocx.write(empty, RawDocx.body(p("", "") + p("", "　　")), null, null);
        assertTrue(assertThrows(UnreadableReportException.class, () -> Readers.standard().read(empty, "e"))
                .getMessage().contains("没有文字"));
    }

    /**
     * Found by fuzzing: a local header naming zstd made POI's ZIP library load a codec we do not
     * ship; an entry name flagged UTF-8 but malformed made the JDK's ZIP reader throw.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "crash-zstd-method-in-local-header.docx | Word 不使用的压缩方式",
        "crash-malformed-utf8-entry-name.docx   | ZIP 结构已损坏",
    })
    void damagedZipFilesAreRefusedNotCrashes(String name, String message) throws Exception {
        Path odd = Path.of("src/test/resources/reportcheck/fuzz/ReaderFuzzTestInputs/docx", name);
        byte[] before = Files.readAllBytes(odd);
        UnreadableReportException e = assertThrows(UnreadableReportException.class,
                () -> new DocxReportReader().read(odd, name));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(odd)));
    }

    @Test
    void chineseCountingReadsAsWritten() {
        assertEquals("十", NumberFormats.format(10, "chineseCounting"));
        assertEquals("十一", NumberFormats.format(11, "chineseCounting"));
        assertEquals("二十", NumberFormats.format(20, "chineseCounting"));
        assertEquals("一百零一", NumberFormats.format(101, "chineseCountingThousand"));
        assertEquals("一百一十", NumberFormats.format(110, "chineseCounting"));
        assertEquals("丙", NumberFormats.format(3, "ideographTraditional"));
        assertEquals("叁", NumberFormats.format(3, "chineseLegalSimplified"));
        assertEquals("一〇", NumberFormats.format(10, "ideographDigital"));
        assertEquals("AA", NumberFormats.format(27, "upperLetter"));
        assertEquals("xiv", NumberFormats.format(14, "lowerRoman"));
    }

    private static String lvl(int ilvl, String fmt, String text, String... extra) {
        return "<w:lvl w:ilvl=\"" + ilvl + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + fmt + "\"/>"
                + String.join("", extra) + "<w:lvlText w:val=\"" + text + "\"/></w:lvl>";
    }

    private static String num(int id, int abs, String overrides) {
        return "<w:num w:numId=\"" + id + "\"><w:abstractNumId w:val=\"" + abs + "\"/>" + overrides + "</w:num>";
    }

    private static XWPFParagraph text(XWPFDocument doc, String s) {
        XWPFParagraph p = doc.createParagraph();
        p.createRun().setText(s);
        return p;
    }

    private static void numbered(XWPFDocument doc, BigInteger num, int level, String s) {
        XWPFParagraph p = text(doc, s);
        p.setNumID(num);
        p.setNumILvl(BigInteger.valueOf(level));
    }

    static List<String> lines(LoadedReport r) {
        return List.of(r.text().original().split("\n", -1));
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

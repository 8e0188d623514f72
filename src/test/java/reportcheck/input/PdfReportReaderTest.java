package reportcheck.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportcheck.input.PdfLines.TextLine;
import reportcheck.support.PdfWriter;
import reportcheck.text.UnreadableReportException;

class PdfReportReaderTest {
    @TempDir
    Path dir;

    /** Paragraphs wrapped over many lines and across a page break come back whole; page numbers do not. */
    @Test
    void joinsPrintedLinesBackIntoParagraphs() throws Exception {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("某区司法局2023年法治政府建设年度报告");
        for (int i = 1; i <= 12; i++) {
            paragraphs.add("第" + i + "段。全年办理行政复议案件" + (100 + i) + "件，依法纠错" + i + "件，"
                    + "落实《法治政府建设实施纲要（2021—2025年）》各项要求，持续推进严格规范公正文明执法。".repeat(2));
        }
        paragraphs.add("某区司法局");
        paragraphs.add("2024年3月1日");
        Path file = dir.resolve("report.pdf");
        PdfWriter.write(paragraphs, file);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 2, "the text runs over a page break");
        }
        assertEquals(paragraphs, DocxReportReaderTest.lines(Readers.standard().read(file, "report.pdf")));
    }

    @Test
    void aScannedPdfIsRefusedWithoutOcr() throws Exception {
        Path file = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 200, 100);
            g.setColor(Color.BLACK);
            g.drawString("scanned page", 20, 50);
            g.dispose();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, img), 50, 500, 400, 200);
            }
            doc.save(file.toFile());
        }
        String m = refusal(file);
        assertTrue(m.contains("没有文字层") && m.contains("OCR"), m);
    }

    @Test
    void aPdfThatNeedsAPasswordIsRefusedAndOneThatOnlyRestrictsCopyingIsRead() throws Exception {
        Path locked = dir.resolve("locked.pdf");
        Path restricted = dir.resolve("restricted.pdf");
        for (Path p : List.of(locked, restricted)) {
            PdfWriter.write(List.of("依法行政工作报告"), p);
            try (PDDocument doc = Loader.loadPDF(p.toFile())) {
                AccessPermission perm = new AccessPermission();
                perm.setCanExtractContent(false);
                doc.protect(new StandardProtectionPolicy("owner", p == locked ? "user" : "", perm));
                doc.save(p.toFile());
            }
        }
        assertTrue(refusal(locked).contains("打开密码"), refusal(locked));
        assertEquals("依法行政工作报告", Readers.standard().read(restricted, "r").text().original());
    }

    @Test
    void aDamagedPdfIsRefusedWithAReason() throws Exception {
        Path file = dir.resolve("broken.pdf");
        Files.writeString(file, "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage");
        assertTrue(refusal(file).contains("无法读取 PDF"), refusal(file));
    }

    /**
     * Found by fuzzing: damaged PDFs (32 KB and 15 KB) whose font character maps PDFBox expanded
     * for over two minutes, or until a 1 GB heap ran out. Refused at once, file unchanged.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"fuzz-slow-font-map.pdf", "fuzz-huge-font-map.pdf"})
    void aPdfWithAMonstrousFontMapIsRefusedAtOnce(String name) throws Exception {
        Path pdf = Path.of("src/test/resources/hardening", name);
        byte[] before = Files.readAllBytes(pdf);
        long t0 = System.nanoTime();
        UnreadableReportException e = assertThrows(UnreadableReportException.class,
                () -> new PdfReportReader().read(pdf, name));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(e.getMessage().contains("字符对照表大得异常"), e.getMessage());
        assertTrue(ms < 20_000, "took " + ms + " ms"); // minutes before; a bound, not a benchmark
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(pdf)));
    }

    @Test
    void fontMapRangesAreCountedAsPdfBoxWouldExpandThem() {
        String real = "2 beginbfrange\n<0020> <007E> <0020>\n<4E00> <4E05> [<4E00> <4E01> <4E02> <4E03> <4E04> <4E05>]\nendbfrange\n"
                + "1 beginbfchar\n<0001> <0041>\nendbfchar";
        assertEquals(95 + 6, PdfFontMaps.rangeCodes(real));
        assertEquals(0x1000000L, PdfFontMaps.rangeCodes("1 beginbfrange <000000> <FFFFFF> <0000> endbfrange"));
        assertEquals(Long.MAX_VALUE, PdfFontMaps.rangeCodes("1 beginbfrange <0000> <FFFFFFFFFF> <0000> endbfrange"));
        assertEquals(0, PdfFontMaps.rangeCodes("1 beginbfrange <0100> <00FF> <0000> endbfrange")); // backwards: nothing
        // an odd digit count ends in 0, as in any PDF hex string: <669EC1B> is 0x669EC1B0
        assertEquals(0x669EC1B0L - 0x4310C04DL + 1, PdfFontMaps.rangeCodes("1 beginbfrange <4310C04D> <669EC1B> <41C031> endbfrange"));
    }

    @Test
    void paragraphRulesOnPrintedLines() {
        // x from 72 to 523, 12 pt type, 20 pt pitch
        List<TextLine> lines = List.of(
                line(1, "某区司法局文件", 250, 330, 40, 12),
                line(1, "　　标题居中", 200, 330, 100, 12),
                line(1, "第一行写满了整个版心，", 96, 523, 140, 12),
                line(1, "第二行也写满", 72, 523, 160, 24),
                line(1, "最后一行未满。", 72, 300, 180, 12),
                line(1, "English words run", 72, 523, 200, 12),
                line(1, "on here.", 72, 200, 220, 12),
                line(1, "间隔很大的下一段", 72, 523, 300, 12),
                line(1, "— 1 —", 280, 320, 800, 12),
                line(2, "某区司法局文件", 250, 330, 40, 12),
                line(2, "跨页接续。", 72, 150, 100, 12),
                line(2, "第 2 页", 280, 320, 780, 12),
                line(3, "3", 72, 90, 120, 12),
                line(3, "第三页的一段。", 96, 200, 140, 12));
        assertEquals(List.of("　　标题居中", "第一行写满了整个版心，第二行也写满最后一行未满。", "English words run on here.",
                "间隔很大的下一段跨页接续。", "第三页的一段。"), PdfParagraphs.join(lines));
    }

    /**
     * A break inside a 《》 title or a number range ends no paragraph, even where the layout says
     * so: a centred heading whose title wraps (the next line is indented), a line that stops
     * short before 「(2021—」; a title that runs over three lines. A 《 left open by a slip does
     * not join a paragraph to the next, nor do two numbers that merely meet at a break.
     */
    @Test
    void aBreakInsideATitleOrANumberRangeEndsNoParagraph() {
        List<TextLine> lines = List.of(
                line(1, "关于印发《某区法治政府建设", 160, 440, 40, 12),
                line(1, "实施方案》的通知", 230, 370, 60, 12),
                line(1, "全区贯彻落实《法治政府建设实施纲要", 96, 523, 100, 12),
                line(1, "(2021—2026年)》,成效明显。", 72, 300, 120, 12),
                line(1, "各单位对照纲要(2021—", 96, 480, 140, 12),
                line(1, "2025年)逐项落实。", 72, 200, 160, 12),
                line(1, "学习《中华人民共和国行政处罚法》《习近平关于全面依法治国", 96, 523, 180, 12),
                line(1, "论述摘编》《某某省行政执法监督条例》和《某某市规范行政裁量", 72, 523, 200, 12),
                line(1, "权基准办法》。", 72, 160, 220, 12),
                line(1, "误写了半个书名号《执法手册。", 96, 300, 240, 12),
                line(1, "下一段没有书名号。", 96, 400, 260, 12),
                line(1, "再下一段引用《某规定》。", 96, 400, 270, 12),
                line(1, "全年办理案件共计12", 96, 300, 290, 12),
                line(1, "2024年工作打算。", 96, 300, 310, 12));
        assertEquals(List.of("关于印发《某区法治政府建设实施方案》的通知",
                "全区贯彻落实《法治政府建设实施纲要(2021—2026年)》,成效明显。",
                "各单位对照纲要(2021—2025年)逐项落实。",
                "学习《中华人民共和国行政处罚法》《习近平关于全面依法治国论述摘编》《某某省行政执法监督条例》和《某某市规范行政裁量权基准办法》。",
                "误写了半个书名号《执法手册。", "下一段没有书名号。", "再下一段引用《某规定》。", "全年办理案件共计12",
                "2024年工作打算。"),
                PdfParagraphs.join(lines));
    }

    /**
     * Word, WPS and browsers carry a character over together with the mark that may not end or
     * start a line (《法, 流、), so a line stops up to two characters short of the margin inside
     * a paragraph. Printed at every width that moves the break across the titles and ranges of
     * the paragraph, it comes back whole.
     */
    @Test
    void aCharacterCarriedOverWithItsMarkEndsNoParagraph() throws Exception {
        String para = "全区以贯彻落实《法治政府建设实施纲要（2021—2025年）》为主线，对照《某某市法治政府建设实施方案"
                + "（2021—2025年）》，制定任务分工、责任清单和“三张清单”，全年审核规范性文件12件、合同45份。";
        List<String> paragraphs = List.of("某区2023年法治政府建设情况报告", para, para, "某区人民政府", "2024年3月1日");
        Path file = dir.resolve("widths.pdf");
        for (float width = 400; width <= 452; width += 2) {
            PdfWriter.write(paragraphs, file, new PdfWriter.Page(12f, 20f, 72f, width));
            assertEquals(paragraphs, DocxReportReaderTest.lines(Readers.standard().read(file, "widths.pdf")),
                    "text width " + width);
        }
    }

    private static TextLine line(int page, String text, float x0, float x1, float y, float firstWidth) {
        return new TextLine(page, text, x0, x1, y, 12, firstWidth);
    }

    private static String refusal(Path file) {
        return assertThrows(UnreadableReportException.class, () -> Readers.standard().read(file, file.toString()))
                .getMessage();
    }
}

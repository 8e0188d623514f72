package reportcheck.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportcheck.support.HtmlWriter;
import reportcheck.support.PdfWriter;
import reportcheck.support.RawDocx;
import reportcheck.text.UnreadableReportException;

/** The content of a file decides how it is read; what cannot be read is refused with what to do instead. */
class ReadersTest {
    @TempDir
    Path dir;

    @Test
    void theContentNotTheNameDecides() throws Exception {
        Path docx = dir.resolve("report.txt");
        RawDocx.write(docx, RawDocx.body(RawDocx.p("", "法治政府建设年度报告")), null, null);
        Path pdf = dir.resolve("report.html");
        PdfWriter.write(List.of("法治政府建设年度报告"), pdf);
        Path html = dir.resolve("report");
        HtmlWriter.write(List.of("法治政府建设年度报告"), html, StandardCharsets.UTF_8);
        Path text = dir.resolve("report.docx");
        Files.writeString(text, "法治政府建设年度报告\n");
        assertEquals(List.of("docx", "pdf", "html", "txt"), List.of(format(docx), format(pdf), format(html), format(text)));
    }

    @Test
    void oldOfficeFilesAreRefusedWithHowToConvertThem() throws Exception {
        assertRefused(ole2("old.doc", "WordDocument"), "旧版 Word 文档", "另存为", ".docx");
        assertRefused(ole2("other.doc", "Contents"), "不是 Word 文档", "另存为", ".docx");
        assertRefused(ole2("old.xls", "Workbook"), "Excel");
        assertRefused(ole2("locked.docx", "EncryptionInfo", "EncryptedPackage"), "打开密码");
        assertRefused(write("old.rtf", "{\\rtf1\\ansi 报告}".getBytes(StandardCharsets.UTF_8)), "RTF", ".docx");
    }

    /** Saved from Word's own layout: a hyperlink field, a 2×2 table, a manual line break, a page header. */
    static final Path TABLE_DOC = Path.of("src/test/resources/reportcheck/input/doc/table-link.doc");

    @Test
    void oldWordReadsLikeItsDocx() throws Exception {
        LoadedReport doc = Readers.standard().read(TABLE_DOC, TABLE_DOC.toString());
        assertEquals("doc", doc.format());
        // the field's code (HYPERLINK "…") is dropped and its result kept; each cell is a line; the header is not read
        assertEquals(List.of("某县司法局2023年法治政府建设工作情况的报告", "全年办理行政复议案件12件，详见复议公开栏。",
                "项目", "件数", "行政复议", "12件", "第一行同一段的第二行。", "某县司法局", "2024年1月20日"),
                List.of(doc.text().original().split("\n")));
    }

    @Test
    void oldWordReadsTrackedChangesAsAccepted() throws Exception {
        Path tracked = TABLE_DOC.resolveSibling("tracked.doc");
        try (var in = Files.newInputStream(tracked)) {
            // the file holds the deleted 约 and the inserted 全年 as revisions
            String raw = new org.apache.poi.hwpf.HWPFDocument(in).getRange().text();
            assertTrue(raw.contains("全年办理行政复议案件约12件"), raw);
        }
        assertEquals("全年办理行政复议案件12件。", Readers.standard().read(tracked, "tracked.doc").text().line(2));
    }

    @Test
    void aWpsFileIsReadByWhatItHolds() throws Exception {
        // WPS Office saves .wps as Word 97 inside; some were .docx renamed
        Path wps = Files.copy(TABLE_DOC, dir.resolve("报告.wps"));
        assertEquals("doc", format(wps));
        Path docxInside = dir.resolve("新报告.wps");
        RawDocx.write(docxInside, RawDocx.body(RawDocx.p("", "法治政府建设年度报告")), null, null);
        assertEquals("docx", format(docxInside));
        // a Works word-processor file is OLE2 without Word inside; an early WPS file is neither
        assertRefused(ole2("works.wps", "CONTENTS", "SPELLING"), "Microsoft Works", "另存为", ".docx");
        byte[] early = new byte[600];
        for (int i = 0; i < early.length; i++) {
            early[i] = (byte) (i % 7 == 0 ? 0 : 0xB0 + i % 40);
        }
        assertRefused(write("1998.wps", early), ".wps", "早期 WPS", "另存为");
        assertRefused(write("empty.wps", new byte[0]), "文件为空");
        // the same bytes named .txt keep the text reader's own refusal
        String m = assertThrows(UnreadableReportException.class,
                () -> Readers.standard().read(write("1998.txt", early), "1998.txt")).getMessage();
        assertFalse(m.contains("WPS"), m);
    }

    @Test
    void damagedOldWordIsRefusedAsDamaged() throws Exception {
        assertRefused(ole2("noise.doc", "WordDocument"), "无法读取旧版 Word 文档", "文件可能已损坏", ".docx");
        byte[] whole = Files.readAllBytes(TABLE_DOC);
        assertRefused(write("half.doc", java.util.Arrays.copyOf(whole, whole.length / 2)), "文件可能已损坏", ".docx");
        assertRefused(ole2("sheet-and-more.doc", "Workbook"), "Excel");
    }

    @Test
    void imagesArchivesAndWebArchivesAreRefused() throws Exception {
        assertRefused(write("scan.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}), "图片", "OCR");
        assertRefused(zip("reports.zip", "a/报告.txt"), "压缩包", "解压");
        assertRefused(zip("table.docx", "[Content_Types].xml", "xl/workbook.xml"), "Excel");
        assertRefused(zip("doc.ofd", "OFD.xml", "Doc_0/Document.xml"), "OFD");
        assertRefused(zip("doc.odt", "mimetype", "content.xml"), "OpenDocument");
        assertRefused(write("page.mhtml", ("From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;"
                + " type=\"text/html\"\r\n").getBytes(StandardCharsets.US_ASCII)), "另存为", ".html");
    }

    @Test
    void foldersYieldTheReadableFormatsAndTheOnesThatNeedConverting() {
        Readers r = Readers.standard();
        // the kinds offices send are picked up, to be read or refused with what to do instead
        for (String name : List.of("a.txt", "B.DOCX", "c.html", "d.htm", "e.pdf", "f.doc", "g.mht", "h.wps", "i.ofd",
                "j.odt", "k.rtf", "a.xlsx")) {
            assertTrue(r.isCandidate(Path.of(name)), name);
        }
        for (String name : List.of("b.png", "c.zip", "README", "d.docx~", "e.json")) {
            assertFalse(r.isCandidate(Path.of(name)), name);
            assertTrue(r.skipReason(Path.of(name)).startsWith("未检查："), name);
        }
        assertTrue(r.skipReason(Path.of("b.png")).contains("OCR"));
        assertTrue(r.skipReason(Path.of("c.zip")).contains("（.zip）"));
    }

    private String format(Path p) throws UnreadableReportException {
        return Readers.standard().read(p, p.toString()).format();
    }

    private void assertRefused(Path file, String... parts) {
        String m = assertThrows(UnreadableReportException.class, () -> Readers.standard().read(file, file.toString()))
                .getMessage();
        for (String part : parts) {
            assertTrue(m.contains(part), file.getFileName() + ": " + m);
        }
    }

    private Path ole2(String name, String... streams) throws Exception {
        Path file = dir.resolve(name);
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            for (String s : streams) {
                fs.createDocument(new ByteArrayInputStream(new byte[4096]), s);
            }
            try (OutputStream os = Files.newOutputStream(file)) {
                fs.writeFilesystem(os);
            }
        }
        return file;
    }

    private Path zip(String name, String... entries) throws Exception {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (String e : entries) {
                zip.putNextEntry(new ZipEntry(e));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }
}

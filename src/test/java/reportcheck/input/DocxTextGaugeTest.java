package reportcheck.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportcheck.support.RawDocx;
import reportcheck.text.UnreadableReportException;

/**
 * A .docx whose document.xml expands far beyond the length limit, at a compression ratio under
 * the ZIP-bomb limit, is refused while its main part is streamed, before POI builds it in memory.
 */
class DocxTextGaugeTest {
    @TempDir
    Path tmp;

    /**
     * A document of {@code paragraphs} paragraphs of {@code chars} pseudo-random CJK characters
     * (compresses about 1.5:1), each with {@code markup} run-font settings of random value.
     */
    private Path docx(String name, int paragraphs, int chars, int markup) throws IOException {
        Path out = tmp.resolve(name);
        Random r = new Random(18);
        try (OutputStream os = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(os)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                    + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                    + "Target=\"word/document.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\""
                    + RawDocx.W + "\"><w:body>");
            char[] text = new char[chars];
            for (int p = 0; p < paragraphs; p++) {
                for (int i = 0; i < chars; i++) {
                    text[i] = (char) (0x4E00 + r.nextInt(0x5000));
                }
                StringBuilder props = new StringBuilder();
                for (int i = 0; i < markup; i++) {
                    // random values: markup that compresses like real formatting, under the ZIP-bomb ratio
                    props.append("<w:rFonts w:ascii=\"").append(Long.toHexString(r.nextLong())).append("\"/>");
                }
                w.write("<w:p>" + (markup == 0 ? "" : "<w:pPr><w:rPr>" + props + "</w:rPr></w:pPr>") + "<w:r><w:t>");
                w.write(text);
                w.write("</w:t></w:r></w:p>");
            }
            w.write("<w:sectPr/></w:body></w:document>");
            w.flush();
            zip.closeEntry();
        }
        return out;
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void aTextFarOverTheLimitIsRefusedWhileStreaming() throws Exception {
        // 24 MB of XML (8 million characters) against a limit of 200 000: POI would hold ~250 MB
        Path big = docx("big.docx", 4000, 2000, 0);
        UnreadableReportException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(
                UnreadableReportException.class, () -> Readers.standard().withMaxChars(200_000).read(big, "big.docx")));
        assertTrue(e.getMessage().startsWith("报告正文超过上限（200000 字，可用 --max-chars 调整），已停止读取"), e.getMessage());
    }

    @Test
    void markupFarHeavierThanAnyReportIsRefused() throws Exception {
        Path heavy = docx("heavy.docx", 300, 3, 200);
        UnreadableReportException e = assertThrows(UnreadableReportException.class,
                () -> Readers.standard().withMaxChars(10_000).read(heavy, "heavy.docx"));
        assertTrue(e.getMessage().contains("排版数据大得异常"), e.getMessage());
    }

    /** At the limit exactly, the document is read: the gauge never refuses what the reader would take. */
    @Test
    void aTextWithinTheLimitIsRead() throws Exception {
        Path ok = docx("ok.docx", 10, 100, 0);
        LoadedReport r = Readers.standard().withMaxChars(1009).read(ok, "ok.docx");
        assertEquals(1009, r.text().original().length());
        UnreadableReportException e = assertThrows(UnreadableReportException.class,
                () -> Readers.standard().withMaxChars(1000).read(ok, "ok.docx"));
        assertTrue(e.getMessage().contains("超过上限") || e.getMessage().contains("超过 1000 字"), e.getMessage());
        // no limit: the gauge stays out of the way
        assertEquals(1009, Readers.standard().withMaxChars(0).read(ok, "ok.docx").text().original().length());
    }
}

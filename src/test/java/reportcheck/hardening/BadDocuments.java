package reportcheck.hardening;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import reportcheck.support.DocxWriter;
import reportcheck.support.RawDocx;

/**
 * Damaged and hostile .doc, .docx, PDF and HTML files, built from a seed report where a real document
 * is needed. Each maps to the part of the message a user must see for it.
 */
final class BadDocuments {
    static final String SEED = "seeds/001_d0b205e319d16db8.txt";
    static final String SECRET = "SECRET-CONTENT-7f3a";
    /** A seed saved as Word 97 (.doc), kept as a test resource: POI cannot write one from nothing. */
    static final String DOC = "src/test/resources/reportcheck/input/doc/001_d0b205e319d16db8.doc";

    private BadDocuments() {
    }

    /** Writes every bad document into {@code dir}; {@code secret} is a file outside it the XXE points at. */
    static Map<String, String> write(Path dir, Path secret) throws IOException {
        Files.writeString(secret, SECRET);
        List<String> lines = Files.readAllLines(Path.of(SEED));
        Random random = new Random(6);
        Map<String, String> expected = new LinkedHashMap<>();

        Path whole = dir.resolveSibling("whole.docx");
        DocxWriter.write(lines, whole);
        byte[] docx = Files.readAllBytes(whole);
        Files.write(dir.resolve("truncated.docx"), Arrays.copyOf(docx, docx.length / 2));
        expected.put("truncated.docx", "ZIP 结构已损坏");

        byte[] junk = new byte[20_000];
        random.nextBytes(junk);
        System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, junk, 0, 4);
        Files.write(dir.resolve("corrupt.docx"), junk);
        expected.put("corrupt.docx", "ZIP 结构已损坏");

        byte[] word97 = Files.readAllBytes(Path.of(DOC));
        Files.write(dir.resolve("cut-short.doc"), Arrays.copyOf(word97, word97.length / 2));
        expected.put("cut-short.doc", "文件可能已损坏");
        // a sound OLE2 container whose WordDocument stream is noise, and one whose text tables are
        Files.write(dir.resolve("noise.doc"), ole2("WordDocument", junk));
        expected.put("noise.doc", "无法读取旧版 Word 文档");
        byte[] scrambled = word97.clone();
        for (int i = word97.length / 3; i < word97.length; i += 7) {
            scrambled[i] = (byte) random.nextInt();
        }
        Files.write(dir.resolve("scrambled.doc"), scrambled);
        expected.put("scrambled.doc", "文件可能已损坏");

        bomb(whole, dir.resolve("bomb.docx"), 300L << 20);
        expected.put("bomb.docx", "ZIP 炸弹");

        String xxe = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>\n<w:document xmlns:w=\"" + RawDocx.W + "\"><w:body>"
                + RawDocx.p("", "法治政府建设&xxe;年度报告") + "</w:body></w:document>";
        RawDocx.write(dir.resolve("xxe.docx"), xxe, null, null);
        expected.put("xxe.docx", "DOCTYPE");

        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><script>alert('head')</script></head><body>");
        html.append("<script>document.write('<p>法治政府</p>')</script><img src=x onerror=alert(1)>");
        html.append("<div>".repeat(100_000)).append("<script>while(true){}</script>").append("</div>".repeat(100_000));
        html.append("<noscript>请启用脚本</noscript></body></html>");
        Files.writeString(dir.resolve("scripts.html"), html);
        expected.put("scripts.html", "没有可检查的正文");

        // the password stops the reader before any text, so a Latin line in a built-in font will do:
        // no Chinese font needed, and this test runs on any machine
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Annual report on law-based government, locked");
                cs.endText();
            }
            doc.protect(new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission()));
            doc.save(dir.resolve("encrypted.pdf").toFile());
        }
        expected.put("encrypted.pdf", "打开密码");

        byte[] garbage = new byte[8_000];
        random.nextBytes(garbage);
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, garbage, 0, head.length);
        Files.write(dir.resolve("corrupt.pdf"), garbage);
        expected.put("corrupt.pdf", "无法读取 PDF");

        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.addRect(100, 400, 300, 200);
                cs.fill();
            }
            doc.save(dir.resolve("textless.pdf").toFile());
        }
        expected.put("textless.pdf", "没有文字层");
        return expected;
    }

    /** An OLE2 file holding one stream. */
    static byte[] ole2(String stream, byte[] content) throws IOException {
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            fs.createDocument(new java.io.ByteArrayInputStream(content), stream);
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** A copy of {@code docx} whose document.xml is padded with {@code size} spaces: a few hundred KB on disk. */
    static void bomb(Path docx, Path out, long size) throws IOException {
        try (ZipFile in = new ZipFile(docx.toFile()); OutputStream os = Files.newOutputStream(out);
                ZipOutputStream zip = new ZipOutputStream(os)) {
            zip.setLevel(9);
            for (ZipEntry e : in.stream().toList()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                byte[] content = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int cut = xml.indexOf("<w:body>");
                    zip.write(xml.substring(0, cut).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    for (long n = 0; n < size; n += spaces.length) {
                        zip.write(spaces);
                    }
                    zip.write(xml.substring(cut).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
    }
}

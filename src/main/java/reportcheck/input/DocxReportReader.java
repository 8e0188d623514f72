package reportcheck.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import reportcheck.text.Signatures;
import reportcheck.text.UnreadableReportException;

/**
 * Word documents (.docx, also .docm/.dotx): the paragraphs {@link DocxParagraphs} finds, one per
 * line. Any ZIP file is claimed here so that spreadsheets, OpenDocument or OFD files and plain
 * archives get a message that says what they are.
 *
 * <p>Safety: POI parses the XML parts with DOCTYPE declarations disallowed, so external entities
 * are never resolved (such a file is refused); its ZIP reader refuses entries that expand more
 * than 100 times (ZIP bombs) and, as set here, entries larger than {@value #MAX_ENTRY_MB} MB.
 * The file is opened read-only and never written.
 */
public final class DocxReportReader implements ReportReader {
    static final int MAX_ENTRY_MB = 256;

    static {
        // POI's default allows a 4 GB part; no report needs more than a fraction of this
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_MB * 1024L * 1024L);
    }

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        return Signatures.zip(head);
    }

    @Override
    public LoadedReport read(Path file, String source) throws UnreadableReportException {
        String other = notWord(entryNames(file));
        if (other != null) {
            throw new UnreadableReportException(other);
        }
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XWPFDocument doc = new XWPFDocument(pkg);
            DocxParagraphs.Read read = DocxParagraphs.read(doc);
            List<String> paragraphs = read.lines().stream().map(DocxParagraphs.Entry::line).toList();
            return ParagraphText.report(source, paragraphs, format(), "Office Open XML", read.tables());
        } catch (UnreadableReportException e) {
            throw e;
        } catch (Exception | StackOverflowError | NoClassDefFoundError e) {
            // NoClassDefFoundError: a damaged local header can name a ZIP method (zstd, xz, ...)
            // whose optional codec POI's ZIP library would load; Word never writes those
            throw new UnreadableReportException(explain(e), e);
        } finally {
            if (pkg != null) {
                // revert, not close: close() on a package would try to save it
                pkg.revert();
            }
        }
    }

    private static List<String> entryNames(Path file) throws UnreadableReportException {
        List<String> names = new ArrayList<>();
        // names read as Latin-1: never fails on archives whose names are in GBK
        try (ZipFile zip = new ZipFile(file.toFile(), java.nio.charset.StandardCharsets.ISO_8859_1)) {
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements();) {
                names.add(en.nextElement().getName());
            }
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: an entry flagged as UTF-8 whose name is not, which the
            // JDK decodes as UTF-8 whatever charset it was given
            throw new UnreadableReportException("ZIP 结构已损坏，无法作为 Word 文档读取；请用 Word 或 WPS 打开后重新另存为 .docx", e);
        }
        return names;
    }

    /** Null for a Word document, else the message for what the ZIP file holds instead. */
    static String notWord(List<String> names) {
        boolean word = names.contains("word/document.xml")
                || names.contains("[Content_Types].xml") && names.stream().anyMatch(n -> n.startsWith("word/"));
        if (word) {
            return null;
        }
        if (names.stream().anyMatch(n -> n.startsWith("xl/"))) {
            return "这是 Excel 表格（.xlsx），不是报告正文；请把报告另存为 Word 文档（.docx）或文本（.txt）再检查";
        }
        if (names.stream().anyMatch(n -> n.startsWith("ppt/"))) {
            return "这是 PowerPoint 演示文稿（.pptx），不是报告正文；请把报告另存为 Word 文档（.docx）再检查";
        }
        if (names.contains("OFD.xml")) {
            return "这是 OFD 版式文件，不支持；请另存为 PDF 或 Word 文档（.docx）再检查";
        }
        if (names.contains("mimetype") && names.contains("content.xml")) {
            return "这是 OpenDocument 文档（.odt 等），不支持；请用 WPS 或 LibreOffice “另存为”Word 文档（.docx）再检查";
        }
        return "这是 ZIP 压缩包，不是 Word 文档；如果其中是报告，请解压后检查其中的文件";
    }

    /** A message the user can act on, from the innermost cause POI reports. */
    static String explain(Throwable e) {
        StringBuilder all = new StringBuilder();
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            all.append(' ').append(t.getMessage());
            root = t;
        }
        String m = all.toString();
        String lower = m.toLowerCase(Locale.ROOT);
        if (lower.contains("zip bomb")) {
            return "文档中的数据解压后体积异常（压缩比或大小超过安全上限，疑似 ZIP 炸弹），已拒绝读取；"
                    + "如确为正常文档，请用 Word 打开后重新另存为 .docx 再试";
        }
        if (lower.contains("doctype")) {
            return "文档内部的 XML 含有 DOCTYPE 声明（正常的 Word 文档没有，可能是恶意构造的文件），已拒绝读取；"
                    + "请向报告的提供方索取用 Word 或 WPS 正常保存的 .docx 再检查";
        }
        if (lower.contains("strict ooxml")) {
            return "这是“严格 Open XML”格式的 Word 文档，不支持；请在 Word 中“另存为”普通的 Word 文档（.docx）再检查";
        }
        if (root instanceof NoClassDefFoundError || root instanceof ClassNotFoundException) {
            return "文档中的数据使用了 Word 不使用的压缩方式，文件可能已损坏；请用 Word 或 WPS 打开后重新另存为 .docx 再检查";
        }
        String why = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return "无法读取 Word 文档，文件可能已损坏（" + why + "）；请用 Word 或 WPS 打开后重新另存为 .docx 再检查";
    }
}

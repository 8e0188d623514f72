package reportcheck.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import reportcheck.text.Signatures;
import reportcheck.text.UnreadableReportException;

/**
 * Recognises files that are not reports in a readable format (old binary Word, spreadsheets,
 * images, archives, single-file web archives) and refuses them with a message that says what to
 * do instead, before the text reader would call them undecodable text.
 */
final class UnsupportedFormatReader implements ReportReader {
    private static final String NO_OCR = "本工具不做文字识别（OCR）；请提供报告的 Word（.docx）、网页、文本或可复制文字的 PDF 版本";

    @Override
    public String format() {
        return "unsupported";
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        return kind(head) != null;
    }

    @Override
    public LoadedReport read(Path file, String source) throws UnreadableReportException {
        byte[] head;
        try (var in = java.nio.file.Files.newInputStream(file)) {
            head = in.readNBytes(8192);
        } catch (IOException e) {
            throw new UnreadableReportException("无法读取文件：" + e.getMessage(), e);
        }
        String kind = kind(head);
        throw new UnreadableReportException("OLE2".equals(kind) ? ole2(file) : kind);
    }

    /** The refusal message for a recognised unsupported format, "OLE2" when the file must be opened to tell, or null. */
    static String kind(byte[] b) {
        if (Signatures.ole2(b)) {
            return "OLE2";
        }
        if (Signatures.startsWith(b, '{', '\\', 'r', 't', 'f')) {
            return "这是 RTF 文档，不支持；请用 Word 或 WPS 打开后“另存为”Word 文档（.docx）再检查";
        }
        if (Signatures.image(b) != null) {
            return "这是图片文件，不是文字；" + NO_OCR;
        }
        if (Signatures.startsWith(b, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C) || Signatures.startsWith(b, 'R', 'a', 'r', '!')
                || Signatures.startsWith(b, 0x1F, 0x8B)) {
            return "这是压缩包，不是报告；请解压后检查其中的报告文件";
        }
        String text = Magic.sniffText(b, 2048).toLowerCase(Locale.ROOT);
        if ((text.startsWith("from:") || text.startsWith("mime-version:")) && text.contains("multipart/related")) {
            return "这是单文件网页（.mht/.mhtml），不支持；请在浏览器中打开后“另存为”“网页，仅 HTML”（.html）再检查";
        }
        return null;
    }

    private static final String WORKS = "这是 Microsoft Works 文字处理文档（.wps），不是 WPS Office 或 Word 的格式，无法读取；"
            + "请用 Works、WPS 或 Word 打开后“另存为”Word 文档（.docx）再检查";

    /**
     * A file named .wps that no reader could read as it is: an old Works or early WPS file (not
     * Word 97 inside, as WPS Office saves them) is told apart only by its name, so the refusal
     * says what such a file is; any other refusal stands as it was.
     */
    static UnreadableReportException oldWps(Path file, ReportReader reader, UnreadableReportException e) {
        if (!Magic.lowerName(file).endsWith(".wps") || !(reader instanceof TextReportReader)
                || e.getMessage().startsWith("文件为空") || e.getMessage().startsWith("文件只有空白")) {
            // an empty file is empty whatever its name
            return e;
        }
        return new UnreadableReportException("这个 .wps 文件不是 WPS Office 或 Word 97–2003 的格式（可能是早期 WPS 或 "
                + "Microsoft Works 文档），无法读取；请用 WPS 或 Word 打开后“另存为”Word 文档（.docx）再检查", e);
    }

    /** An OLE2 file is told apart by its top-level streams; only their names are read. */
    private static String ole2(Path file) {
        Set<String> names;
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            names = fs.getRoot().getEntryNames();
        } catch (IOException | RuntimeException e) {
            names = Set.of();
        }
        if (names.contains("EncryptedPackage") || names.contains("EncryptionInfo")) {
            return "文档设有打开密码（已加密），无法读取；请在 Word 或 WPS 中去掉密码后另存为 .docx 再检查";
        }
        if (names.contains("CONTENTS") && !names.contains("WordDocument")) {
            // Microsoft Works 4–9 word processor files: OLE2 with a CONTENTS stream, no Word inside
            return WORKS;
        }
        if (names.contains("WordDocument")) {
            return "无法读取旧版 Word 文档（.doc/.wps），文件可能已损坏；请用 Word 或 WPS 打开后“另存为”Word 文档（.docx）再检查";
        }
        if (names.contains("Workbook") || names.contains("Book")) {
            return "这是 Excel 表格（.xls），不是报告正文；请把报告另存为 Word 文档（.docx）或文本（.txt）再检查";
        }
        if (names.contains("PowerPoint Document")) {
            return "这是 PowerPoint 演示文稿（.ppt），不是报告正文；请把报告另存为 Word 文档（.docx）再检查";
        }
        // no stream names at all: the OLE2 structure itself is damaged (a .doc cut short, say)
        return names.isEmpty()
                ? "无法读取这个 Office 二进制文件（.doc/.wps/.xls 等），文件可能已损坏；请用 Word 或 WPS 打开后“另存为”Word 文档（.docx）再检查"
                : "这是旧版 Office 二进制文件，但不是 Word 文档，不支持；请用 Word 或 WPS 打开后“另存为”Word 文档（.docx）再检查";
    }
}

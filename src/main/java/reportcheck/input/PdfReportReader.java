package reportcheck.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import reportcheck.text.UnreadableReportException;

/**
 * PDF files with a text layer: the printed lines in reading order, joined back into paragraphs
 * ({@link PdfParagraphs}). A PDF without text (a scan) is refused, as this tool does no OCR; so
 * is one that needs a password to open. A PDF that opens without a password but restricts
 * copying is read, as any viewer shows it.
 */
public final class PdfReportReader implements ReportReader {
    private static final String NO_TEXT = "这份 PDF 没有文字层（可能是扫描件或图片），本工具不做文字识别（OCR）；"
            + "请提供报告的 Word（.docx）、网页或文本版本，或先用 OCR 软件转成可复制文字的 PDF 再检查";

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        return Magic.isPdf(head);
    }

    @Override
    public LoadedReport read(Path file, String source) throws UnreadableReportException {
        List<String> paragraphs;
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            if (doc.getNumberOfPages() == 0) {
                throw new UnreadableReportException("这份 PDF 没有页面");
            }
            if (PdfFontMaps.oversized(doc)) {
                throw new UnreadableReportException("这份 PDF 中字体的字符对照表大得异常（文件可能已损坏或经过恶意构造），"
                        + "读取它会耗尽时间和内存，已拒绝；请重新导出 PDF，或提供 Word（.docx）版本再检查");
            }
            paragraphs = PdfParagraphs.join(PdfLines.extract(doc));
        } catch (InvalidPasswordException e) {
            throw new UnreadableReportException("这份 PDF 设有打开密码（已加密），无法读取；请提供不加密的版本，"
                    + "或在 PDF 软件中输入密码后另存为不加密的 PDF 再检查", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableReportException("无法读取 PDF，文件可能已损坏（" + e.getMessage() + "）；"
                    + "请重新导出 PDF，或提供 Word（.docx）版本再检查", e);
        }
        if (paragraphs.isEmpty()) {
            throw new UnreadableReportException(NO_TEXT);
        }
        if (garbled(paragraphs)) {
            throw new UnreadableReportException("这份 PDF 的字体没有提供文字对照表，取出的文字是乱码，无法检查；"
                    + "请提供报告的 Word（.docx）或文本版本");
        }
        return ParagraphText.report(source, paragraphs, format(), "PDF 文字层");
    }

    /**
     * Fonts without a ToUnicode map give replacement or private-use characters instead of
     * text; quoting those as evidence would be useless.
     */
    static boolean garbled(List<String> paragraphs) {
        long total = 0;
        long bad = 0;
        for (String p : paragraphs) {
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                if (Character.isWhitespace(c)) {
                    continue;
                }
                total++;
                if (c == '\uFFFD' || (c >= '\uE000' && c <= '\uF8FF') || Character.isISOControl(c)) {
                    bad++;
                }
            }
        }
        return total > 0 && bad * 10 > total * 3;
    }
}

package reportcheck.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import reportcheck.text.SourceText;
import reportcheck.text.TextDecoder;
import reportcheck.text.UnreadableReportException;

/** Plain-text reports: one paragraph per line, in UTF-8, UTF-16 (with BOM) or GB18030. */
public final class TextReportReader implements ReportReader {
    /**
     * A real report is well under 1 MB; past this the file is refused instead of read, so one
     * stray dump cannot take the memory a batch needs (measured peaks are in the README).
     */
    public static final long MAX_BYTES = 100L * 1024 * 1024;

    @Override
    public String format() {
        return "txt";
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        // the fallback reader: anything no other reader claimed is tried as text,
        // and the decoder refuses what is not
        return true;
    }

    @Override
    public LoadedReport read(Path file, String source) throws UnreadableReportException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new UnreadableReportException(String.format(
                        "文件过大（%.1f MB），超过 %d MB 的上限；年度报告的正文通常不到 1 MB，请确认选对了文件",
                        size / 1048576.0, MAX_BYTES / 1048576));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableReportException("无法读取文件：" + e.getMessage(), e);
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        String text = decoded.text();
        if (text.isBlank()) {
            throw new UnreadableReportException(text.isEmpty() ? "文件为空" : "文件只有空白字符，没有正文");
        }
        return new LoadedReport(source, new SourceText(text), format(), decoded.encoding());
    }
}

package reportcheck.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import reportcheck.text.SourceText;
import reportcheck.text.TextDecoder;
import reportcheck.text.UnreadableReportException;

/** Plain-text reports: one paragraph per line, in UTF-8, UTF-16 (with BOM) or GB18030. */
public final class TextReportReader implements ReportReader {
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
            // a file too large to be a report was refused by Readers before it got here (--max-chars)
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

package reportcheck.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import reportcheck.text.UnreadableReportException;

/**
 * Picks the reader for a file by its content, never by its name alone: known formats that cannot
 * be read are refused first, then .docx (any ZIP), PDF, HTML; the plain-text reader is last and
 * takes whatever the others do not.
 */
public final class Readers {
    private final List<ReportReader> readers;

    public Readers(List<ReportReader> readers) {
        this.readers = List.copyOf(readers);
    }

    public static Readers standard() {
        return new Readers(List.of(new UnsupportedFormatReader(), new DocxReportReader(), new PdfReportReader(),
                new HtmlReportReader(), new TextReportReader()));
    }

    public LoadedReport read(Path file, String source) throws UnreadableReportException {
        if (!Files.exists(file)) {
            throw new UnreadableReportException("文件不存在");
        }
        if (!Files.isRegularFile(file)) {
            throw new UnreadableReportException("不是普通文件");
        }
        if (!Files.isReadable(file)) {
            throw new UnreadableReportException("没有读取权限");
        }
        byte[] head = head(file);
        for (ReportReader reader : readers) {
            if (reader.accepts(file, head)) {
                return reader.read(file, source);
            }
        }
        throw new UnreadableReportException("不支持的文件类型");
    }

    /**
     * File names with these endings are picked up when a folder is walked. Old Word files (.doc,
     * .wps) and single-file web pages are picked up too, to be refused with a message that says
     * how to convert them, rather than skipped without a word.
     */
    public boolean isCandidate(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return CANDIDATES.stream().anyMatch(name::endsWith);
    }

    private static final List<String> CANDIDATES = List.of(".txt", ".docx", ".html", ".htm", ".pdf", ".doc", ".wps",
            ".mht", ".mhtml");

    private static byte[] head(Path file) throws UnreadableReportException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8192);
        } catch (IOException e) {
            throw new UnreadableReportException("无法读取文件：" + e.getMessage(), e);
        }
    }
}

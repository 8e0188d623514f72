package reportcheck.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import reportcheck.text.UnreadableReportException;

/**
 * Picks the reader for a file by its content, never by its name alone: old binary Word (an OLE2
 * file with a WordDocument stream) first, then known formats that cannot be read are refused,
 * then .docx (any ZIP), PDF, HTML; the plain-text reader is last and takes whatever the others
 * do not.
 */
public final class Readers {
    /**
     * Longest text checked by default, in UTF-16 units. Annual reports run to a few tens of
     * thousands of characters; beyond this the rules' working memory (a few hundred bytes per
     * character) would outgrow a default heap, so a far larger file is refused, not half-checked.
     */
    public static final int DEFAULT_MAX_CHARS = 2_000_000;

    /** No encoding we decode spends more than this many bytes on one UTF-16 unit. */
    private static final int MAX_BYTES_PER_CHAR = 4;

    private final List<ReportReader> readers;
    private final int maxChars;

    public Readers(List<ReportReader> readers) {
        this(readers, DEFAULT_MAX_CHARS);
    }

    private Readers(List<ReportReader> readers, int maxChars) {
        this.readers = List.copyOf(readers);
        this.maxChars = maxChars;
    }

    /** The same readers with another length limit; 0 means none. */
    public Readers withMaxChars(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("a length limit cannot be negative");
        }
        return new Readers(readers, limit);
    }

    public static Readers standard() {
        return new Readers(List.of(new DocReportReader(), new UnsupportedFormatReader(), new DocxReportReader(),
                new PdfReportReader(),
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
                if (reader instanceof TextReportReader) {
                    refuseLargeText(file);
                }
                if (reader instanceof DocReportReader) {
                    refuseLargeDoc(file);
                }
                if (reader instanceof DocxReportReader) {
                    // streamed first: POI holds the whole document.xml, ten times over, before the length is known
                    DocxTextGauge.check(file, maxChars, TOO_LONG_ADVICE);
                }
                LoadedReport report;
                try {
                    report = reader.read(file, source);
                } catch (UnreadableReportException e) {
                    throw UnsupportedFormatReader.oldWps(file, reader, e);
                }
                int length = report.text().original().length();
                if (maxChars > 0 && length > maxChars) {
                    throw new UnreadableReportException("报告正文有 " + length + " 字，超过上限（" + maxChars
                            + " 字，可用 --max-chars 调整）；" + TOO_LONG_ADVICE);
                }
                return report;
            }
        }
        throw new UnreadableReportException("不支持的文件类型");
    }

    /**
     * File names with these endings are picked up when a folder is walked: the formats read, and
     * the document formats offices also send (OFD, OpenDocument, RTF, spreadsheets, single-file
     * web pages…), so that those are refused with a message that says how to convert them,
     * rather than skipped without a word.
     */
    public boolean isCandidate(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return CANDIDATES.stream().anyMatch(name::endsWith);
    }

    /**
     * Why a file found in a folder is not checked, for the run's list of skipped files: it is
     * not one of the {@link #isCandidate candidates}, so it is not read at all.
     */
    public String skipReason(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 ? name.substring(dot) : "";
        if (IMAGES.contains(ext)) {
            return "未检查：图片文件（" + ext + "），不是文字；本工具不做文字识别（OCR）";
        }
        if (ext.isEmpty()) {
            return "未检查：文件没有扩展名，不像报告文件（支持 " + String.join(" ", READ) + "）";
        }
        return "未检查：不支持的文件类型（" + ext + "）；支持 " + String.join(" ", READ);
    }

    /**
     * Whether a file's name is that of a format that is read: for the earlier reports of
     * {@code --compare-with}, where a file of another kind is nothing to compare with and is
     * left alone rather than refused.
     */
    public boolean isReadableKind(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return READ.stream().anyMatch(name::endsWith);
    }

    /** The endings of the formats that are read. */
    private static final List<String> READ = List.of(".txt", ".docx", ".doc", ".wps", ".html", ".htm", ".pdf");

    private static final List<String> CANDIDATES = List.of(".txt", ".docx", ".html", ".htm", ".pdf", ".doc", ".wps",
            ".mht", ".mhtml", ".docm", ".dotx", ".dot", ".wpt", ".rtf", ".odt", ".ofd", ".xls", ".xlsx", ".et",
            ".ppt", ".pptx", ".dps");

    private static final List<String> IMAGES = List.of(".jpg", ".jpeg", ".png", ".gif", ".bmp", ".tif", ".tiff",
            ".webp");

    private static final String TOO_LONG_ADVICE = "一份年度报告通常只有几万字，请确认选对了文件，或把其中的多份报告分开检查";

    /** A plain text too large to hold the limit in any encoding is refused before it is read at all. */
    private void refuseLargeText(Path file) throws UnreadableReportException {
        long bytes = size(file);
        if (maxChars > 0 && bytes > (long) MAX_BYTES_PER_CHAR * maxChars) {
            throw new UnreadableReportException(String.format(java.util.Locale.ROOT,
                    "文件有 %.1f MB，超过文本报告的上限（%d 字，可用 --max-chars 调整）；%s",
                    bytes / 1048576.0, maxChars, TOO_LONG_ADVICE));
        }
    }

    /**
     * Largest Word 97 file read. POI holds a whole .doc in memory, several times over, before its
     * text length is known; a .doc of a report, pictures included, stays far below this.
     */
    static final long MAX_DOC_BYTES = 256L * 1024 * 1024;

    private static void refuseLargeDoc(Path file) throws UnreadableReportException {
        long bytes = size(file);
        if (bytes > MAX_DOC_BYTES) {
            throw new UnreadableReportException(String.format(java.util.Locale.ROOT,
                    "Word 97 文件有 %.1f MB，超过可读取的上限（%d MB）；%s",
                    bytes / 1048576.0, MAX_DOC_BYTES / 1048576, TOO_LONG_ADVICE));
        }
    }

    private static long size(Path file) throws UnreadableReportException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UnreadableReportException("无法读取文件：" + e.getMessage(), e);
        }
    }

    private static byte[] head(Path file) throws UnreadableReportException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8192);
        } catch (IOException e) {
            throw new UnreadableReportException("无法读取文件：" + e.getMessage(), e);
        }
    }
}

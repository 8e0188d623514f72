package reportcheck.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.HWPFOldDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import reportcheck.text.Signatures;
import reportcheck.text.UnreadableReportException;

/**
 * Old binary Word documents (Word 97–2003 .doc, and the .wps files WPS Office saves in the same
 * format) read with POI's HWPF: the main text's paragraphs in order, one per line, table cells
 * paragraph by paragraph as the .docx reader gives them, with the labels of numbered lists put in
 * front ({@link DocListLabels}). Tracked deletions are left out; field codes are dropped and
 * their results kept. Not read, as for .docx: headers, footers, notes, comments, text boxes and a
 * table of contents. Word 6/95 files are read as plain paragraphs, without list labels.
 *
 * <p>Which OLE2 files this reader takes is decided by their streams, not by the file name:
 * those with a {@code WordDocument} stream. Other OLE2 files (spreadsheets, Works documents,
 * encrypted .docx) are left to {@link UnsupportedFormatReader}, which says what they are.
 */
public final class DocReportReader implements ReportReader {
    /** Paragraph styles of a table of contents, which only repeats the headings. */
    private static final String TOC_STYLE = "toc ";

    @Override
    public String format() {
        return "doc";
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        return Signatures.ole2(head) && streams(file).contains("WordDocument");
    }

    /** The names of the top-level streams of an OLE2 file; empty when it cannot be opened. */
    static Set<String> streams(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().getEntryNames();
        } catch (IOException | RuntimeException e) {
            return Set.of();
        }
    }

    @Override
    public LoadedReport read(Path file, String source) throws UnreadableReportException {
        if (streams(file).contains("EncryptionInfo")) {
            throw new UnreadableReportException(ENCRYPTED);
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            List<String> paragraphs;
            String encoding;
            try {
                HWPFDocument doc = new HWPFDocument(fs);
                if (doc.getFileInformationBlock().getFibBase().isFEncrypted()) {
                    throw new UnreadableReportException(ENCRYPTED);
                }
                paragraphs = paragraphs(doc.getRange(), doc, new DocListLabels(doc));
                encoding = "Word 97-2003";
            } catch (OldWordFileFormatException e) {
                HWPFOldDocument old = new HWPFOldDocument(fs);
                paragraphs = paragraphs(old.getRange(), null, null);
                encoding = "Word 6/95";
            }
            return ParagraphText.report(source, paragraphs, format(), encoding);
        } catch (UnreadableReportException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new UnreadableReportException(ENCRYPTED, e);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            // a damaged file makes HWPF fail in many ways (index out of range, negative sizes,
            // records larger than its limit): all of them mean the same to the user
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new UnreadableReportException("无法读取旧版 Word 文档（.doc/.wps），文件可能已损坏（" + why
                    + "）；请用 Word 或 WPS 打开后“另存为”Word 文档（.docx）再检查", e);
        }
    }

    static final String ENCRYPTED = "文档设有打开密码（已加密），无法读取；请在 Word 或 WPS 中去掉密码后另存为 .docx 再检查";

    private static List<String> paragraphs(Range range, HWPFDocument doc, DocListLabels labels) {
        List<String> out = new ArrayList<>();
        int n = range.numParagraphs();
        for (int i = 0; i < n; i++) {
            Paragraph p = range.getParagraph(i);
            if (p.isInTable() && p.isTableRowEnd() || doc != null && isTocEntry(doc, p)) {
                continue;
            }
            String text = text(p);
            String label = labels == null ? "" : labels.next(p);
            if (!label.isEmpty() && !text.isEmpty()
                    && ParagraphText.needsSpace(label.charAt(label.length() - 1), text.charAt(0))) {
                label += " ";
            }
            out.add(label + text);
        }
        return out;
    }

    private static boolean isTocEntry(HWPFDocument doc, Paragraph p) {
        StyleDescription style = doc.getStyleSheet().getStyleDescription(p.getStyleIndex());
        String name = style == null ? null : style.getName();
        return name != null && name.toLowerCase(java.util.Locale.ROOT).startsWith(TOC_STYLE);
    }

    /**
     * The visible text of a paragraph: its runs without tracked deletions, a field's result
     * without its code ({@code HYPERLINK "…"}, {@code PAGE}), and without the marks Word keeps
     * in the text for paragraph and cell ends, pictures, note and comment references.
     */
    static String text(Paragraph p) {
        StringBuilder sb = new StringBuilder();
        // one entry per open field: true while its code is read, false once its result starts
        java.util.ArrayDeque<Boolean> fields = new java.util.ArrayDeque<>();
        for (int r = 0; r < p.numCharacterRuns(); r++) {
            CharacterRun run = p.getCharacterRun(r);
            boolean deleted = run.isMarkedDeleted();
            String t = run.text();
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == 0x13) {
                    fields.push(true);
                } else if (c == 0x14) {
                    if (!fields.isEmpty()) {
                        fields.pop();
                        fields.push(false);
                    }
                } else if (c == 0x15) {
                    fields.poll();
                } else if (!deleted && !fields.contains(true)) {
                    append(sb, c);
                }
            }
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, char c) {
        if (c == 0x0B || c == '\n') {
            // a manual line break; ParagraphText joins the pieces as for .docx
            sb.append('\n');
        } else if (c == 0x1E) {
            // a non-breaking hyphen
            sb.append('-');
        } else if (c >= 0x09 && c != '\r' && c != 0x1F && c != '\f' && c != 0x0E) {
            sb.append(c);
        }
        // dropped: the paragraph's end (\r) and a cell's (0x07), an optional hyphen, a page or
        // column break, pictures, drawn objects and note or comment references (below 0x09)
    }
}

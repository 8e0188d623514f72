package reportcheck.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import reportcheck.finding.CheckResult;
import reportcheck.finding.Finding;
import reportcheck.text.SourceText;

/**
 * The reviewed Word copy: the input .docx with every finding as a Word comment by "reportcheck"
 * on exactly its evidence, runs cut where needed; whole-document findings on the first paragraph
 * with text. The input is read into memory and never opened for writing. Comments reportcheck
 * wrote on an earlier run are replaced, not doubled ({@link DocxOwnComments}); a reviewer's stay.
 */
public final class DocxCommentRenderer implements OutputFormat {
    @Override
    public String format() {
        return "docx";
    }

    @Override
    public String extension() {
        return "reviewed.docx";
    }

    @Override
    public String skipReason(CheckResult result, Path input) {
        if (input == null || !isDocx(input)) {
            return "不是 Word（.docx）文件，不生成带批注的副本";
        }
        return result.text() == null ? "没有正文，不生成带批注的副本" : null;
    }

    @Override
    public void write(CheckResult r, Path input, OutputStream out) throws IOException {
        // a .reviewed.docx checked again: its earlier comments by reportcheck give way to the new ones
        byte[] original = DocxOwnComments.strip(Files.readAllBytes(input));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(original))) {
            DocxBody body = new DocxBody(doc);
            DocxRuns[] lines = body.alignTo(r.text());
            DocxComments comments = new DocxComments(doc);
            for (Finding f : r.findings()) {
                anchor(body, lines, comments, r.text(), f);
            }
            doc.write(out);
        }
    }

    private static void anchor(DocxBody body, DocxRuns[] paragraphs, DocxComments comments, SourceText text,
            Finding f) {
        List<String> lines = DocxCommentText.of(f);
        EvidenceSpan span = EvidenceSpan.of(text, f);
        if (span != null) {
            int firstLine = text.lineOf(span.start());
            int lastLine = text.lineOf(span.end() - 1);
            DocxRuns p1 = paragraphs[firstLine - 1];
            DocxRuns p2 = paragraphs[lastLine - 1];
            int[] a = p1 == null ? null : DocxLocate.inParagraph(text.line(firstLine), span.onLine(text, firstLine),
                    p1.text());
            int[] b = p2 == null ? null : DocxLocate.inParagraph(text.line(lastLine), span.onLine(text, lastLine),
                    p2.text());
            if (a != null && b != null && (p1 != p2 || a[0] < b[1])) {
                // a cut keeps the left part in the original run: so cut at the start first, then
                // at the end, and the run found for the start still starts there afterwards
                CTR first = p1.runFrom(a[0]);
                CTR last = p2.runUntil(b[1]);
                if (first != null && last != null) {
                    comments.add(first, last, lines);
                    return;
                }
            }
            if (p1 != null) {
                wholeParagraph(comments, p1, withNote(lines, "（原文位置无法在 Word 文本中逐字对应，批注标在整段上。）"));
                return;
            }
        }
        DocxRuns first = body.first();
        if (first != null) {
            List<String> note = f.line() == null ? withNote(lines, "（针对全文。）")
                    : withNote(lines, "（位置：第" + f.line() + "段，未能在 Word 文本中找到，批注标在首段。）");
            wholeParagraph(comments, first, note);
        }
    }

    private static void wholeParagraph(DocxComments comments, DocxRuns p, List<String> lines) {
        CTR first = p.runFrom(0);
        CTR last = p.runUntil(p.text().length());
        if (first != null && last != null) {
            comments.add(first, last, lines);
        }
    }

    private static List<String> withNote(List<String> lines, String note) {
        List<String> out = new ArrayList<>(lines);
        out.add(note);
        return out;
    }

    /** A Word document by content: a ZIP package with a main document part, whatever its name. */
    static boolean isDocx(Path file) {
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}

package reportcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportcheck.support.Cli;
import reportcheck.support.DocxWriter;
import reportcheck.support.Hashes;

/**
 * Checking the commented copy again: reportcheck's comments of the first run are replaced by
 * those of the second, a reviewer's comment stays, and the comments' text is never checked.
 */
class ReviewedRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REVIEWER_NOTE = "请核实本段的数字（审核人意见）。";

    @TempDir
    Path tmp;

    @Test
    void aReviewedCopyCheckedAgainHasOneSetOfCommentsAndKeepsTheReviewers() throws Exception {
        Path report = tmp.resolve("report.docx");
        DocxWriter.write(Files.readAllLines(Path.of("seeds/001_d0b205e319d16db8.txt")), report);
        addReviewerComment(report, 3);

        Path o1 = tmp.resolve("o1");
        Cli.Run first = Cli.run("check", report.toString(), "--format", "json,docx", "--out", o1.toString());
        assertEquals(1, first.exit(), first.toString());
        Path reviewed = o1.resolve("report.reviewed.docx");
        var before = Hashes.of(o1);
        Path o2 = tmp.resolve("o2");
        Cli.Run second = Cli.run("check", reviewed.toString(), "--format", "json,docx", "--out", o2.toString());
        assertEquals(1, second.exit(), second.toString());
        assertEquals(before, Hashes.of(o1), "the reviewed copy given as input is not written to");
        Path again = o2.resolve("report.reviewed.reviewed.docx");

        List<String> findings = findings(o1.resolve("report.json"));
        assertTrue(findings.size() > 5, findings.toString());
        // the comments' text (ours: 错误…规则…; the reviewer's) is not read as part of the report
        assertEquals(findings, findings(o2.resolve("report.reviewed.json")));

        for (Path copy : List.of(reviewed, again)) {
            Comments c = comments(copy);
            assertEquals(findings.size(), c.ours, copy + ": one comment of ours per finding, not two");
            assertEquals(List.of(REVIEWER_NOTE), c.others, copy + ": the reviewer's comment, once");
            assertEquals(findings.size() + 1, c.references, copy + ": one reference per comment");
            assertEquals(findings.size() + 1, c.rangeStarts, copy + ": one anchor per comment");
        }
    }

    @Test
    void aDocumentWithoutOurCommentsIsLeftByteForByte() throws Exception {
        Path report = tmp.resolve("plain.docx");
        DocxWriter.write(List.of("某县2023年法治政府建设年度报告", "全年办理案件12件。"), report);
        addReviewerComment(report, 1);
        byte[] bytes = Files.readAllBytes(report);
        assertTrue(java.util.Arrays.equals(bytes, DocxOwnComments.strip(bytes)));
    }

    record Comments(int ours, List<String> others, int references, int rangeStarts) {
    }

    private static Comments comments(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            int ours = 0;
            List<String> others = new ArrayList<>();
            for (XWPFComment c : doc.getDocComments().getComments()) {
                if ("reportcheck".equals(c.getAuthor())) {
                    ours++;
                } else {
                    others.add(c.getText().strip());
                }
            }
            String xml = doc.getDocument().xmlText();
            return new Comments(ours, others, count(xml, "<w:commentReference "), count(xml, "<w:commentRangeStart "));
        }
    }

    private static int count(String s, String part) {
        return s.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    /** A reviewer's point comment (author 张三) at the start of paragraph {@code index}. */
    private static void addReviewerComment(Path docx, int index) throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFComments part = doc.getDocComments() != null ? doc.getDocComments() : doc.createComments();
            BigInteger id = BigInteger.valueOf(40);
            XWPFComment c = part.createComment(id);
            c.setAuthor("张三");
            c.setInitials("ZS");
            c.createParagraph().createRun().setText(REVIEWER_NOTE);
            XWPFParagraph p = doc.getParagraphs().get(index);
            p.getCTP().addNewCommentRangeStart().setId(id);
            p.getCTP().addNewCommentRangeEnd().setId(id);
            p.getCTP().addNewR().addNewCommentReference().setId(id);
            byte[] out;
            try (var bytes = new java.io.ByteArrayOutputStream()) {
                doc.write(bytes);
                out = bytes.toByteArray();
            }
            try (OutputStream os = Files.newOutputStream(docx)) {
                os.write(out);
            }
        }
    }

    private static List<String> findings(Path json) throws IOException {
        List<String> out = new ArrayList<>();
        for (JsonNode f : JSON.readTree(json.toFile()).get("findings")) {
            out.add(f.get("ruleId").asText() + " " + f.get("line") + ":" + f.get("column") + " " + f.get("evidence").asText());
        }
        return out;
    }
}

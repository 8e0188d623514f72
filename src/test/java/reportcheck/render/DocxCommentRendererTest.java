package reportcheck.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reportcheck.finding.CheckResult;
import reportcheck.finding.Finding;
import reportcheck.finding.Related;
import reportcheck.finding.Severity;

class DocxCommentRendererTest {
    @TempDir
    Path dir;

    private final DocxCommentRenderer renderer = new DocxCommentRenderer();

    static Stream<Path> seeds() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyFindingOfASeedIsOneCommentOnItsEvidence(Path seed) throws IOException {
        CheckResult r = Results.run(seed);
        Path input = DocxFixture.write(r.text().original(), dir.resolve("report.docx"), 10);
        assertCommentsOnEvidence(r, input);
        // kept for a person to open in Word or LibreOffice
        Path keep = Files.createDirectories(Path.of("target", "review-docx"));
        String name = seed.getFileName().toString().replace(".txt", "");
        Files.copy(input, keep.resolve(name + ".docx"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(output(), keep.resolve(name + ".reviewed.docx"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void overlappingMultiLineTableAndLinkedEvidence() throws IOException {
        String text = String.join("\n", "某某局2023年法治政府建设年度报告", "一、主要举措和成效",
                "全年办理行政复议案件??件，同比增长百分之十。", "依法行政工作始终始终坚持依法决策。",
                "表格左上", "表格右上：共计12件", "表格左下", "表格右下：完成率为100%", "𠀀𪚥的数据尚待核实。",
                "二、存在的不足", "某某局", "2024年3月13日");
        Path input = DocxFixture.write(text, dir.resolve("synthetic.docx"), 5);
        List<Finding> fs = new ArrayList<>();
        fs.add(Results.at(text, "??件", 0, "placeholder.question-mark", Severity.ERROR));
        fs.add(Results.at(text, "复议案件??件，同比", 0, "style.overlap", Severity.INFO));
        fs.add(Results.at(text, "始终始终", 0, "duplicate.doubled-word", Severity.ERROR));
        fs.add(Results.at(text, "始终坚持依法决策", 0, "style.overlap-tail", Severity.WARNING));
        fs.add(Results.at(text, "共计12件", 0, "arithmetic.in-table", Severity.WARNING));
        fs.add(Results.at(text, "𪚥的数据", 0, "placeholder.astral", Severity.INFO));
        fs.add(Results.at(text, "成效\n全年办理", 0, "structure.two-lines", Severity.INFO));
        fs.add(Results.withRelated(Results.at(text, "某某局", 10, "contradiction.issuer", Severity.WARNING),
                new Related(1, 1, "某某局")));
        fs.add(Results.whole("missing-section.part", "党政主要负责人履行推进法治建设第一责任人职责情况"));
        CheckResult r = Results.of("synthetic.docx", text, fs);
        assertCommentsOnEvidence(r, input);
    }

    @Test
    void aListLabelTheReaderWroteOutIsNotInTheParagraphButTheRestStillMatches() throws IOException {
        // Word numbering: the paragraph holds "主要举措和成效", the report line reads "一、主要举措和成效"
        String docText = "标题\n主要举措和成效\n正文";
        String lineText = "标题\n一、主要举措和成效\n正文";
        Path input = DocxFixture.write(docText, dir.resolve("numbered.docx"), 0);
        Finding inText = Results.at(lineText, "举措", 0, "style.word", Severity.INFO);
        Finding onLabel = Results.at(lineText, "一、", 0, "numbering.label", Severity.WARNING);
        Map<String, String> ranges = render(Results.of("numbered.docx", lineText, List.of(inText, onLabel)), input);
        assertEquals(2, ranges.size());
        List<String> covered = new ArrayList<>(ranges.values());
        assertTrue(covered.contains("举措"), covered.toString());
        assertTrue(covered.contains("主要举措和成效"), "a label outside the runs comments the whole paragraph: " + covered);
    }

    @Test
    void linesAsTheReaderMakesThemSkipBlankParagraphsAndKeepDuplicatesApart() throws IOException {
        Path input = dir.resolve("reader.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream o = Files.newOutputStream(input)) {
            doc.createParagraph().createRun().setText("某局2023年法治政府建设年度报告");
            doc.createParagraph();
            doc.createParagraph().createRun().setText("主要举措和成效");
            doc.createParagraph().createRun().setText("   ");
            doc.createParagraph().createRun().setText("重复的段落内容。");
            doc.createParagraph().createRun().setText("重复的段落内容。");
            XWPFRun broken = doc.createParagraph().createRun();
            broken.setText("第一行文字");
            broken.addBreak();
            broken.setText("第二行文字有??处。");
            doc.write(o);
        }
        // what the reader makes of it: blank paragraphs are no lines, Word's list label is written
        // out in front, a manual break between Chinese characters is dropped
        String text = "某局2023年法治政府建设年度报告\n一、主要举措和成效\n重复的段落内容。\n重复的段落内容。\n"
                + "第一行文字第二行文字有??处。";
        CheckResult r = Results.of("reader.docx", text, List.of(
                Results.at(text, "举措", 0, "style.word", Severity.INFO),
                Results.at(text, "重复的段落内容", text.indexOf("。\n重复") + 2, "duplicate.paragraph", Severity.WARNING),
                Results.at(text, "文字第二", 0, "style.across-break", Severity.INFO),
                Results.at(text, "??处", 0, "placeholder.question-mark", Severity.ERROR)));
        assertEquals(4, r.findings().get(1).line(), "the second of the two identical paragraphs");
        assertCommentsOnEvidence(r, input);
        try (XWPFDocument doc = reopen()) {
            Map<String, Integer> at = CommentRanges.startParagraphs(doc);
            assertEquals(List.of(2, 5, 6, 6), List.of(at.get("0"), at.get("1"), at.get("2"), at.get("3")),
                    "paragraph indexes in the body, blank ones counted");
        }
    }

    @Test
    void aReviewersOwnCommentsStayAndOursTakeNewIds() throws IOException {
        Path input = dir.resolve("commented.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream o = Files.newOutputStream(input)) {
            doc.createParagraph().createRun().setText("正文有??处。");
            XWPFComment theirs = doc.createComments().createComment(java.math.BigInteger.ZERO);
            theirs.setAuthor("审核人");
            theirs.createParagraph().createRun().setText("请核实");
            doc.write(o);
        }
        String text = "正文有??处。";
        CheckResult r = Results.of("commented.docx", text,
                List.of(Results.at(text, "??", 0, "placeholder.question-mark", Severity.ERROR)));
        Map<String, String> ranges = render(r, input);
        try (XWPFDocument doc = reopen()) {
            assertEquals(2, doc.getComments().length);
            assertEquals("审核人", doc.getCommentByID("0").getAuthor());
            assertEquals("reportcheck", doc.getCommentByID("1").getAuthor());
            assertEquals("??", ranges.get("1"));
        }
    }

    @Test
    void onlyWordInputsGetACopy() throws IOException {
        Path txt = Files.writeString(dir.resolve("a.txt"), "标题\n正文");
        Path fakeDocx = Files.writeString(dir.resolve("b.docx"), "not a zip");
        Path docx = DocxFixture.write("标题\n正文", dir.resolve("c.bin"), 0);
        CheckResult r = Results.of("x", "标题\n正文", List.of());
        assertNotNull(renderer.skipReason(r, txt));
        assertNotNull(renderer.skipReason(r, fakeDocx));
        assertNull(renderer.skipReason(r, docx), "decided by content, not by name");
        assertEquals("reviewed.docx", renderer.extension());
    }

    private void assertCommentsOnEvidence(CheckResult r, Path input) throws IOException {
        byte[] before = Files.readAllBytes(input);
        Map<String, String> ranges = render(r, input);
        assertArrayEquals(before, Files.readAllBytes(input), "the input is never written");
        try (XWPFDocument doc = reopen()) {
            XWPFComment[] comments = doc.getComments();
            assertEquals(r.findings().size(), comments.length, "one comment per finding");
            String firstParagraph = doc.getParagraphs().stream().map(p -> p.getText()).filter(t -> !t.isBlank())
                    .findFirst().orElseThrow();
            for (int i = 0; i < comments.length; i++) {
                Finding f = r.findings().get(i);
                XWPFComment c = doc.getCommentByID(String.valueOf(i));
                assertEquals("reportcheck", c.getAuthor());
                assertTrue(c.getText().contains(f.severity().label()) && c.getText().contains(f.title())
                        && c.getText().contains(f.message()) && c.getText().contains(f.suggestion()), c.getText());
                String expected = f.line() == null ? firstParagraph : f.evidence().replace("\r\n", "\n");
                assertEquals(expected, ranges.get(String.valueOf(i)), f.ruleId() + " at line " + f.line());
            }
        }
    }

    private Path output() {
        return dir.resolve("out.reviewed.docx");
    }

    private Map<String, String> render(CheckResult r, Path input) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        renderer.write(r, input, bytes);
        Files.write(output(), bytes.toByteArray());
        try (XWPFDocument doc = reopen()) {
            return CommentRanges.of(doc);
        }
    }

    private XWPFDocument reopen() throws IOException {
        try (InputStream in = Files.newInputStream(output())) {
            return new XWPFDocument(in);
        }
    }
}

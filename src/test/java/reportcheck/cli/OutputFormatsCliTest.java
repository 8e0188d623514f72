package reportcheck.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import reportcheck.batch.OutputWriter;
import reportcheck.finding.CheckResult;
import reportcheck.render.DocxCommentRenderer;
import reportcheck.text.SourceText;

class OutputFormatsCliTest {
    @TempDir
    Path dir;

    @Test
    void htmlIsWrittenAndDocxIsSkippedWithANoticeForATextReport() throws IOException {
        Path out = dir.resolve("out");
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("check", "seeds/003_c301495cfdadc365.txt", "--out", out.toString(),
                "--format", "md,html,docx");
        assertEquals(ExitCode.FINDINGS.code(), code, "the notice is not an error: 003 has errors, so 1");
        assertTrue(Files.size(out.resolve("003_c301495cfdadc365.html")) > 0);
        assertTrue(Files.exists(out.resolve("003_c301495cfdadc365.md")));
        assertFalse(Files.exists(out.resolve("003_c301495cfdadc365.reviewed.docx")));
        assertTrue(err.toString().contains("提示：不是 Word（.docx）文件"), err.toString());
    }

    @Test
    void theWordCopyIsNamedReviewedAndNeverReplacesItsInput() throws IOException {
        Path input = dir.resolve("报告.docx");
        try (XWPFDocument doc = new XWPFDocument(); var o = Files.newOutputStream(input)) {
            doc.createParagraph().createRun().setText("标题");
            doc.write(o);
        }
        byte[] before = Files.readAllBytes(input);
        CheckResult r = new CheckResult("报告.docx", CheckResult.CHECKED, "docx", null, "标题", null, null, List.of(),
                null, new SourceText("标题"));
        Path written = new OutputWriter(dir.resolve("out")).write(r, input, "报告", new DocxCommentRenderer());
        assertEquals("报告.reviewed.docx", written.getFileName().toString());
        assertArrayEquals(before, Files.readAllBytes(input));
        // an output name that would land on the input itself is refused
        OutputWriter sameFolder = new OutputWriter(dir);
        Path trap = Files.copy(input, dir.resolve("x.reviewed.docx"));
        assertThrows(IOException.class, () -> sameFolder.write(r, trap, "x", new DocxCommentRenderer()));
        assertArrayEquals(before, Files.readAllBytes(trap));
    }
}

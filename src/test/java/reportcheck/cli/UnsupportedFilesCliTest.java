package reportcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportcheck.support.Cli;

/**
 * A folder of files offices send that are not checked: each one is named with why, and a run
 * that checked nothing says so and does not exit with 0.
 */
class UnsupportedFilesCliTest {
    @TempDir
    Path tmp;

    @Test
    void aFolderOfUnsupportedFilesNamesEachAndFails() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        zip(in.resolve("公报.ofd"), "OFD.xml");
        zip(in.resolve("草稿.odt"), "mimetype", "content.xml");
        Files.writeString(in.resolve("旧稿.rtf"), "{\\rtf1\\ansi report}");
        Files.writeString(in.resolve("style.css"), "p { color: red }");
        Files.write(in.resolve("scan.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        Cli.Run r = Cli.run("check", in.toString(), "--out", tmp.resolve("out").toString());

        assertEquals(3, r.exit(), r.toString());
        // the document kinds are opened and refused with what to do; the others are listed as not checked
        assertLine(r, in.resolve("公报.ofd"), "OFD");
        assertLine(r, in.resolve("草稿.odt"), "OpenDocument");
        assertLine(r, in.resolve("旧稿.rtf"), "RTF");
        assertLine(r, in.resolve("style.css"), "未检查：不支持的文件类型（.css）");
        assertLine(r, in.resolve("scan.png"), "未检查：图片文件");
        assertTrue(r.err().contains("没有检查任何报告：3 份无法读取或检查"), r.toString());
        assertTrue(r.out().contains("已检查 0 份报告，3 份无法检查，2 个文件不是支持的报告格式，未检查"), r.toString());
    }

    @Test
    void onlyFilesOfNoReportKindIsNotASuccess() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("assets"));
        Files.writeString(in.resolve("site.js"), "var a = 1;");
        Files.writeString(in.resolve("notes"), "no extension");
        Cli.Run r = Cli.run("check", in.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(3, r.exit(), r.toString());
        assertLine(r, in.resolve("site.js"), "（.js）");
        assertLine(r, in.resolve("notes"), "没有扩展名");
        assertTrue(r.err().contains("没有检查任何报告：所给文件夹中的 2 个文件都不是支持的报告格式"), r.toString());

        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Cli.Run none = Cli.run("check", empty.toString(), "--out", tmp.resolve("out2").toString());
        assertEquals(3, none.exit(), none.toString());
        assertTrue(none.err().contains("没有检查任何报告：所给文件夹中没有文件"), none.toString());
    }

    @Test
    void aReportBesideOtherFilesIsCheckedAndTheOthersAreListed() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("mixed"));
        Files.copy(Path.of("seeds/000_c24621536ea822c3.txt"), in.resolve("report.txt"));
        Files.writeString(in.resolve("style.css"), "p { color: red }");
        Cli.Run r = Cli.run("check", in.toString(), "--out", tmp.resolve("out").toString(), "--fail-on", "none");
        assertEquals(0, r.exit(), r.toString());
        assertLine(r, in.resolve("style.css"), "未检查");
        assertTrue(r.out().contains("已检查 1 份报告，0 份无法检查，1 个文件不是支持的报告格式，未检查"), r.toString());
        Cli.Run quiet = Cli.run("check", in.toString(), "--out", tmp.resolve("out3").toString(), "--fail-on", "none",
                "--quiet");
        assertEquals("", quiet.err(), "--quiet prints only errors");
        // quiet or not, the summary keeps the list: an audit of a folder says what it left out
        JsonNode summary = new ObjectMapper().readTree(tmp.resolve("out3/summary.json").toFile());
        assertEquals(1, summary.path("totals").path("skipped").asInt(), summary.toString());
        assertEquals(1, summary.path("totals").path("reports").asInt(), "a skipped file is not a report");
        assertEquals(in.resolve("style.css").toString(), summary.path("skipped").path(0).path("file").asText());
        assertTrue(summary.path("skipped").path(0).path("reason").asText().startsWith("未检查：不支持的文件类型（.css）"),
                summary.toString());
        String html = Files.readString(tmp.resolve("out3/summary.html"));
        assertTrue(html.contains("未检查的文件（1 个）") && html.contains("style.css"), html);
        String csv = Files.readString(tmp.resolve("out3/summary.csv"), StandardCharsets.UTF_8);
        assertTrue(!csv.contains("style.css"), "the CSV has one row per report: " + csv);
    }

    @Test
    void aSummaryWithNothingSkippedSaysNothingOfIt() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("plain"));
        Files.copy(Path.of("seeds/000_c24621536ea822c3.txt"), in.resolve("report.txt"));
        Cli.Run r = Cli.run("check", in.toString(), "--out", tmp.resolve("out").toString(), "--fail-on", "none", "-q");
        assertEquals(0, r.exit(), r.toString());
        JsonNode summary = new ObjectMapper().readTree(tmp.resolve("out/summary.json").toFile());
        assertEquals(0, summary.path("totals").path("skipped").asInt());
        assertTrue(summary.path("skipped").isArray() && summary.path("skipped").isEmpty(), summary.toString());
        assertTrue(!Files.readString(tmp.resolve("out/summary.html")).contains("未检查的文件"));
    }

    private static void assertLine(Cli.Run r, Path file, String reason) {
        List<String> lines = r.err().lines().filter(l -> l.startsWith(file + ": ")).toList();
        assertEquals(1, lines.size(), file + " in\n" + r);
        assertTrue(lines.get(0).contains(reason), lines.get(0));
    }

    private static void zip(Path file, String... entries) throws IOException {
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            for (String e : entries) {
                zip.putNextEntry(new ZipEntry(e));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }
}

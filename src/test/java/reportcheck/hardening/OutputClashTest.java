package reportcheck.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportcheck.support.Cli;
import reportcheck.support.DocxWriter;
import reportcheck.support.Hashes;

/**
 * No output of a run lands on one of its inputs or on another of its outputs, whatever the
 * reports are called and wherever --write-baseline points: the run refuses before writing
 * anything, and every input keeps its SHA-256.
 */
class OutputClashTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path report(Path dir, String name, String seed) throws Exception {
        Files.createDirectories(dir);
        return Files.copy(Path.of("seeds", seed), dir.resolve(name));
    }

    private static void assertRefused(Cli.Run r, String... named) {
        assertEquals(2, r.exit(), r.toString());
        for (String n : named) {
            assertTrue(r.err().contains(n), "names " + n + ":\n" + r);
        }
        assertTrue(r.err().contains("没有写出任何文件"), r.toString());
        assertFalse(r.err().contains("Exception"), r.toString());
    }

    @Test
    void aBaselineIsNeverWrittenOntoTheReportItself() throws Exception {
        Path draft = report(tmp.resolve("in"), "报告.txt", "000_c24621536ea822c3.txt");
        Map<String, String> before = Hashes.of(tmp);
        Path out = tmp.resolve("out");
        Cli.Run r = Cli.run("check", draft.toString(), "--write-baseline", draft.toString(), "--out", out.toString());
        assertRefused(r, "会覆盖输入文件 " + draft, "输出 " + draft);
        assertEquals(before, Hashes.of(tmp));
        assertFalse(Files.exists(out), "nothing written, not even the output folder");
    }

    @Test
    void aBaselineIsNeverWrittenOntoTheReportThroughALinkOrAnOddSpelling() throws Exception {
        Path draft = report(tmp.resolve("in"), "draft.txt", "000_c24621536ea822c3.txt");
        Path link = Files.createSymbolicLink(tmp.resolve("link.json"), draft);
        Map<String, String> before = Hashes.of(tmp.resolve("in"));
        Path out = tmp.resolve("out");
        assertRefused(Cli.run("check", draft.toString(), "--write-baseline", link.toString(), "--out", out.toString()),
                "会覆盖输入文件 " + draft);
        Path odd = tmp.resolve("in/x/../draft.txt");
        assertRefused(Cli.run("check", draft.toString(), "--write-baseline", odd.toString(), "--out", out.toString()),
                "会覆盖输入文件 " + draft);
        assertEquals(before, Hashes.of(tmp.resolve("in")));
        assertFalse(Files.exists(out));
    }

    @Test
    void aBaselineIsNeverWrittenOntoTheBatchSummaryOrAChecklist() throws Exception {
        Path in = tmp.resolve("in");
        report(in, "a.txt", "000_c24621536ea822c3.txt");
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path summary = out.resolve("summary.json");
        Files.writeString(summary, "{\"earlier\": true}");
        Map<String, String> inputs = Hashes.of(in);
        Map<String, String> outputs = Hashes.of(out);
        assertRefused(Cli.run("check", in.toString(), "--out", out.toString(), "--write-baseline", summary.toString()),
                "输出 " + summary, "是同一个文件");
        assertRefused(Cli.run("check", in.toString(), "--out", out.toString(),
                "--write-baseline", out.resolve("a.md").toString()), "输出 " + out.resolve("a.md"), "是同一个文件");
        assertEquals(inputs, Hashes.of(in));
        assertEquals(outputs, Hashes.of(out), "the earlier outputs are untouched too");
    }

    @Test
    void aBaselineIsNeverWrittenOntoTheBaselineOrConfigurationItReads() throws Exception {
        Path draft = report(tmp.resolve("in"), "draft.txt", "000_c24621536ea822c3.txt");
        Path accepted = Files.writeString(tmp.resolve("in/accepted.json"),
                "{\"version\": 1, \"accepted\": [{\"rule\": \"style.approx-redundant\", \"evidence\": \"x\"}]}");
        Path config = Files.writeString(tmp.resolve("in/config.json"), "{\"disable\": [\"style\"]}");
        Map<String, String> before = Hashes.of(tmp.resolve("in"));
        Path out = tmp.resolve("out");
        assertRefused(Cli.run("check", draft.toString(), "--out", out.toString(), "--baseline", accepted.toString(),
                "--write-baseline", accepted.toString()), "会覆盖输入文件 " + accepted);
        assertRefused(Cli.run("check", draft.toString(), "--out", out.toString(), "--config", config.toString(),
                "--write-baseline", config.toString()), "会覆盖输入文件 " + config);
        assertEquals(before, Hashes.of(tmp.resolve("in")));
        assertFalse(Files.exists(out));
    }

    @Test
    void aBaselineNamingAFolderIsRefusedBeforeTheRun() throws Exception {
        Path draft = report(tmp.resolve("in"), "draft.txt", "000_c24621536ea822c3.txt");
        Path folder = Files.createDirectories(tmp.resolve("baselines"));
        Path out = tmp.resolve("out");
        Cli.Run r = Cli.run("check", draft.toString(), "--out", out.toString(), "--write-baseline", folder.toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("--write-baseline 给的 " + folder + " 是文件夹"), r.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void aChecklistIsNeverWrittenOntoAnEarlierReportItIsComparedWith() throws Exception {
        Path in = tmp.resolve("in");
        report(in, "a.txt", "000_c24621536ea822c3.txt");
        Path out = tmp.resolve("out");
        // last year's "reports" are last year's review pages, in the folder this run writes to
        Path earlierPage = Files.createDirectories(out).resolve("a.html");
        Files.writeString(earlierPage, "<p>2022年某区法治政府建设年度报告</p>");
        Map<String, String> before = Hashes.of(tmp);
        assertRefused(Cli.run("check", in.toString(), "--out", out.toString(), "--format", "json,html",
                "--compare-with", out.toString()), "会覆盖输入文件 " + earlierPage);
        assertEquals(before, Hashes.of(tmp));
    }

    /**
     * Links among the many files of one folder, and a linked folder: a checklist that would land,
     * through either, on a page the run compares with is refused, as a path spelt out would be.
     * (The folders of a batch are resolved once each, and a name that is a link is followed.)
     */
    @Test
    void aChecklistIsNeverWrittenOntoAnEarlierReportThroughALinkedNameOrFolder() throws Exception {
        Path in = tmp.resolve("in");
        for (int k = 0; k < 5; k++) {
            report(in, "r" + k + ".txt", "000_c24621536ea822c3.txt");
        }
        Path old = Files.createDirectories(tmp.resolve("old"));
        Path earlierPage = Files.writeString(old.resolve("page.html"), "<p>2022年某区法治政府建设年度报告</p>");
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("r1.html"), "an earlier checklist, a plain file");
        Files.createSymbolicLink(out.resolve("r3.html"), earlierPage);
        Map<String, String> before = Hashes.of(tmp);
        assertRefused(Cli.run("check", in.toString(), "--out", out.toString(), "--format", "json,html",
                "--compare-with", old.toString()), "输出 " + out.resolve("r3.html"), "会覆盖输入文件 " + earlierPage);
        assertEquals(before, Hashes.of(tmp));

        report(in.resolve("x"), "page.txt", "000_c24621536ea822c3.txt");
        Path linkedOut = Files.createDirectories(tmp.resolve("out2"));
        Files.createSymbolicLink(linkedOut.resolve("x"), old);
        Map<String, String> inputs = Hashes.of(in);
        assertRefused(Cli.run("check", in.toString(), "--out", linkedOut.toString(), "--format", "json,html",
                "--compare-with", old.toString()), "输出 " + linkedOut.resolve("x/page.html"), "会覆盖输入文件 " + earlierPage);
        assertEquals(inputs, Hashes.of(in));
        assertEquals("<p>2022年某区法治政府建设年度报告</p>", Files.readString(earlierPage));
        assertFalse(Files.exists(linkedOut.resolve("r0.json")), "nothing written");
    }

    /**
     * A report called summary.txt, one called summary.docx, a.txt beside a.docx, the same name in
     * two sub-folders and two names differing in case: every report keeps its own checklists, and
     * the batch summary its own files.
     */
    @Test
    void reportsAndTheBatchSummaryNeverShareAName() throws Exception {
        Path in = tmp.resolve("in");
        report(in, "summary.txt", "002_ada55667925c30fd.txt");
        DocxWriter.write(Files.readAllLines(Path.of("seeds/001_d0b205e319d16db8.txt")), in.resolve("summary.docx"));
        report(in, "a.txt", "000_c24621536ea822c3.txt");
        DocxWriter.write(Files.readAllLines(Path.of("seeds/003_c301495cfdadc365.txt")), in.resolve("a.docx"));
        report(in, "A.txt", "004_35dadc3a6d6d35d1.txt");
        report(in.resolve("x"), "b.txt", "000_c24621536ea822c3.txt");
        report(in.resolve("y"), "b.txt", "002_ada55667925c30fd.txt");
        Map<String, String> before = Hashes.of(in);
        Path out = tmp.resolve("out");
        Cli.Run r = Cli.run("check", in.toString(), "--out", out.toString(), "--format", "json,md,html");
        assertEquals(1, r.exit(), r.toString());
        assertEquals(before, Hashes.of(in));

        // one checklist per report and format, plus the three summary files: nothing overwritten
        List<Path> json;
        try (Stream<Path> s = Files.walk(out)) {
            json = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertEquals(8, json.size(), json.toString());
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertEquals(7, summary.get("reports").size(), summary.toString());
        TreeSet<String> sources = new TreeSet<>();
        for (Path p : json) {
            if (p.equals(out.resolve("summary.json"))) {
                continue;
            }
            JsonNode checklist = JSON.readTree(p.toFile());
            assertEquals("checked", checklist.get("status").asText(), p.toString());
            sources.add(in.relativize(Path.of(checklist.get("source").asText())).toString());
        }
        assertEquals(new TreeSet<>(List.of("A.txt", "a.docx", "a.txt", "summary.docx", "summary.txt",
                "x/b.txt", "y/b.txt")), sources);
        // the naming the README promises: sorted walk order, the first keeps the name, summary is reserved
        assertEquals("summary.docx", source(out.resolve("summary-2.json")));
        assertEquals("summary.txt", source(out.resolve("summary-3.json")));
        assertEquals("A.txt", source(out.resolve("A.json")));
        assertEquals("a.docx", source(out.resolve("a-2.json")));
        assertEquals("a.txt", source(out.resolve("a-3.json")));
        assertTrue(Files.isRegularFile(out.resolve("summary-3.md")) && Files.isRegularFile(out.resolve("summary-3.html")));
        assertTrue(Files.readString(out.resolve("summary.html")).contains("summary-3.html"),
                "the batch summary links to the report's own page");
    }

    private String source(Path checklist) throws Exception {
        return tmp.resolve("in").relativize(Path.of(JSON.readTree(checklist.toFile()).get("source").asText()))
                .toString();
    }

    /** A summary.txt checked alone gets the same findings as under any other name. */
    @Test
    void aReportCalledSummaryKeepsItsFindings() throws Exception {
        Path in = tmp.resolve("in");
        Path named = report(in, "summary.txt", "003_c301495cfdadc365.txt");
        report(in, "other.txt", "000_c24621536ea822c3.txt");
        Path plain = report(tmp.resolve("alone"), "r.txt", "003_c301495cfdadc365.txt");
        Path out = tmp.resolve("out");
        Path alone = tmp.resolve("out-alone");
        Cli.run("check", in.toString(), "--out", out.toString(), "--format", "json");
        Cli.run("check", plain.toString(), "--out", alone.toString(), "--format", "json");
        assertEquals(findings(alone.resolve("r.json")), findings(out.resolve("summary-2.json")));
        assertEquals(named.toString(), JSON.readTree(out.resolve("summary-2.json").toFile()).get("source").asText());
        assertTrue(JSON.readTree(out.resolve("summary.json").toFile()).has("reports"));
    }

    private static List<String> findings(Path checklist) throws Exception {
        List<String> l = new ArrayList<>();
        JSON.readTree(checklist.toFile()).get("findings")
                .forEach(f -> l.add(f.get("ruleId").asText() + " " + f.get("line") + " " + f.get("evidence").asText()));
        assertFalse(l.isEmpty());
        return l;
    }
}

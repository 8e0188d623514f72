package reportcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The batch through the command line: same output whatever --jobs is, and a summary worst first. */
class BatchCommandTest {
    @TempDir
    static Path tmp;
    private static Path in;

    record Run(int exit, String out, String err, Map<String, byte[]> files) {
    }

    @BeforeAll
    static void corpus() throws IOException {
        in = tmp.resolve("in");
        Files.createDirectories(in.resolve("x"));
        Files.createDirectories(in.resolve("y"));
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            for (Path p : s.toList()) {
                Files.copy(p, in.resolve("x").resolve(p.getFileName()));
            }
        }
        Files.copy(Path.of("seeds/001_d0b205e319d16db8.txt"), in.resolve("y/copy-of-001.txt"));
        Files.write(in.resolve("y/binary.txt"), new byte[] {0x50, 0x4B, 0, 0, 1, 2, 3, 0, 0, 0, 9});
    }

    static Run run(String... args) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--rule-cache", tmp.resolve("cache").toString()));
        int exit = cl.execute(all.toArray(String[]::new));
        Path outDir = Path.of(args[args.length - 1]);
        // the last line names the output folder, the one thing that differs between two runs
        return new Run(exit, out.toString().replace(outDir.toString(), "OUT"), err.toString(), files(outDir));
    }

    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return m;
    }

    private static void assertSameRun(Run a, Run b) {
        assertEquals(a.exit(), b.exit());
        assertEquals(a.out(), b.out());
        assertEquals(a.err(), b.err());
        assertEquals(a.files().keySet(), b.files().keySet());
        a.files().forEach((name, bytes) -> assertEquals(new String(bytes), new String(b.files().get(name)), name));
    }

    @Test
    void outputIsTheSameWhateverTheNumberOfJobs() throws IOException {
        String missing = tmp.resolve("no-such-folder").toString();
        Run one = run("check", in.toString(), missing, "--jobs", "1", "--out", tmp.resolve("j1").toString());
        Run three = run("check", in.toString(), missing, "--jobs", "3", "--out", tmp.resolve("j3").toString());
        assertSameRun(one, three);
        assertEquals(ExitCode.INPUT_ERRORS.code(), one.exit(), one.err());
        assertTrue(one.files().containsKey("summary.html") && one.files().containsKey("summary.csv"));
        assertFalse(one.err().contains("\r") || one.err().contains("░"), "no progress bar when stderr is not a terminal");
    }

    @Test
    void outputWithTheCrossReportCheckIsTheSameWhateverTheNumberOfJobs() throws IOException {
        Run one = run("check", in.toString(), "--cross-report", "-j", "1", "--out", tmp.resolve("c1").toString());
        Run two = run("check", in.toString(), "--cross-report", "-j", "2", "--out", tmp.resolve("c2").toString());
        assertSameRun(one, two);
        JsonNode copy = new ObjectMapper().readTree(one.files().get("y/copy-of-001.json"));
        long shared = 0;
        for (JsonNode f : copy.get("findings")) {
            if (f.get("ruleId").asText().equals("duplicate.cross-report")) {
                shared++;
                assertTrue(f.get("related").get(0).get("source").asText().endsWith("001_d0b205e319d16db8.txt"));
            }
        }
        assertTrue(shared > 10, "an identical copy shares its paragraphs: " + shared);
        JsonNode summary = new ObjectMapper().readTree(one.files().get("summary.json"));
        assertTrue(summary.get("sharedTextChecked").asBoolean());
        assertTrue(summary.get("sharedText").get(0).get("first").asText().endsWith("001_d0b205e319d16db8.txt"));
    }

    @Test
    void summaryListsEveryReportWorstFirst() throws IOException {
        Run r = run("check", in.toString(), "--out", tmp.resolve("s").toString());
        JsonNode summary = new ObjectMapper().readTree(r.files().get("summary.json"));
        JsonNode rows = summary.get("reports");
        assertEquals(9, rows.size()); // the seven seeds, a copy of one, and a file that is not a report
        assertEquals("failed", rows.get(0).get("status").asText());
        assertTrue(rows.get(0).get("file").asText().endsWith("binary.txt"));
        // the checked rows, re-sorted here from each report's own checklist
        List<String> expected = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            JsonNode checklist = new ObjectMapper().readTree(r.files().get(rows.get(i).get("output").asText() + ".json"));
            int[] c = new int[3];
            checklist.get("findings").forEach(f -> c[List.of("error", "warning", "info")
                    .indexOf(f.get("severity").asText())]++);
            assertEquals(c[0], rows.get(i).get("errors").asInt());
            assertEquals(c[1], rows.get(i).get("warnings").asInt());
            counts.add(new int[] {c[0], c[1], c[2], i});
        }
        counts.sort(Comparator.<int[]>comparingInt(c -> -c[0]).thenComparingInt(c -> -c[1])
                .thenComparingInt(c -> -c[2]).thenComparing(c -> rows.get(c[3]).get("file").asText()));
        counts.forEach(c -> expected.add(rows.get(c[3]).get("file").asText()));
        List<String> actual = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            actual.add(rows.get(i).get("file").asText());
        }
        assertEquals(expected, actual);
        String csv = new String(r.files().get("summary.csv"), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(10, csv.split("\r\n").length, "a header and a row per report");
    }

    @Test
    void aWrittenBaselineIsTheSameWhateverTheNumberOfJobs() throws IOException {
        Path b1 = tmp.resolve("baseline-1.json");
        Path b3 = tmp.resolve("baseline-3.json");
        run("check", in.resolve("x").toString(), "--cross-report", "--write-baseline", b1.toString(), "-j", "1",
                "--out", tmp.resolve("b1").toString());
        run("check", in.resolve("x").toString(), "--cross-report", "--write-baseline", b3.toString(), "-j", "3",
                "--out", tmp.resolve("b3").toString());
        assertEquals(Files.readString(b1), Files.readString(b3));
    }

    @Test
    void crossReportFindingsCanBeTurnedOffAndExplained() throws IOException {
        Run off = run("check", in.toString(), "--cross-report", "--disable", "duplicate.cross-report", "--out",
                tmp.resolve("off").toString());
        assertFalse(new String(off.files().get("y/copy-of-001.json")).contains("duplicate.cross-report"), off.err());
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("rules", "--explain", "duplicate.carried-over"));
        assertTrue(out.toString().contains("fire-shortcomings"), out.toString());
    }

    @Test
    void theReviewPageNamesTheOtherReportAndTheSummaryLinksToIt() throws IOException {
        Run r = run("check", in.toString(), "--cross-report", "--format", "json,html", "--out",
                tmp.resolve("h").toString());
        String page = new String(r.files().get("y/copy-of-001.html"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(page.contains("对照 " + in.resolve("x/001_d0b205e319d16db8.txt")), "names the other report");
        String summary = new String(r.files().get("summary.html"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(summary.contains("href=\"y/copy-of-001.html\""), "links each report's page");
    }

    @Test
    void quietPrintsOnlyErrors() throws IOException {
        Run r = run("check", in.resolve("x").toString(), "--quiet", "--fail-on", "none", "--out",
                tmp.resolve("q").toString());
        assertEquals("", r.out());
        assertEquals("", r.err());
        assertEquals(0, r.exit());
    }

    @Test
    void carriedOverTextIsFoundAgainstEarlierReports() throws IOException {
        Path fixture = Path.of("rules/fixtures/duplicate.carried-over/fire-shortcomings");
        Path report = tmp.resolve("carried/a.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, Files.readString(fixture.resolve("a.txt")).replace("⟦", "").replace("⟧", ""));
        Run r = run("check", report.toString(), "--compare-with", fixture.resolve("earlier").toString(), "--out",
                tmp.resolve("co").toString());
        JsonNode checklist = new ObjectMapper().readTree(r.files().get("a.json"));
        List<String> ids = new ArrayList<>();
        checklist.get("findings").forEach(f -> ids.add(f.get("ruleId").asText()));
        assertTrue(ids.contains("duplicate.carried-over"), ids.toString());
        String md = new String(r.files().get("a.md"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(md.contains("a-2022.txt"), "the checklist names the earlier report");
    }

    /**
     * Without --jobs a batch checks one report more at a time than there are processors (the
     * benchmark's choice; one on a single processor), and --jobs still sets the number.
     */
    @Test
    void theDefaultNumberOfJobsIsOneMoreThanTheProcessors() throws IOException {
        int processors = Runtime.getRuntime().availableProcessors();
        Run plain = run("check", in.resolve("x").toString(), "--verbose", "--out", tmp.resolve("d").toString());
        assertTrue(plain.err().contains("（" + (processors < 2 ? 1 : processors + 1) + " 个线程）"), plain.err());
        Run one = run("check", in.resolve("x").toString(), "--verbose", "-j", "1", "--out", tmp.resolve("d1").toString());
        assertTrue(one.err().contains("（1 个线程）"), one.err());
        assertSameRun(strip(plain), strip(one));
    }

    /** A run without its timings, which differ from run to run. */
    private static Run strip(Run r) {
        return new Run(r.exit(), r.out(), r.err().replaceAll("(?m)^reportcheck: .*(秒|缓存).*\\R", ""), r.files());
    }
}

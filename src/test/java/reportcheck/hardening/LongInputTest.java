package reportcheck.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportcheck.batch.ReportRunner;
import reportcheck.finding.CheckResult;
import reportcheck.finding.Finding;
import reportcheck.input.Readers;
import reportcheck.support.Cli;
import reportcheck.support.Engine;
import reportcheck.support.Hashes;
import reportcheck.support.Invariants;
import reportcheck.text.SourceText;

/**
 * Long and degenerate inputs finish well within the default time limit, with findings at the
 * right places; a text far beyond any report is refused before it is read, so memory stays
 * bounded. (The 5 MB and 50 MB runs, with their peak memory, are measured from the command line;
 * see the README.)
 */
class LongInputTest {
    @TempDir
    Path tmp;

    @Test
    void aReportWithoutLineBreaksIsCheckedWithRightColumns() throws Exception {
        StringBuilder all = new StringBuilder();
        try (var s = Files.list(Path.of("seeds"))) {
            for (Path p : s.sorted().toList()) {
                all.append(Files.readString(p).replace("\r", "").replace("\n", ""));
            }
        }
        String line = all.toString().repeat(8); // about 0.6 MB on one line
        Path f = Files.writeString(tmp.resolve("one-line.txt"), line);
        CheckResult r = new ReportRunner(Readers.standard(), Engine.checker(), ReportRunner.DEFAULT_TIMEOUT)
                .run(f, "one-line.txt");
        assertEquals(CheckResult.CHECKED, r.status(), r.error());
        assertTrue(r.findings().stream().allMatch(x -> x.line() == null || x.line() == 1));
        assertTrue(r.findings().stream().anyMatch(x -> x.line() != null && x.column() > 100_000),
                "findings far along the line");
        Invariants.findingsPointAtText(new SourceText(line), r.findings());
        // the line holds a navigation bar's "|"s, yet it is a report, not web residue: it is checked
        for (String rule : new String[] {"contradiction.citation-years", "duplicate.doubled-word", "duplicate.sentence"}) {
            assertTrue(r.findings().stream().anyMatch(x -> x.ruleId().equals(rule)), rule + " on the one-line report");
        }
    }

    @Test
    void longRunsOfOneCharacterStayLinear() {
        // each of these once made a regular expression or a scan go quadratic on a long run
        for (String run : new String[] {"?", "？", "_", "X", " ", "始终", "《", "〈", "(", "2"}) {
            String text = "某局2023年法治政府建设年度报告\n一、主要举措\n" + "办理" + run.repeat(100_000) + "起。\n某局\n2024年3月1日\n";
            long t0 = System.nanoTime();
            List<Finding> found = Engine.check(text);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 20_000, "run of '" + run + "' took " + ms + " ms");
            Invariants.findingsPointAtText(new SourceText(text), found);
        }
    }

    @Test
    void aLongReportOfRepeatsFinishesWithinTheDefaultLimit() throws Exception {
        Path f = Files.writeString(tmp.resolve("repeats.txt"),
                Files.readString(Path.of("seeds/001_d0b205e319d16db8.txt")).repeat(40));
        CheckResult r = new ReportRunner(Readers.standard(), Engine.checker(), Duration.ofSeconds(60)).run(f, "r.txt");
        assertEquals(CheckResult.CHECKED, r.status(), r.error());
        assertTrue(r.findings().size() > 40, "every repeated paragraph is reported");
    }

    @Test
    void aFiftyMegabyteTextIsRefusedUnreadAndTheBatchGoesOn() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        byte[] seed = Files.readAllBytes(Path.of("seeds/001_d0b205e319d16db8.txt"));
        try (var os = Files.newOutputStream(in.resolve("huge.txt"))) {
            for (long written = 0; written < 50L << 20; written += seed.length) {
                os.write(seed);
            }
        }
        Files.copy(Path.of("seeds/000_c24621536ea822c3.txt"), in.resolve("good.txt"));
        var before = Hashes.of(in);
        Path out = tmp.resolve("out");
        Cli.Run r = Cli.run("check", in.toString(), "--out", out.toString());
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().contains(in.resolve("huge.txt") + ": 文件有 50.0 MB，超过文本报告的上限（2000000 字，可用 --max-chars 调整）"),
                r.toString());
        assertTrue(Files.readString(out.resolve("huge.json")).contains("\"status\" : \"failed\""));
        assertTrue(Files.readString(out.resolve("good.json")).contains("\"status\" : \"checked\""));
        assertEquals(before, Hashes.of(in));
    }

    @Test
    void theLengthLimitAppliesToTheTextOfEveryFormatAndCanBeLifted() throws Exception {
        Path docx = tmp.resolve("001.docx");
        reportcheck.support.DocxWriter.write(Files.readAllLines(Path.of("seeds/001_d0b205e319d16db8.txt")), docx);
        Cli.Run tight = Cli.run("check", docx.toString(), "--out", tmp.resolve("a").toString(), "--max-chars", "1000");
        assertEquals(3, tight.exit(), tight.toString());
        // a .docx is measured while it is read, and reading stops at the limit: no count of the whole
        assertTrue(tight.err().matches("(?s).*001\\.docx: 报告正文超过上限（1000 字，可用 --max-chars 调整），已停止读取.*"),
                tight.toString());
        Cli.Run lifted = Cli.run("check", docx.toString(), "--out", tmp.resolve("b").toString(), "--max-chars", "0");
        assertEquals(1, lifted.exit(), lifted.toString()); // checked: seed 001 has errors
        Cli.Run negative = Cli.run("check", docx.toString(), "--out", tmp.resolve("c").toString(), "--max-chars", "-1");
        assertEquals(2, negative.exit(), negative.toString());
        assertTrue(negative.err().contains("--max-chars"), negative.toString());
    }
}

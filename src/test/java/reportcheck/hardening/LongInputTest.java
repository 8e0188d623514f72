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
import reportcheck.support.Engine;
import reportcheck.support.Invariants;
import reportcheck.text.SourceText;

/**
 * Long and degenerate inputs finish well within the default time limit, with findings at the
 * right places. (The 5 MB and 50 MB runs, with their peak memory, are measured from the command
 * line; see the README.)
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
}

package reportcheck.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportcheck.analysis.FactBuilder;
import reportcheck.batch.ReportRunner;
import reportcheck.engine.Checker;
import reportcheck.engine.RuleBase;
import reportcheck.finding.CheckResult;
import reportcheck.input.LoadedReport;
import reportcheck.input.ReportReader;
import reportcheck.input.Readers;
import reportcheck.knowledge.Knowledge;
import reportcheck.support.Cli;
import reportcheck.support.Engine;
import reportcheck.support.TestRules;
import reportcheck.text.SourceText;
import reportcheck.text.UnreadableReportException;

/** A report that runs too long is listed as timed out, with its stage and rule, and nothing waits for it. */
class TimeLimitTest {
    @TempDir
    Path tmp;

    @Test
    void aReaderThatHangsIsStoppedInTheReadingStage() throws Exception {
        ReportReader hangs = reader("slow", (file, source) -> hang());
        Path f = Files.writeString(tmp.resolve("a.txt"), "正文。");
        ReportRunner runner = new ReportRunner(new Readers(List.of(hangs)), Engine.checker(), Duration.ofMillis(300));
        long t0 = System.nanoTime();
        CheckResult r = runner.run(f, "a.txt");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(CheckResult.TIMED_OUT, r.status(), r.error());
        assertTrue(r.error().contains("读取阶段"), r.error());
        assertTrue(r.error().contains("0.3 秒"), r.error());
        assertTrue(ms < 2200, "stopped before the 2 s grace ran out, took " + ms + " ms");
    }

    /**
     * Reports run on threads kept for the next report: the interrupt that stopped one report must
     * not reach the next on the same thread, whose result is the same as on a new runner's.
     */
    @Test
    void theReportsAfterAStoppedOneAreCheckedAsUsual() throws Exception {
        Readers standard = Readers.standard();
        ReportReader hangsOnce = reader("txt",
                (file, source) -> source.equals("hang.txt") ? hang() : standard.read(file, source));
        Path seed = Path.of("seeds/000_c24621536ea822c3.txt");
        CheckResult expected = new ReportRunner(Readers.standard(), Engine.checker(), Duration.ofSeconds(60)).run(seed, "seed.txt");
        ReportRunner runner = new ReportRunner(new Readers(List.of(hangsOnce)), Engine.checker(), Duration.ofMillis(300));
        assertEquals(CheckResult.TIMED_OUT, runner.run(seed, "hang.txt").status());
        for (int i = 0; i < 4; i++) {
            CheckResult r = runner.run(seed, "seed.txt");
            assertEquals(CheckResult.CHECKED, r.status(), r.error());
            assertEquals(expected.findings(), r.findings(), "report " + i + " after the stopped one");
        }
    }

    /**
     * A caller interrupted before its report has started gives the report up at once; the report
     * must not start afterwards and run unwatched on a kept thread.
     */
    @Test
    void aReportGivenUpBeforeItStartsIsNotLeftRunning() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean sleeping = new java.util.concurrent.atomic.AtomicBoolean();
        ReportReader hangs = reader("txt", (file, source) -> {
            sleeping.set(true);
            try {
                return hang();
            } finally {
                sleeping.set(false);
            }
        });
        Path f = Files.writeString(tmp.resolve("a.txt"), "正文。");
        ReportRunner runner = new ReportRunner(new Readers(List.of(hangs)), Engine.checker(), Duration.ofSeconds(60));
        Thread.currentThread().interrupt();
        CheckResult r = runner.run(f, "a.txt");
        assertTrue(Thread.interrupted(), "the caller's interrupt is kept for it");
        assertTrue(r.error().contains("中断"), r.status() + " " + r.error());
        Thread.sleep(1000);
        assertTrue(!sleeping.get(), "the given-up report was stopped or never started");
    }

    @Test
    void aLongAnalysisIsInterruptedBetweenLines() throws Exception {
        String seed = Files.readString(Path.of("seeds/001_d0b205e319d16db8.txt"));
        // about 5.5 MB (1.98 million characters, just under the default limit), read from memory at
        // once: several times the 100 ms limit of analysis, however fast the analysis gets (half of
        // this took under 300 ms once it was made faster)
        LoadedReport big = new LoadedReport("big.txt", new SourceText(seed.repeat(300)), "txt", "UTF-8");
        ReportReader memory = reader("txt", (file, source) -> big);
        Path f = Files.writeString(tmp.resolve("big.txt"), "正文。");
        ReportRunner runner = new ReportRunner(new Readers(List.of(memory)), Engine.checker(), Duration.ofMillis(100));
        long t0 = System.nanoTime();
        CheckResult r = runner.run(f, "big.txt");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(CheckResult.TIMED_OUT, r.status(), r.error());
        assertTrue(r.error().contains("分析阶段（analysis）"), r.error());
        // well under the 2 s grace: the work noticed the interrupt and stopped
        assertTrue(ms < 2200, "stopped before the 2 s grace ran out, took " + ms + " ms");
    }

    @Test
    void aSlowRuleIsNamed() throws Exception {
        Path rules = TestRules.withExtra(tmp.resolve("rules"), "slow.drl",
                TestRules.rule("structure.test-slow", "Document()", "Thread.sleep(60000);"));
        Checker checker = new Checker(RuleBase.load(rules), new FactBuilder(Knowledge.load(rules, "default")));
        // generous: Drools prepares a consequence the first time it fires, which may take a while
        ReportRunner runner = new ReportRunner(Readers.standard(), checker, Duration.ofSeconds(8));
        CheckResult r = runner.run(Path.of("seeds/000_c24621536ea822c3.txt"), "000.txt");
        assertEquals(CheckResult.TIMED_OUT, r.status(), r.error());
        assertTrue(r.error().contains("规则阶段（rules），正在执行规则 structure.test-slow"), r.error());
    }

    @Test
    void theBatchGoesOnPastATimedOutReport() throws Exception {
        // a rule that stalls on one report only: deterministic whatever the machine's speed
        Path rules = TestRules.withExtra(tmp.resolve("rules"), "slow.drl",
                TestRules.rule("structure.test-slow", "Paragraph(text.contains(\"慢慢来\"))", "Thread.sleep(60000);"));
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a-slow.txt"), "某局2023年法治政府建设年度报告\n一、主要举措\n慢慢来。\n");
        Files.copy(Path.of("seeds/002_ada55667925c30fd.txt"), in.resolve("b-seed.txt"));
        Path out = tmp.resolve("out");
        Cli.Run run = Cli.run("check", in.toString(), "--rules", rules.toString(), "--out", out.toString(),
                "--timeout", "5");
        assertEquals(3, run.exit(), run.toString());
        assertTrue(run.err().contains(in.resolve("a-slow.txt") + ": 超时：超过时间限制（5 秒，可用 --timeout 调整），停在规则阶段（rules）"),
                run.toString());
        assertTrue(run.err().contains("structure.test-slow"), run.toString());
        assertTrue(run.out().contains("（其中 1 份超时）"), run.toString());
        ObjectMapper json = new ObjectMapper();
        assertEquals("timed-out", json.readTree(out.resolve("a-slow.json").toFile()).get("status").asText());
        assertEquals("checked", json.readTree(out.resolve("b-seed.json").toFile()).get("status").asText());
    }

    @Test
    void aNegativeTimeoutIsAUsageError() {
        Cli.Run run = Cli.run("check", "seeds", "--out", tmp.resolve("out").toString(), "--timeout", "-1");
        assertEquals(2, run.exit(), run.toString());
    }

    /** How a test's reader reads a file. */
    private interface Reading {
        LoadedReport read(Path file, String source) throws UnreadableReportException;
    }

    /** A reader of {@code format} that takes every file and reads it with {@code reading}. */
    private static ReportReader reader(String format, Reading reading) {
        return new ReportReader() {
            @Override
            public String format() {
                return format;
            }

            @Override
            public boolean accepts(Path file, byte[] head) {
                return true;
            }

            @Override
            public LoadedReport read(Path file, String source) throws UnreadableReportException {
                return reading.read(file, source);
            }
        };
    }

    /** Reads as a network share that never answers would: until interrupted. */
    private static LoadedReport hang() throws UnreadableReportException {
        try {
            Thread.sleep(60_000);
        } catch (InterruptedException e) {
            throw new UnreadableReportException("interrupted");
        }
        return null;
    }
}

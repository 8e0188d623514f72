package reportcheck.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportcheck.support.Cli;
import reportcheck.support.Hashes;
import reportcheck.support.TestRules;

/** A broken rules/ folder: the run stops before any report with file and line; a rule that throws fails only its report. */
class RulesFolderTest {
    @TempDir
    Path tmp;

    @Test
    void aDrlSyntaxErrorNamesFileAndLine() throws Exception {
        Path rules = TestRules.withExtra(tmp.resolve("rules"), "broken.drl", "package reportcheck.rules.test;\n"
                + "import reportcheck.facts.*;\n"
                + "rule \"broken\"\n"
                + "when\n"
                + "    Paragraph( length >> )\n"
                + "then\n"
                + "end\n");
        Cli.Run r = Cli.run("check", "seeds", "--rules", rules.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(4, r.exit(), r.toString());
        assertTrue(Pattern.compile("broken\\.drl:[45]: ").matcher(r.err()).find(), r.toString());
        assertTrue(Files.notExists(tmp.resolve("out")), "nothing is written when the rules do not load");
        assertEquals(4, Cli.run("rules", "--rules", rules.toString()).exit());
    }

    @Test
    void anUnknownFactTypeNamesFileLineAndType() throws Exception {
        Path rules = TestRules.withExtra(tmp.resolve("rules"), "unknown.drl",
                TestRules.rule("structure.test-unknown", "$x : NoSuchFact(size > 0)", "sink.document(kcontext, \"x\", \"x\", \"x\");"));
        Cli.Run r = Cli.run("check", "seeds", "--rules", rules.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(4, r.exit(), r.toString());
        assertTrue(Pattern.compile("unknown\\.drl:\\d+: .*NoSuchFact").matcher(r.err()).find(), r.toString());
    }

    @Test
    void aRuleThatThrowsFailsItsReportByNameAndTheBatchGoesOn() throws Exception {
        Path rules = TestRules.withExtra(tmp.resolve("rules"), "boom.drl", TestRules.rule("structure.test-boom",
                "$p : Paragraph(text.contains(\"爆炸测试\"))", "throw new IllegalStateException(\"boom at \" + $p.getLine());"));
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "某局2023年法治政府建设年度报告\n一、主要举措\n这里有爆炸测试的字样。\n");
        Files.copy(Path.of("seeds/003_c301495cfdadc365.txt"), in.resolve("b.txt"));
        Map<String, String> before = Hashes.of(in);
        Path out = tmp.resolve("out");
        Cli.Run r = Cli.run("check", in.toString(), "--rules", rules.toString(), "--out", out.toString());
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().contains(in.resolve("a.txt") + ": 检查时出错：规则 structure.test-boom"), r.toString());
        assertTrue(r.err().contains("IllegalStateException: boom at 3"), r.toString());
        ObjectMapper json = new ObjectMapper();
        assertEquals("failed", json.readTree(out.resolve("a.json").toFile()).get("status").asText());
        assertEquals("checked", json.readTree(out.resolve("b.json").toFile()).get("status").asText());
        assertEquals(before, Hashes.of(in));
    }
}

package reportcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: outputs, exit codes and messages. */
class CheckCommandTest {
    @TempDir
    Path tmp;

    @Test
    void checksTheSeedsAndWritesJsonAndMarkdownPerReport() throws Exception {
        Path out = tmp.resolve("out");
        Cli r = Cli.run("check", "seeds", "--out", out.toString());
        assertEquals(ExitCode.FINDINGS.code(), r.code, r.err);
        try (Stream<Path> s = Files.list(out)) {
            List<String> names = s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
            // a JSON file and a checklist per report (seven seeds, two of them 政府信息公开 reports), and the batch summary
            assertEquals(17, names.size(), names.toString());
            assertEquals(7, names.stream().filter(n -> n.matches("00\\d_.*\\.json")).count(), names.toString());
            assertEquals(7, names.stream().filter(n -> n.matches("00\\d_.*\\.md")).count(), names.toString());
            assertTrue(names.containsAll(List.of("summary.csv", "summary.json", "summary.html")), names.toString());
        }
        JsonNode json = new ObjectMapper().readTree(out.resolve("003_c301495cfdadc365.json").toFile());
        assertEquals(1, json.get("schemaVersion").asInt());
        assertEquals("seeds/003_c301495cfdadc365.txt", json.get("source").asText());
        JsonNode first = json.get("findings").get(0);
        for (String field : new String[] {"ruleId", "category", "severity", "line", "column", "evidence", "message", "suggestion"}) {
            assertTrue(first.has(field), "finding lacks " + field);
        }
        String md = Files.readString(out.resolve("003_c301495cfdadc365.md"), StandardCharsets.UTF_8);
        assertTrue(md.contains("- [ ] **错误** 第25行第220列"), md);
        assertTrue(md.contains("「?起」"), md);
    }

    @Test
    void failOnNoneExitsZeroAndFailOnWarningCountsWarnings() {
        assertEquals(ExitCode.OK.code(), Cli.run("check", "seeds/000_c24621536ea822c3.txt", "--out", tmp.toString(),
                "--fail-on", "none").code);
        Path clean = Path.of("src/test/resources/clean/clean-report-2023.txt");
        assertEquals(ExitCode.OK.code(), Cli.run("check", clean.toString(), "--out", tmp.toString(), "--fail-on", "warning").code);
        assertEquals(ExitCode.FINDINGS.code(), Cli.run("check", "seeds/001_d0b205e319d16db8.txt", "--out", tmp.toString(),
                "--fail-on", "warning").code);
    }

    @Test
    void aMissingInputIsReportedAndTheRestIsStillChecked() {
        Cli r = Cli.run("check", "no/such/file.txt", "seeds/000_c24621536ea822c3.txt", "--out", tmp.toString());
        assertEquals(ExitCode.INPUT_ERRORS.code(), r.code);
        assertTrue(r.err.contains("no/such/file.txt: 路径不存在"), r.err);
        assertTrue(Files.exists(tmp.resolve("000_c24621536ea822c3.json")));
    }

    @Test
    void aDrlSyntaxErrorStopsTheRunNamingFileAndLine() throws Exception {
        Path rules = tmp.resolve("rules");
        copyTree(Path.of("rules"), rules);
        Path broken = rules.resolve("broken.drl");
        Files.writeString(broken, "package x;\nimport reportcheck.facts.*;\n\nrule \"bad\"\nwhen\n  Paragraph( text == )\nthen\nend\n");
        Cli r = Cli.run("check", "seeds/000_c24621536ea822c3.txt", "--out", tmp.resolve("o").toString(), "--rules", rules.toString());
        assertEquals(ExitCode.RULES_ERROR.code(), r.code);
        assertTrue(r.err.contains(broken.toString() + ":"), r.err);
        assertTrue(r.err.contains("broken.drl:6:"), r.err);
        assertTrue(!r.err.contains("null Package"), "follow-on noise is dropped: " + r.err);
    }

    @Test
    void anUnwritableOutputFolderIsRefusedBeforeAnyWork() throws Exception {
        Path file = tmp.resolve("not-a-folder");
        Files.writeString(file, "x");
        Cli r = Cli.run("check", "seeds/000_c24621536ea822c3.txt", "--out", file.toString());
        assertEquals(ExitCode.OUTPUT_ERROR.code(), r.code);
        assertTrue(r.err.contains("输出目录无法写入"), r.err);
    }

    @Test
    void unknownFormatOrSeverityIsAUsageError() {
        assertEquals(ExitCode.USAGE.code(), Cli.run("check", "seeds", "--format", "pdfx", "--out", tmp.toString()).code);
        assertEquals(ExitCode.USAGE.code(), Cli.run("check", "seeds", "--fail-on", "fatal", "--out", tmp.toString()).code);
        assertEquals(ExitCode.USAGE.code(), Cli.run("check").code);
    }

    @Test
    void rulesListsEveryRuleWithItsMetadata() {
        Cli r = Cli.run("rules");
        assertEquals(0, r.code);
        assertTrue(r.out.contains("placeholder.question-mark"), r.out);
        assertTrue(r.out.contains("数字处留有问号"), r.out);
    }

    static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}

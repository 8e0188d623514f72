package reportcheck.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reportcheck.support.Cli;
import reportcheck.support.Hashes;

/**
 * Every kind of bad input on the command line: what the user sees (a line naming the file, the
 * exit code), that the rest of the batch is checked, and that no input file is changed.
 */
class BadInputTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    Path in;
    Path out;

    @BeforeEach
    void inputs() throws Exception {
        in = Files.createDirectories(tmp.resolve("in"));
        out = tmp.resolve("out");
        Files.copy(Path.of("seeds/000_c24621536ea822c3.txt"), in.resolve("good-000.txt"));
        Files.copy(Path.of("seeds/001_d0b205e319d16db8.txt"), in.resolve("good-001.txt"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.writeString(in.resolve("blank.txt"), "  \r\n\t\n\u3000\u3000\n");
        Files.write(in.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        Files.write(in.resolve("latin1.txt"),
                "Rapport annuel : café, déjà, élève, naïveté.\n".getBytes(Charset.forName("ISO-8859-1")));
        Files.createDirectories(in.resolve("loop"));
        Files.createSymbolicLink(in.resolve("loop/back"), Path.of(".."));
        Files.createSymbolicLink(in.resolve("dangling.txt"), Path.of("no-such-target.txt"));
    }

    /** One bad file alone: its own message and exit code 3, and its checklist says why. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "empty.txt   | 文件为空",
        "blank.txt   | 文件只有空白字符，没有正文",
        "image.txt   | 这是图片文件，不是文字",
        "latin1.txt  | 无法识别文本编码",
    })
    void aBadFileAloneNamesItselfAndExitsWithThree(String name, String message) throws Exception {
        Map<String, String> before = Hashes.of(in);
        Cli.Run r = Cli.run("check", in.resolve(name).toString(), "--out", out.toString());
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().contains(in.resolve(name) + ": " + message), r.toString());
        JsonNode json = JSON.readTree(out.resolve(name.replace(".txt", ".json")).toFile());
        assertEquals("failed", json.get("status").asText());
        assertTrue(json.get("error").asText().contains(message), json.toString());
        assertEquals(before, Hashes.of(in));
    }

    @Test
    void aPathThatDoesNotExistIsNamedAndTheOthersAreChecked() {
        Path missing = tmp.resolve("missing.txt");
        Cli.Run r = Cli.run("check", missing.toString(), in.resolve("good-000.txt").toString(), "--out", out.toString());
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().contains(missing + ": 路径不存在"), r.toString());
        assertTrue(Files.isRegularFile(out.resolve("good-000.json")), r.toString());
    }

    /** The whole folder at once: good reports checked, one line per bad one, inputs untouched. */
    @Test
    void aFolderMixingGoodAndBadInputsIsCheckedToTheEnd() throws Exception {
        Map<String, String> before = Hashes.of(in);
        Cli.Run r = Cli.run("check", in.toString(), "--out", out.toString());
        assertEquals(3, r.exit(), r.toString());
        for (String bad : new String[] {"empty.txt", "blank.txt", "image.txt", "latin1.txt"}) {
            assertTrue(r.err().contains(in.resolve(bad) + ": "), bad + " not named in\n" + r);
        }
        assertTrue(r.err().contains("符号链接形成循环"), r.toString());
        assertTrue(r.err().contains(in.resolve("dangling.txt") + ": 符号链接指向的文件不存在"), r.toString());
        for (String good : new String[] {"good-000", "good-001"}) {
            JsonNode json = JSON.readTree(out.resolve(good + ".json").toFile());
            assertEquals("checked", json.get("status").asText(), good);
            assertTrue(json.get("findings").isArray(), good);
            assertTrue(Files.readString(out.resolve(good + ".md")).startsWith("# 审查清单："), good);
            assertTrue(r.out().contains(in.resolve(good + ".txt") + ": 错误 "), r.toString());
        }
        assertTrue(JSON.readTree(out.resolve("good-001.json").toFile()).get("findings").size() >= 5,
                "seed 001 has at least five known defects");
        assertTrue(r.out().contains("已检查 2 份报告，6 份无法检查"), r.toString());
        assertEquals(before, Hashes.of(in));
    }

    /** As root, chmod 000 does not stop a read; this case needs an ordinary user. */
    @Test
    void anUnreadableFileIsNamedAndSkipped() throws Exception {
        Path locked = in.resolve("locked.txt");
        Files.copy(Path.of("seeds/002_ada55667925c30fd.txt"), locked);
        assertTrue(locked.toFile().setReadable(false, false));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked),
                    "running as root: file permissions do not block reading (see simulatedReadErrorIsNamedAndSkipped)");
            Cli.Run r = Cli.run("check", in.toString(), "--out", out.toString());
            assertEquals(3, r.exit(), r.toString());
            assertTrue(r.err().contains(locked + ": 没有读取权限"), r.toString());
            assertTrue(Files.isRegularFile(out.resolve("good-000.json")));
        } finally {
            locked.toFile().setReadable(true, false);
        }
    }

    /**
     * A read that fails half-way, as a bad disk or a revoked share does, simulated without
     * permissions: a link to /proc/self/mem, whose first page cannot be read (EIO).
     */
    @Test
    void simulatedReadErrorIsNamedAndSkipped() throws Exception {
        Path procMem = Path.of("/proc/self/mem");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(procMem), "needs Linux /proc");
        Path broken = Files.createSymbolicLink(in.resolve("bad-disk.txt"), procMem);
        Cli.Run r = Cli.run("check", in.toString(), "--out", out.toString());
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().contains(broken + ": 无法读取文件"), r.toString());
        assertTrue(Files.isRegularFile(out.resolve("good-001.json")));
    }

    @Test
    void mixedLineEndingsKeepLinesAndColumns() throws Exception {
        String seed = Files.readString(Path.of("seeds/001_d0b205e319d16db8.txt"), StandardCharsets.UTF_8);
        String[] lines = seed.split("\n", -1);
        String[] breaks = {"\r\n", "\r", "\n"};
        StringBuilder mixed = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            mixed.append(lines[i].replace("\r", ""));
            if (i + 1 < lines.length) {
                mixed.append(breaks[i % 3]);
            }
        }
        Files.writeString(in.resolve("mixed.txt"), mixed.toString());
        Files.writeString(in.resolve("unix.txt"), seed.replace("\r", ""));
        Cli.Run r = Cli.run("check", in.resolve("mixed.txt").toString(), in.resolve("unix.txt").toString(),
                "--out", out.toString(), "--fail-on", "none");
        assertEquals(0, r.exit(), r.toString());
        // evidence is quoted exactly, so a two-line title keeps its own line break; all else is equal
        String mixedFindings = JSON.readTree(out.resolve("mixed.json").toFile()).get("findings").toString()
                .replace("\\r\\n", "\\n").replace("\\r", "\\n");
        JsonNode unixFindings = JSON.readTree(out.resolve("unix.json").toFile()).get("findings");
        assertFalse(unixFindings.isEmpty());
        assertEquals(unixFindings.toString(), mixedFindings, "same findings at the same places whatever the line breaks");
        assertTrue(JSON.readTree(out.resolve("mixed.json").toFile()).toString().contains("分局\\r关于"),
                "the title's own line break (\\r here) is quoted as written");
    }
}

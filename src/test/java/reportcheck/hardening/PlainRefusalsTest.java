package reportcheck.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportcheck.support.Cli;
import reportcheck.text.TextDecoder;

/** Misused options and odd files get a plain Chinese reason, never a guess or a raw library message. */
class PlainRefusalsTest {
    private static final Path SEED = Path.of("seeds/002_ada55667925c30fd.txt");

    @TempDir
    Path tmp;

    private Cli.Run check(String... args) {
        List<String> all = new ArrayList<>(List.of("check", "--out", tmp.resolve("out").toString()));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    @Test
    void aStringWhereAListBelongsSaysWhichTypeWasExpected() throws Exception {
        Path config = Files.writeString(tmp.resolve("config.json"), "{\"disable\": \"style\"}");
        Cli.Run r = check(SEED.toString(), "--config", config.toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("「disable」应是列表（数组），如 \"disable\": [\"style\"]，实际是字符串"), r.toString());
        assertFalse(r.err().contains("无法识别"), r.toString());
        Path sev = Files.writeString(tmp.resolve("sev.json"), "{\"severity\": [\"style\"]}");
        Cli.Run s = check(SEED.toString(), "--config", sev.toString());
        assertEquals(2, s.exit(), s.toString());
        assertTrue(s.err().contains("「severity」应是对象"), s.toString());
    }

    @Test
    void brokenJsonIsNamedWithItsPlaceNotAsACharacterNumber() throws Exception {
        Path config = Files.writeString(tmp.resolve("config.json"), "{\"disable\": [\"style\",]}\n");
        Cli.Run r = check(SEED.toString(), "--config", config.toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("配置文件 " + config + " 不是有效的 JSON（第 1 行"), r.toString());
    }

    /** UTF-16 saved without a byte-order mark, either way round, reads as the same report. */
    @Test
    void utf16WithoutAByteOrderMarkIsRecognised() throws Exception {
        String text = Files.readString(SEED);
        for (var cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            TextDecoder.Decoded d = TextDecoder.decode(text.getBytes(cs));
            assertEquals(text, d.text(), cs.name());
            assertTrue(d.encoding().startsWith(cs.name()), d.encoding());
        }
        Path le = Files.write(tmp.resolve("le.txt"), text.getBytes(StandardCharsets.UTF_16LE));
        Path be = Files.write(tmp.resolve("be.txt"), text.getBytes(StandardCharsets.UTF_16BE));
        Path utf8 = Files.copy(SEED, tmp.resolve("utf8.txt"));
        Cli.Run r = check(le.toString(), be.toString(), utf8.toString(), "--format", "json");
        assertEquals(1, r.exit(), r.toString());
        String expected = findings(tmp.resolve("out/utf8.json"));
        assertEquals(expected, findings(tmp.resolve("out/le.json")));
        assertEquals(expected, findings(tmp.resolve("out/be.json")));
    }

    @Test
    void binaryWithZeroBytesIsStillRefused() throws Exception {
        byte[] b = new byte[4096];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i * 31 % 7 == 0 ? 0 : i * 13);
        }
        Path bin = Files.write(tmp.resolve("data.txt"), b);
        Cli.Run r = check(bin.toString());
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().contains("不是文本文件"), r.toString());
        // ASCII-range UTF-16 with controls in it is not text either
        Path ctl = Files.write(tmp.resolve("ctl.txt"), "a\u0001b\u0002".getBytes(StandardCharsets.UTF_16LE));
        assertTrue(check(ctl.toString()).err().contains("不是文本文件"));
    }

    @Test
    void emptyFormatItemsAndContradictoryFlagsAreRefused() {
        Cli.Run r = check(SEED.toString(), "--format", "json,,md");
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("--format「json,,md」中有空的一项"), r.toString());
        Cli.Run t = check(SEED.toString(), "--format", "json,md,");
        assertEquals(2, t.exit(), t.toString());
        Cli.Run q = check(SEED.toString(), "--quiet", "--verbose");
        assertEquals(2, q.exit(), q.toString());
        assertTrue(q.err().contains("--quiet（只显示错误）和 --verbose（显示更多）不能同时使用"), q.toString());
        assertFalse(Files.exists(tmp.resolve("out")), "refused before anything is written");
    }

    /** A name with an escape sequence is shown escaped, on stderr and stdout, and in usage errors. */
    @Test
    void controlCharactersInFileNamesAreEscaped() throws Exception {
        Cli.Run missing = check(tmp.resolve("a\u001b[2Jb\u202Etxt.txt").toString());
        assertEquals(3, missing.exit(), missing.toString());
        assertTrue(missing.err().contains("a\\x1B[2Jb\\u202Etxt.txt: 路径不存在"), missing.toString());
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(SEED, in.resolve("r\u001b]0;owned\u0007\r.txt"));
        Cli.Run r = check(in.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().contains("r\\x1B]0;owned\\x07\\x0D.txt: 错误"), r.toString());
        Cli.Run bad = check(SEED.toString(), "--fail-on", "x\u001b[31m");
        assertEquals(2, bad.exit(), bad.toString());
        for (Cli.Run run : List.of(missing, r, bad)) {
            for (String s : List.of(run.out(), run.err())) {
                assertFalse(s.contains("\u001b") || s.contains("\u0007") || s.contains("\r") || s.contains("\u202E"),
                        run.toString());
            }
        }
    }

    @Test
    void aLinkToItselfIsCalledALoop() throws Exception {
        Path self = Files.createSymbolicLink(tmp.resolve("self.txt"), tmp.resolve("self.txt"));
        Cli.Run r = check(self.toString());
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().contains(self + ": 符号链接形成循环"), r.toString());
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(SEED, in.resolve("a.txt"));
        Path two = in.resolve("b.txt");
        Files.createSymbolicLink(two, in.resolve("c.txt"));
        Files.createSymbolicLink(in.resolve("c.txt"), two);
        Files.createSymbolicLink(in.resolve("gone.txt"), in.resolve("nothing.txt"));
        Cli.Run f = check(in.toString());
        assertEquals(3, f.exit(), f.toString());
        assertTrue(f.err().contains(two + ": 符号链接形成循环"), f.toString());
        assertTrue(f.err().contains(in.resolve("gone.txt") + ": 符号链接指向的文件不存在"), f.toString());
    }

    private static String findings(Path json) throws Exception {
        StringBuilder sb = new StringBuilder();
        new ObjectMapper().readTree(json.toFile()).get("findings").forEach(f -> sb.append(f.get("ruleId").asText())
                .append(' ').append(f.get("line")).append(':').append(f.get("column")).append(' ')
                .append(f.get("evidence").asText()).append('\n'));
        assertFalse(sb.isEmpty());
        return sb.toString();
    }
}

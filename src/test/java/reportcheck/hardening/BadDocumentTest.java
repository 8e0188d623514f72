package reportcheck.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportcheck.support.Cli;
import reportcheck.support.Hashes;

/**
 * Damaged and hostile .docx, PDF and HTML files through the command line: each is named with a
 * reason and what to do, exits with 3, gets a failed checklist, leaks nothing and is left as it
 * was; mixed with the seeds, it changes none of their findings.
 */
class BadDocumentTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path in;
    static Map<String, String> expected;

    @BeforeAll
    static void inputs() throws Exception {
        in = Files.createDirectories(tmp.resolve("in"));
        expected = BadDocuments.write(in, tmp.resolve("secret.txt"));
        assertTrue(Files.size(in.resolve("bomb.docx")) < 1_000_000, "the bomb is small on disk");
    }

    @Test
    void eachBadDocumentAloneIsNamedFailedAndUnchanged() throws Exception {
        Map<String, String> before = Hashes.of(in);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String name = e.getKey();
            Path out = tmp.resolve("alone-" + name);
            Cli.Run r = Cli.run("check", in.resolve(name).toString(), "--out", out.toString());
            String line = in.resolve(name) + ": ";
            String said = r.err().lines().filter(l -> l.startsWith(line)).findFirst().orElse("");
            JsonNode json = JSON.readTree(out.resolve(stem(name) + ".json").toFile());
            if (r.exit() != 3 || !said.contains(e.getValue()) || !said.contains("请")
                    || !"failed".equals(json.get("status").asText()) || !json.get("error").asText().contains(e.getValue())) {
                problems.add(name + " -> " + r + "\n" + json);
            }
            assertNoSecret(r, out);
        }
        assertTrue(problems.isEmpty(), String.join("\n\n", problems));
        assertEquals(before, Hashes.of(in));
    }

    @Test
    void aBatchMixingTheSeedsWithEveryBadInputChecksTheSeedsAsAlone() throws Exception {
        Path mixed = Files.createDirectories(tmp.resolve("mixed"));
        for (String name : expected.keySet()) {
            Files.copy(in.resolve(name), mixed.resolve(name));
        }
        Map<String, String> bad = new HashMap<>(expected);
        Files.write(mixed.resolve("empty.txt"), new byte[0]);
        bad.put("empty.txt", "文件为空");
        Files.write(mixed.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        bad.put("image.txt", "不是文字");
        Files.write(mixed.resolve("latin1.txt"), "Rapport : café, déjà.\n".getBytes(Charset.forName("ISO-8859-1")));
        bad.put("latin1.txt", "无法识别文本编码");
        Map<String, String> alone = new HashMap<>();
        List<Path> seeds;
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(7, seeds.size());
        for (Path seed : seeds) {
            Files.copy(seed, mixed.resolve(seed.getFileName()));
            Path out = tmp.resolve("seed-" + seed.getFileName());
            Cli.run("check", seed.toString(), "--out", out.toString());
            alone.put(stem(seed.getFileName().toString()), findings(out.resolve(stem(seed.getFileName().toString()) + ".json")));
        }
        Map<String, String> before = Hashes.of(mixed);
        Path out = tmp.resolve("mixed-out");
        Cli.Run r = Cli.run("check", mixed.toString(), "--out", out.toString());
        assertEquals(3, r.exit(), r.toString());
        for (Map.Entry<String, String> s : alone.entrySet()) {
            // the 政府信息公开 seeds (005, 006) are clean: nothing to compare but their emptiness
            assertEquals(s.getKey().compareTo("005") >= 0, s.getValue().isEmpty(), s.getKey());
            assertEquals(s.getValue(), findings(out.resolve(s.getKey() + ".json")), s.getKey());
        }
        Map<String, JsonNode> rows = new HashMap<>();
        for (JsonNode row : JSON.readTree(out.resolve("summary.json").toFile()).get("reports")) {
            rows.put(Path.of(row.get("file").asText()).getFileName().toString(), row);
        }
        assertEquals(seeds.size() + bad.size(), rows.size(), rows.keySet().toString());
        for (Map.Entry<String, String> b : bad.entrySet()) {
            JsonNode row = rows.get(b.getKey());
            assertEquals("failed", row.get("status").asText(), b.getKey());
            assertTrue(row.get("reason").asText().contains(b.getValue()), row.toString());
            String prefix = mixed.resolve(b.getKey()) + ": ";
            assertEquals(1, r.err().lines().filter(l -> l.startsWith(prefix) && l.contains(b.getValue())).count(),
                    b.getKey() + " in\n" + r.err());
        }
        assertNoSecret(r, out);
        assertEquals(before, Hashes.of(mixed));
    }

    /** Rule id and evidence of each finding, in order. */
    private static String findings(Path checklist) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (JsonNode f : JSON.readTree(checklist.toFile()).get("findings")) {
            sb.append(f.get("ruleId").asText()).append(" | ").append(f.get("evidence").asText()).append('\n');
        }
        return sb.toString();
    }

    private static void assertNoSecret(Cli.Run r, Path out) throws IOException {
        assertFalse(r.out().contains("SECRET") || r.err().contains("SECRET"), r.toString());
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(f).contains(BadDocuments.SECRET), f.toString());
            }
        }
    }

    private static String stem(String name) {
        return name.substring(0, name.lastIndexOf('.'));
    }
}

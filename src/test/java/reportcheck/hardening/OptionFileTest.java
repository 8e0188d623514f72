package reportcheck.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportcheck.knowledge.Knowledge;
import reportcheck.knowledge.KnowledgeException;
import reportcheck.support.Cli;

/**
 * Configuration, baseline and profile files are read only when they are regular files of at most
 * 4 MB: a device, a pipe, a folder or a huge file is refused with exit 2 and a Chinese sentence,
 * never read until memory or patience runs out.
 */
class OptionFileTest {
    @TempDir
    Path tmp;
    Path report;
    Path out;

    @BeforeEach
    void report() throws Exception {
        report = Files.copy(Path.of("seeds/000_c24621536ea822c3.txt"), tmp.resolve("draft.txt"));
        out = tmp.resolve("out");
    }

    private Cli.Run check(String option, Path file) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> Cli.run("check", report.toString(), "--out", out.toString(), option, file.toString()));
    }

    private void assertRefused(Cli.Run r, String why) {
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains(why), r.toString());
        assertFalse(r.err().contains("Exception") || r.err().contains("Error") || r.err().contains("\tat "), r.toString());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void aDeviceIsNotRead() {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.exists(zero), "needs /dev/zero");
        assertRefused(check("--config", zero), "配置文件 /dev/zero 不是普通文件");
        assertRefused(check("--baseline", zero), "基线文件 /dev/zero 不是普通文件");
    }

    @Test
    void aNamedPipeIsNotOpened() throws Exception {
        Path fifo = tmp.resolve("settings.json");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("mkfifo is not available");
            return;
        }
        Assumptions.assumeTrue(p.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
        assertRefused(check("--config", fifo), "不是普通文件");
        assertRefused(check("--baseline", fifo), "不是普通文件");
    }

    @Test
    void aFolderIsRefused() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("settings"));
        assertRefused(check("--config", dir), "配置文件 " + dir + " 是文件夹");
        assertRefused(check("--baseline", dir), "基线文件 " + dir + " 是文件夹");
    }

    /** 3 GB (sparse: it takes no disk space) is refused from its size, before a byte is read. */
    @Test
    void aHugeFileIsRefusedFromItsSize() throws Exception {
        Path huge = tmp.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(3L * 1024 * 1024 * 1024);
        }
        assertRefused(check("--config", huge), "超过此类文件的上限（4 MB）");
        assertRefused(check("--baseline", huge), "有 3072.0 MB");
    }

    @Test
    void aMissingFileOrABrokenLinkIsNamed() throws Exception {
        assertRefused(check("--config", tmp.resolve("nope.json")), "配置文件 " + tmp.resolve("nope.json") + " 不存在");
        Path loop = Files.createSymbolicLink(tmp.resolve("loop.json"), tmp.resolve("loop.json"));
        assertRefused(check("--baseline", loop), "符号链接");
    }

    /** Windows Notepad saves UTF-8 with a byte-order mark; that is still the same configuration. */
    @Test
    void aByteOrderMarkIsAccepted() throws Exception {
        Path config = tmp.resolve("config.json");
        Files.write(config, ("\uFEFF{\"disable\": [\"style\"]}").getBytes(StandardCharsets.UTF_8));
        Path baseline = tmp.resolve("baseline.json");
        Files.write(baseline, ("\uFEFF{\"version\": 1, \"accepted\": []}").getBytes(StandardCharsets.UTF_8));
        Cli.Run r = Cli.run("check", report.toString(), "--out", out.toString(), "--config", config.toString(),
                "--baseline", baseline.toString(), "--format", "json");
        assertTrue(r.exit() == 0 || r.exit() == 1, r.toString());
        var findings = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("draft.json").toFile())
                .get("findings");
        assertFalse(findings.isEmpty());
        findings.forEach(f -> assertFalse(f.get("category").asText().equals("style"), f.toString()));
    }

    /** A profile is rule data: too large a file is refused with its name, before it is read. */
    @Test
    void aHugeProfileIsRefused() throws Exception {
        Path profiles = Files.createDirectories(tmp.resolve("rules/data/profiles"));
        try (RandomAccessFile f = new RandomAccessFile(profiles.resolve("big.json").toFile(), "rw")) {
            f.setLength(5L * 1024 * 1024);
        }
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> Knowledge.load(tmp.resolve("rules"), "big"));
        assertTrue(e.getMessage().contains("big.json") && e.getMessage().contains("超过此类文件的上限"), e.getMessage());
    }
}

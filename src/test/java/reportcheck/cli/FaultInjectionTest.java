package reportcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportcheck.batch.OutputWriter;
import reportcheck.support.Hashes;

/**
 * A batch under faults: the output folder cannot be made, the output path is a file, the disk
 * fills (a writer that fails after N bytes, injected through {@link OutputWriter.Streams}), a
 * report is deleted or changed while the batch runs, and two runs write into one folder at once.
 * Each time: no input is changed by the run, every output that exists is whole and parses, and
 * no temporary file is left.
 */
class FaultInjectionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SEEDS = List.of("000_c24621536ea822c3.txt", "001_d0b205e319d16db8.txt",
            "002_ada55667925c30fd.txt", "003_c301495cfdadc365.txt");

    @TempDir
    Path tmp;

    @AfterEach
    void plainWriterAgain() {
        CheckCommand.outputWriters = OutputWriter::new;
    }

    /** A folder of reports a.txt, b.txt, c.txt made from the seeds starting at {@code first}. */
    private Path reports(String name, int first) throws IOException {
        Path in = Files.createDirectories(tmp.resolve(name));
        for (int i = 0; i < 3; i++) {
            Files.copy(Path.of("seeds", SEEDS.get((first + i) % SEEDS.size())), in.resolve((char) ('a' + i) + ".txt"));
        }
        return in;
    }

    private static Cli check(Path in, Path out) {
        return Cli.run("check", in.toString(), "--out", out.toString(), "--format", "json,md,html", "-j", "1");
    }

    @Test
    void anOutputFolderThatCannotBeMadeStopsTheRunBeforeAnyReport() throws Exception {
        Path in = reports("in", 0);
        Map<String, String> before = Hashes.of(in);
        Path file = Files.writeString(tmp.resolve("file"), "a file, not a folder");
        // a folder under a file cannot be made, not even by root
        Cli r = check(in, file.resolve("out"));
        assertEquals(5, r.code, r.toString());
        assertTrue(r.err.contains("输出目录无法写入：" + file.resolve("out")), r.toString());
        assertEquals("a file, not a folder", Files.readString(file));
        // nor a folder in a read-only file system
        Path proc = Path.of("/proc/self/reportcheck-out");
        if (Files.isDirectory(proc.getParent())) {
            Cli p = check(in, proc);
            assertEquals(5, p.code, p.toString());
            assertTrue(p.err.contains("输出目录无法写入"), p.toString());
            assertFalse(p.err.contains("Exception"), p.toString());
        }
        assertEquals(before, Hashes.of(in));
    }

    @Test
    void anOutputPathThatIsAFileIsLeftAlone() throws Exception {
        Path in = reports("in", 0);
        Map<String, String> before = Hashes.of(in);
        Path out = Files.writeString(tmp.resolve("out"), "mine");
        Cli r = check(in, out);
        assertEquals(5, r.code, r.toString());
        assertEquals("mine", Files.readString(out));
        assertEquals(before, Hashes.of(in));
    }

    /** A read-only folder; root writes anyway, so this part runs only for other users. */
    @Test
    void aReadOnlyOutputFolder() throws Exception {
        Path in = reports("in", 0);
        Path out = Files.createDirectories(tmp.resolve("out"));
        assertTrue(out.toFile().setWritable(false, false));
        try {
            Assumptions.assumeFalse(Files.isWritable(out), "running as root: permissions do not stop writing");
            Cli r = check(in, out);
            assertEquals(5, r.code, r.toString());
            assertTrue(r.err.contains("没有写入权限"), r.toString());
        } finally {
            out.toFile().setWritable(true, false);
        }
    }

    /**
     * The disk fills after the first report's outputs: the run says which files were not
     * written and why, the closing line does not claim them, the older files of those names
     * (from an earlier run) are untouched, and every file in the folder parses.
     */
    @Test
    void aDiskThatFillsMidBatch() throws Exception {
        Path in = reports("in", 0);
        Path out = tmp.resolve("out");
        assertEquals(1, check(in, out).code);
        Map<String, String> earlier = Hashes.of(out);
        // different text for a.txt, so that its new checklists can be told from the old ones
        Files.copy(Path.of("seeds", SEEDS.get(3)), in.resolve("a.txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Map<String, String> inputs = Hashes.of(in);
        // room for the new a.* and a few hundred bytes more: b.json is the first file that does not fit
        Path measure = tmp.resolve("measure");
        assertEquals(1, Cli.run("check", in.resolve("a.txt").toString(), "--out", measure.toString(),
                "--format", "json,md,html").code);
        long firstReport = Files.size(measure.resolve("a.json")) + Files.size(measure.resolve("a.md"))
                + Files.size(measure.resolve("a.html"));
        assertTrue(Files.size(out.resolve("b.json")) > 1000);
        AtomicLong budget = new AtomicLong(firstReport + 500);
        CheckCommand.outputWriters = dir -> new OutputWriter(dir, p -> new Full(Files.newOutputStream(p), budget));

        Cli r = check(in, out);
        assertEquals(5, r.code, r.toString());
        assertTrue(r.err.contains(in.resolve("b.txt") + ": 无法写出 json 清单：磁盘空间不足（No space left on device），文件未写出（已写的部分已删除）："
                + out.resolve("b.json")), r.toString());
        assertTrue(r.err.contains("reportcheck: 无法写出汇总 summary.json：磁盘空间不足（No space left on device）"), r.toString());
        assertFalse(r.out.contains("清单和汇总写入"), r.toString());
        assertTrue(r.out.contains("部分清单和汇总未能写出（原因见上），其余写入 " + out), r.toString());

        assertEquals(inputs, Hashes.of(in));
        Map<String, String> now = Hashes.of(out);
        assertFalse(now.get("a.json").equals(earlier.get("a.json")), "a.json is the new one");
        for (String name : List.of("b.json", "b.md", "c.json", "summary.json", "summary.csv", "summary.html")) {
            assertEquals(earlier.get(name), now.get(name), name + " is the earlier one, whole");
        }
        assertEquals(earlier.keySet(), now.keySet());
        assertAllParse(out);
    }

    /** A report deleted and another rewritten while the batch runs (after the first report is written). */
    @Test
    void reportsDeletedOrChangedDuringTheBatch() throws Exception {
        Path in = reports("in", 0);
        Path out = tmp.resolve("out");
        AtomicBoolean done = new AtomicBoolean();
        @SuppressWarnings("unchecked")
        Map<String, String>[] afterChange = new Map[1];
        CheckCommand.outputWriters = dir -> new OutputWriter(dir, p -> {
            if (done.compareAndSet(false, true)) {
                Files.delete(in.resolve("c.txt"));
                Files.writeString(in.resolve("b.txt"), "某区2023年法治政府建设年度报告\n这份报告在检查中途被改写了。\n");
                afterChange[0] = Hashes.of(in);
            }
            return Files.newOutputStream(p);
        });
        Cli r = check(in, out);
        assertEquals(3, r.code, r.toString());
        assertTrue(r.err.contains(in.resolve("c.txt") + ": "), r.toString());
        assertFalse(r.err.contains("Exception"), r.toString());
        assertEquals(afterChange[0], Hashes.of(in), "the run itself changed no input");
        JsonNode c = JSON.readTree(out.resolve("c.json").toFile());
        assertEquals("failed", c.get("status").asText(), c.toString());
        JsonNode b = JSON.readTree(out.resolve("b.json").toFile());
        assertEquals("checked", b.get("status").asText());
        assertEquals("某区2023年法治政府建设年度报告", b.get("title").asText(), "b was read as it is now, whole");
        assertAllParse(out);
    }

    /** Two runs into one folder at once: every file is whole, the one of either run. */
    @Test
    void twoRunsIntoOneFolder() throws Exception {
        Path in1 = reports("in1", 0);
        Path in2 = reports("in2", 2);
        Map<String, String> inputs1 = Hashes.of(in1);
        Map<String, String> inputs2 = Hashes.of(in2);
        Path solo1 = tmp.resolve("solo1");
        Path solo2 = tmp.resolve("solo2");
        assertEquals(1, check(in1, solo1).code);
        assertEquals(1, check(in2, solo2).code);
        Path shared = tmp.resolve("shared");
        CompletableFuture<Cli> first = CompletableFuture.supplyAsync(() -> check(in1, shared));
        CompletableFuture<Cli> second = CompletableFuture.supplyAsync(() -> check(in2, shared));
        assertEquals(1, first.get().code, first.get().toString());
        assertEquals(1, second.get().code, second.get().toString());
        assertEquals(inputs1, Hashes.of(in1));
        assertEquals(inputs2, Hashes.of(in2));
        Map<String, String> a = contentHashes(solo1);
        Map<String, String> b = contentHashes(solo2);
        Map<String, String> both = contentHashes(shared);
        assertEquals(a.keySet(), both.keySet());
        both.forEach((name, hash) -> assertTrue(hash.equals(a.get(name)) || hash.equals(b.get(name)),
                name + " is whole: the file of one run or the other"));
        assertAllParse(shared);
    }

    private static Map<String, String> contentHashes(Path dir) {
        Map<String, String> m = new java.util.TreeMap<>();
        Hashes.of(dir).forEach((k, v) -> m.put(k, v.substring(0, v.indexOf(' '))));
        return m;
    }

    /** Every file in the folder is a complete output of its kind, and no temporary file is left. */
    static void assertAllParse(Path out) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(out)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        assertFalse(files.isEmpty());
        for (Path f : files) {
            String name = f.getFileName().toString();
            assertFalse(name.startsWith("."), "temporary file left: " + f);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(f))).toString();
            if (name.endsWith(".json")) {
                JsonNode n = JSON.readTree(text);
                assertTrue(n.has("status") || n.has("reports"), f.toString());
            } else if (name.endsWith(".md")) {
                assertTrue(text.startsWith("# ") && text.endsWith("\n"), f.toString());
            } else if (name.endsWith(".html")) {
                assertTrue(text.strip().endsWith("</html>"), f.toString());
            } else if (name.endsWith(".csv")) {
                assertTrue(text.startsWith("\uFEFF序号,") && text.endsWith("\n"), f.toString());
            } else {
                throw new AssertionError("unexpected file " + f);
            }
        }
    }

    /** A disk with {@code budget} bytes left, shared by every file written: then ENOSPC. */
    private static final class Full extends FilterOutputStream {
        private final AtomicLong budget;

        Full(OutputStream out, AtomicLong budget) {
            super(out);
            this.budget = budget;
        }

        @Override
        public void write(int b) throws IOException {
            take(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            take(len);
            out.write(b, off, len);
        }

        private void take(int n) throws IOException {
            if (budget.addAndGet(-n) < 0) {
                budget.set(0);
                throw new IOException("No space left on device");
            }
        }
    }
}

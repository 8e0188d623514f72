package reportcheck.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportcheck.batch.OutputGuard;
import reportcheck.batch.OutputWriter;
import reportcheck.finding.CheckResult;
import reportcheck.render.JsonRenderer;
import reportcheck.render.Renderer;
import reportcheck.support.Cli;
import reportcheck.support.Hashes;

/** Outputs never land on inputs, and an output that cannot be written is named while the batch goes on. */
class OutputSafetyTest {
    @TempDir
    Path tmp;

    private Path inputs() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Path.of("seeds/000_c24621536ea822c3.txt"), in.resolve("a.txt"));
        Files.copy(Path.of("seeds/002_ada55667925c30fd.txt"), in.resolve("b.txt"));
        return in;
    }

    @Test
    void theInputFolderIsRefusedAsOutputFolder() throws Exception {
        Path in = inputs();
        Map<String, String> before = Hashes.of(in);
        Cli.Run r = Cli.run("check", in.toString(), "--out", in.resolve("sub/..").toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("就是输入目录"), r.toString());
        assertEquals(before, Hashes.of(in));
    }

    @Test
    void theDefaultOutputFolderMayNotLieInsideAnInputFolder() {
        // the project folder is the working directory of the tests, and holds reports-out/
        Cli.Run r = Cli.run("check", ".");
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("默认输出目录 reports-out 位于输入目录 . 之内"), r.toString());
    }

    @Test
    void anOutputThatWouldReplaceAnInputFileIsRefused() throws Exception {
        Path in = inputs();
        Path notes = Files.copy(Path.of("seeds/003_c301495cfdadc365.txt"), in.resolve("notes.md"));
        Map<String, String> before = Hashes.of(in);
        Cli.Run r = Cli.run("check", notes.toString(), "--out", in.toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("会覆盖输入文件 " + notes), r.toString());
        assertEquals(before, Hashes.of(in));
        // through a symbolic link to the input's folder as well
        Path link = Files.createSymbolicLink(tmp.resolve("link"), in);
        assertEquals(2, Cli.run("check", notes.toString(), "--out", link.toString()).exit());
        assertEquals(before, Hashes.of(in));
    }

    @Test
    void aFileWhereTheOutputFolderShouldBeStopsTheRunBeforeAnyReport() throws Exception {
        Path in = inputs();
        Path out = Files.writeString(tmp.resolve("out"), "not a folder");
        Cli.Run r = Cli.run("check", in.toString(), "--out", out.toString());
        assertEquals(5, r.exit(), r.toString());
        assertTrue(r.err().contains("输出目录无法写入：" + out + "（已有同名的文件而不是文件夹"), r.toString());
        assertEquals("not a folder", Files.readString(out));
    }

    @Test
    void aReadOnlyOutputFolderStopsTheRun() throws Exception {
        Path in = inputs();
        Path out = Files.createDirectories(tmp.resolve("out"));
        assertTrue(out.toFile().setWritable(false, false));
        try {
            Assumptions.assumeFalse(Files.isWritable(out), "running as root: permissions do not block writing");
            Cli.Run r = Cli.run("check", in.toString(), "--out", out.toString());
            assertEquals(5, r.exit(), r.toString());
            assertTrue(r.err().contains("没有写入权限"), r.toString());
        } finally {
            out.toFile().setWritable(true, false);
        }
    }

    @Test
    void oneOutputThatCannotBeWrittenIsNamedAndTheOthersAreWritten() throws Exception {
        Path in = inputs();
        Files.createDirectories(in.resolve("x"));
        Files.copy(Path.of("seeds/001_d0b205e319d16db8.txt"), in.resolve("x/c.txt"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("x"), "a file where the folder x/ should go");
        Cli.Run r = Cli.run("check", in.toString(), "--out", out.toString());
        assertEquals(5, r.exit(), r.toString());
        assertTrue(r.err().contains(in.resolve("x/c.txt") + ": 无法写出 json 清单：已有同名的文件而不是文件夹"), r.toString());
        assertTrue(Files.isRegularFile(out.resolve("a.json")) && Files.isRegularFile(out.resolve("b.md")), r.toString());
    }

    /**
     * A disk that fills mid-write, simulated with an in-memory file system of 64 KB: the
     * checklist being written is absent, the one already there is intact, and no temporary file
     * is left behind.
     */
    @Test
    void aDiskThatFillsLeavesNoHalfWrittenOutput() throws Exception {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix().toBuilder()
                .setBlockSize(4096).setMaxSize(64 * 1024).build())) {
            OutputWriter writer = new OutputWriter(fs.getPath("/out"));
            writer.prepare();
            Renderer json = new JsonRenderer();
            CheckResult small = CheckResult.failed("a.txt", "first run");
            Path target = writer.write(small, "a", json);
            String complete = Files.readString(target);
            CheckResult huge = CheckResult.failed("a.txt", "x".repeat(200_000));
            IOException e = assertThrows(IOException.class, () -> writer.write(huge, "a", json));
            assertTrue(OutputGuard.explain(e).startsWith("磁盘空间不足"), OutputGuard.explain(e));
            assertEquals(complete, Files.readString(target), "the earlier checklist is untouched");
            try (Stream<Path> s = Files.list(fs.getPath("/out"))) {
                assertEquals(List.of("a.json"), s.map(p -> p.getFileName().toString()).toList());
            }
        }
    }

    /**
     * The folders of the outputs are made when the first output in them is written, and again if
     * one is removed while the run goes on; each output is whole, an earlier one is replaced, and
     * no temporary file is left beside them.
     */
    @Test
    void outputFoldersAreMadeWhenFirstNeededAndAgainWhenRemoved() throws Exception {
        Path out = tmp.resolve("out");
        OutputWriter writer = new OutputWriter(out);
        writer.prepare();
        Renderer json = new JsonRenderer();
        Path nested = writer.write(CheckResult.failed("x/y/a.txt", "first"), "x/y/a", json);
        assertEquals(out.resolve("x/y/a.json"), nested);
        assertTrue(Files.readString(nested).contains("first"));
        Path second = writer.write(CheckResult.failed("x/y/a.txt", "second"), "x/y/a", json);
        assertTrue(Files.readString(second).contains("second") && !Files.readString(second).contains("first"));
        try (Stream<Path> s = Files.walk(out)) {
            // no temporary file, hidden or not, is left beside the output
            assertEquals(List.of(nested), s.filter(Files::isRegularFile).toList());
        }
        try (Stream<Path> s = Files.walk(out.resolve("x"))) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertFalse(Files.exists(out.resolve("x")));
        Path again = writer.write(CheckResult.failed("x/y/b.txt", "third"), "x/y/b", json);
        assertTrue(Files.readString(again).contains("third"));
        try (Stream<Path> s = Files.list(out.resolve("x/y"))) {
            assertEquals(List.of("b.json"), s.map(p -> p.getFileName().toString()).toList());
        }
    }

    /**
     * A file where an output's folder should be: the error names the folder, as the system gave
     * it, not a temporary file, and nothing is written there or left behind; the writer goes on
     * with the next output.
     */
    @Test
    void aFileWhereAnOutputFolderShouldBeIsNamedAndNothingIsLeft() throws Exception {
        Path out = tmp.resolve("out");
        OutputWriter writer = new OutputWriter(out);
        writer.prepare();
        Files.writeString(out.resolve("x"), "a file where the folder x/ should go");
        Renderer json = new JsonRenderer();
        for (String name : List.of("x/a", "x/y/a")) {
            IOException e = assertThrows(IOException.class, () -> writer.write(CheckResult.failed("a.txt", "x"), name, json));
            String why = OutputGuard.explain(e);
            assertFalse(why.contains(".part"), why);
            assertTrue(why.contains(out.resolve("x").toString()), why);
        }
        assertTrue(Files.readString(writer.write(CheckResult.failed("b.txt", "y"), "b", json)).contains("b.txt"));
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of("b.json", "x"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    /** A checklist is as readable as any file the user creates, not owner-only like a temporary file. */
    @Test
    void checklistsGetTheUsualPermissions() throws Exception {
        Path out = tmp.resolve("out");
        OutputWriter writer = new OutputWriter(out);
        writer.prepare();
        Path written = writer.write(CheckResult.failed("a.txt", "x"), "a", new JsonRenderer());
        Path plain = Files.createFile(tmp.resolve("plain"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(written));
    }

    /** The message a real full disk gives (ENOSPC from /dev/full) is recognised as such. */
    @Test
    void aRealNoSpaceErrorIsExplained() {
        Path full = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.exists(full), "needs /dev/full");
        IOException e = assertThrows(IOException.class, () -> {
            try (Writer w = Files.newBufferedWriter(full)) {
                w.write("x".repeat(100_000));
            }
        });
        assertTrue(OutputGuard.explain(e).startsWith("磁盘空间不足"), e + " -> " + OutputGuard.explain(e));
        assertFalse(OutputGuard.explain(e).isBlank());
    }
}

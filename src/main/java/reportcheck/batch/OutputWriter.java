package reportcheck.batch;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import reportcheck.finding.CheckResult;
import reportcheck.render.OutputFormat;
import reportcheck.render.Renderer;

/**
 * Writes outputs into the output folder. Each file is written to a temporary file beside it and
 * moved into place, so an interrupted run leaves every output either complete or absent.
 */
public final class OutputWriter {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Path outDir;

    public OutputWriter(Path outDir) {
        this.outDir = outDir;
    }

    public Path outDir() {
        return outDir;
    }

    /** Creates the output folder and proves it can be written, before any report is checked. */
    public void prepare() throws IOException {
        Files.createDirectories(outDir);
        Path probe = Files.createTempFile(outDir, ".write-test", ".tmp");
        Files.delete(probe);
    }

    public Path write(CheckResult result, String outputName, Renderer renderer) throws IOException {
        return write(result, null, outputName, renderer);
    }

    /**
     * Writes one output of one report; {@code input} is the checked file, which a format may read
     * (to annotate a copy of it) and which is refused as a target.
     */
    public Path write(CheckResult result, Path input, String outputName, OutputFormat format) throws IOException {
        Path target = outDir.resolve(outputName + "." + format.extension());
        Files.createDirectories(target.getParent());
        if (input != null && Files.exists(target) && Files.isSameFile(target, input)) {
            throw new IOException("输出文件就是输入文件本身，不覆盖：" + target);
        }
        return atomically(target, o -> format.write(result, input, o));
    }

    /** What goes into one text output, written as UTF-8. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer w) throws IOException;
    }

    /** Writes the text file {@code relativeName} under the output folder, complete or not at all. */
    public Path write(String relativeName, Content content) throws IOException {
        Path target = outDir.resolve(relativeName);
        Files.createDirectories(target.getParent());
        return atomically(target, o -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(o, StandardCharsets.UTF_8));
            content.writeTo(w);
            w.flush();
        });
    }

    private interface Bytes {
        void writeTo(OutputStream o) throws IOException;
    }

    private static Path atomically(Path target, Bytes bytes) throws IOException {
        // not createTempFile: its owner-only permissions would stay on the output after the move
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong())
                + ".part");
        try {
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE))) {
                bytes.writeTo(o);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }
}

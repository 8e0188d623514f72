package reportcheck.batch;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import reportcheck.finding.CheckResult;
import reportcheck.render.Renderer;

/**
 * Writes outputs into the output folder. Each file is written to a temporary file beside it and
 * moved into place, so an interrupted run leaves every output either complete or absent.
 */
public final class OutputWriter {
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
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
        return write(outputName + "." + renderer.extension(), w -> renderer.render(result, w));
    }

    /** What goes into one output file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer w) throws IOException;
    }

    /** Writes {@code relativeName} under the output folder, complete or not at all. */
    public Path write(String relativeName, Content content) throws IOException {
        Path target = outDir.resolve(relativeName);
        Files.createDirectories(target.getParent());
        // not createTempFile: its owner-only permissions would stay on the output after the move
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong())
                + ".part");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.writeTo(w);
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

package reportcheck.batch;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import reportcheck.finding.CheckResult;
import reportcheck.render.OutputFormat;
import reportcheck.render.Renderer;

/**
 * Writes outputs into the output folder. Each file is written to a temporary file beside it and
 * moved into place, so an interrupted run leaves every output either complete or absent.
 */
public final class OutputWriter {
    /** Temporary files being written right now, removed by a shutdown hook if the run is stopped (Ctrl-C, SIGTERM). */
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();
    /**
     * Held shared by each output while it is written, and for good by the shutdown hook: the
     * threads writing go on while the hook runs, so without it an output begun just after the hook
     * looked would leave its temporary file behind when the process ends.
     */
    private static final ReentrantReadWriteLock WRITING = new ReentrantReadWriteLock();
    /** How long the hook lets the outputs being written finish before it removes their temporary files. */
    private static final long FINISH_MILLIS = 2000;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                // the outputs being written finish (complete, or removed by their own cleanup);
                // none starts after
                WRITING.writeLock().tryLock(FINISH_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            for (Path p : IN_FLIGHT) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException | RuntimeException e) {
                    // the process is going away; a leftover hidden .part file is never taken for an output
                }
            }
        }, "reportcheck-cleanup"));
    }

    /** Opens the stream a temporary file is written through; tests put a failing one here to play a full disk. */
    @FunctionalInterface
    public interface Streams {
        OutputStream open(Path temporary) throws IOException;
    }

    private final Path outDir;
    private final Streams streams;

    public OutputWriter(Path outDir) {
        this(outDir, p -> Files.newOutputStream(p));
    }

    public OutputWriter(Path outDir, Streams streams) {
        this.outDir = outDir;
        this.streams = streams;
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
        if (input != null && Files.exists(target) && Files.isSameFile(target, input)) {
            throw new IOException("输出文件就是输入文件本身，不覆盖：" + target);
        }
        return atomically(target, o -> format.write(result, input, o));
    }

    /** What goes into one text output file (a batch summary, say). */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer w) throws IOException;
    }

    /** Writes {@code relativeName} under the output folder as UTF-8, complete or not at all. */
    public Path write(String relativeName, Content content) throws IOException {
        return atomically(outDir.resolve(relativeName), o -> {
            Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
            content.writeTo(w);
            w.flush();
        });
    }

    private interface Bytes {
        void writeTo(OutputStream o) throws IOException;
    }

    private Path atomically(Path target, Bytes bytes) throws IOException {
        // not tryLock(): a writer waits while the hook holds the lock, and the process ends
        WRITING.readLock().lock();
        try {
            return atomicallyWhileAllowed(target, bytes);
        } finally {
            WRITING.readLock().unlock();
        }
    }

    private Path atomicallyWhileAllowed(Path target, Bytes bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = newTemporary(target);
        IN_FLIGHT.add(tmp);
        try {
            try (OutputStream o = new BufferedOutputStream(streams.open(tmp))) {
                bytes.writeTo(o);
            } catch (FileSystemException e) {
                throw e;
            } catch (IOException e) {
                // a plain IOException (ENOSPC from write) names no file: name the output that was not written
                FileSystemException named = new FileSystemException(target.toString(), null,
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                named.initCause(e);
                throw named;
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
            IN_FLIGHT.remove(tmp);
        }
        return target;
    }

    /**
     * A new hidden file beside {@code target}. Not {@link Files#createTempFile}: that makes the
     * file readable by its owner only, and the checklist moved into place would keep that mode;
     * a plain new file gets the permissions the user's umask gives any file.
     */
    private static Path newTemporary(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = target.resolveSibling("." + target.getFileName() + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }
}

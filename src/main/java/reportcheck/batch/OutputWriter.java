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
import java.nio.file.StandardOpenOption;
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

    /**
     * Opens the stream a temporary file is written through, making the file; tests put a failing
     * one here to play a full disk. The writer's own makes it only if no file has the name
     * ({@code CREATE_NEW}), so that a name drawn twice never writes into another's file.
     */
    @FunctionalInterface
    public interface Streams {
        OutputStream open(Path temporary) throws IOException;
    }

    private final Path outDir;
    private final Streams streams;

    public OutputWriter(Path outDir) {
        // the temporary file is made by opening it: one system call, and never another's file
        this(outDir, p -> Files.newOutputStream(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
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
        // the temporary file once it is this run's: a name not opened is never deleted nor listed for the hook
        Path tmp = null;
        boolean moved = false;
        try {
            OutputStream opened = null;
            for (int attempt = 0; opened == null; attempt++) {
                Path candidate = temporaryBeside(target);
                try {
                    opened = openMakingFolders(candidate, target);
                    tmp = candidate;
                    IN_FLIGHT.add(tmp);
                } catch (FileAlreadyExistsException e) {
                    // another file took the name first: leave it be and draw again; a file where a
                    // folder should be is no such clash, and is reported as it is
                    if (!candidate.toString().equals(e.getFile()) || attempt >= 100) {
                        throw e;
                    }
                }
            }
            try (OutputStream o = new BufferedOutputStream(opened)) {
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
            moved = true;
        } finally {
            if (tmp != null) {
                if (!moved) {
                    Files.deleteIfExists(tmp);
                }
                IN_FLIGHT.remove(tmp);
            }
        }
        return target;
    }

    /**
     * Opens the temporary file, making the folders above it only when that fails: they exist for
     * every output but a folder's first, and trying costs a failed call and an exception each time.
     * A folder that cannot be made (a file of its name is there) gives the error it always gave.
     */
    private OutputStream openMakingFolders(Path tmp, Path target) throws IOException {
        try {
            return streams.open(tmp);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException e) {
            Files.createDirectories(target.getParent());
            return streams.open(tmp);
        }
    }

    /**
     * A new hidden name beside {@code target}, for a file made when it is opened. Not
     * {@link Files#createTempFile}: that makes the file readable by its owner only, and the
     * checklist moved into place would keep that mode; a plain new file gets the permissions the
     * user's umask gives any file.
     */
    private static Path temporaryBeside(Path target) {
        return target.resolveSibling("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
    }
}

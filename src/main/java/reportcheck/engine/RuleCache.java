package reportcheck.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.definition.KiePackage;

/**
 * A folder of compiled rule packages, so a repeat run does not compile the DRL again (compiling
 * is most of a one-report run). An entry is keyed by a SHA-256 over every DRL file (its path as
 * given, which compiled rules keep for messages, and its bytes) and over the program's own classes (a jar by the
 * sizes and checksums its directory lists): the compiled consequences call the fact
 * classes, so a rebuilt program must not reuse packages compiled against an older one. Data
 * files under rules/ are not part of the key because they are read at run time, not compiled.
 *
 * <p>The cache is an optimisation only: an entry that is missing, unreadable or from another
 * version is ignored and rebuilt, and a cache folder that cannot be written is skipped.
 */
public final class RuleCache {
    private static final byte[] MAGIC = "reportcheck-rules-1\n".getBytes(StandardCharsets.US_ASCII);
    /** Only classes a compiled rule package is made of may be read back. */
    private static final ObjectInputFilter ALLOWED = ObjectInputFilter.Config.createFilter(
            "java.**;org.drools.**;org.kie.**;org.mvel2.**;reportcheck.**;[*;!*");

    private final Path dir;
    private String lastEvent = "not used";

    public RuleCache(Path dir) {
        this.dir = dir;
    }

    /** {@code $REPORTCHECK_CACHE}, else {@code $XDG_CACHE_HOME/reportcheck}, else {@code ~/.cache/reportcheck}. */
    public static Path defaultDir() {
        String own = System.getenv("REPORTCHECK_CACHE");
        if (own != null && !own.isBlank()) {
            return Path.of(own);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("reportcheck");
    }

    public Path dir() {
        return dir;
    }

    /** What happened on the last load, for {@code --verbose}: a hit, a miss, or why it was skipped. */
    public String lastEvent() {
        return lastEvent;
    }

    /** The cache key of these DRL files. */
    static String key(List<Path> drlFiles) throws IOException {
        MessageDigest sha = sha256();
        sha.update(CodeFingerprint.get().getBytes(StandardCharsets.UTF_8));
        for (Path f : drlFiles) {
            // the path as given, since compiled rules remember it for messages
            sha.update(f.toString().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            byte[] bytes = Files.readAllBytes(f);
            sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) 0);
            sha.update(bytes);
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 16);
    }

    /** The packages stored under {@code key}, or null. */
    @SuppressWarnings("unchecked")
    Collection<KiePackage> read(String key) {
        Path file = dir.resolve("rules-" + key + ".bin");
        if (!Files.isRegularFile(file)) {
            lastEvent = "miss (" + file + ")";
            return null;
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            if (!java.util.Arrays.equals(raw.readNBytes(MAGIC.length), MAGIC)) {
                lastEvent = "ignored, not a cache file (" + file + ")";
                return null;
            }
            try (DroolsObjectInputStream in = new DroolsObjectInputStream(raw, RuleCache.class.getClassLoader())) {
                in.setObjectInputFilter(ALLOWED);
                Collection<KiePackage> pkgs = (Collection<KiePackage>) in.readObject();
                lastEvent = "hit (" + file + ")";
                touch(file);
                return pkgs;
            }
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            lastEvent = "ignored, unreadable (" + file + ": " + e + ")";
            return null;
        }
    }

    /** Stores packages under {@code key}; failure to write only means the next run compiles again. */
    void write(String key, Collection<KiePackage> pkgs) {
        Path file = dir.resolve("rules-" + key + ".bin");
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".rules-" + key, ".part");
            try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                raw.write(MAGIC);
                try (DroolsObjectOutputStream out = new DroolsObjectOutputStream(raw)) {
                    out.writeObject(new ArrayList<>(pkgs));
                }
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            lastEvent = lastEvent + "; stored " + file;
            prune();
        } catch (IOException | RuntimeException e) {
            lastEvent = lastEvent + "; not stored (" + e + ")";
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // a stray .part file is harmless: it is never read
                }
            }
        }
    }

    /** Entries kept: enough for a few rule sets and builds side by side. */
    static final int KEEP = 8;

    /** Removes all but the {@link #KEEP} most recently used entries; they were for other rules or builds. */
    private void prune() throws IOException {
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = s.filter(p -> p.getFileName().toString().matches("rules-[0-9a-f]+\\.bin"))
                    .sorted(java.util.Comparator.comparing(RuleCache::modified).reversed()).toList();
        }
        for (Path old : entries.subList(Math.min(KEEP, entries.size()), entries.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    /** Marks an entry as just used, so pruning keeps it. */
    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // a read-only cache still serves; the entry may merely be pruned sooner
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A digest of the program's own classes (the jar, or the class folder in a build). */
    static final class CodeFingerprint {
        private static String value;

        private CodeFingerprint() {
        }

        static synchronized String get() throws IOException {
            if (value == null) {
                value = compute();
            }
            return value;
        }

        private static String compute() throws IOException {
            MessageDigest sha = sha256();
            sha.update(String.valueOf(KiePackage.class.getPackage().getImplementationVersion())
                    .getBytes(StandardCharsets.UTF_8));
            Path where;
            try {
                where = Path.of(RuleCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (java.net.URISyntaxException | RuntimeException e) {
                throw new IOException("cannot locate the program's classes", e);
            }
            if (Files.isDirectory(where)) {
                try (Stream<Path> s = Files.walk(where)) {
                    for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                        sha.update(where.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                        sha.update(Files.readAllBytes(p));
                    }
                }
            } else {
                sha.update(jarStamp(where).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        }

        /**
         * What tells one build of the program's jar from another: the name, size and CRC-32 of each
         * of its entries, as its central directory lists them. Reading and hashing the whole jar (a
         * megabyte) cost a one-report run 25 ms; the directory changes with any class's content
         * and, unlike a file time, not with a copy.
         */
        static String jarStamp(Path jar) throws IOException {
            StringBuilder sb = new StringBuilder();
            try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(jar.toFile())) {
                var entries = z.entries();
                while (entries.hasMoreElements()) {
                    var e = entries.nextElement();
                    sb.append(e.getName()).append('\0').append(e.getSize()).append('\0').append(e.getCrc()).append('\n');
                }
            }
            return sb.toString();
        }
    }
}

package reportcheck.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The default rules/ packed inside the jar, for a jar run without any rules/ folder beside it
 * (copied alone, say). Rules are loaded from a folder, so they are unpacked once into a folder
 * named after the jar's size and time, next to the rule cache; a half-unpacked folder is never
 * used, as it is moved into place only when complete.
 */
final class BundledRules {
    private BundledRules() {
    }

    /** The unpacked rules of {@code jar} under {@code cacheRoot}, or null when the jar has none. */
    static Path unpack(Path jar, Path cacheRoot) throws IOException {
        try (FileSystem zip = FileSystems.newFileSystem(jar)) {
            Path rules = zip.getPath("/rules");
            if (!Files.isDirectory(rules)) {
                return null;
            }
            Path dest = cacheRoot.resolve("rules-" + Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis());
            if (Files.isDirectory(dest)) {
                return dest;
            }
            Files.createDirectories(cacheRoot);
            Path part = Files.createTempDirectory(cacheRoot, ".rules-");
            try {
                List<Path> entries;
                try (Stream<Path> s = Files.walk(rules)) {
                    entries = s.toList();
                }
                for (Path p : entries) {
                    Path target = part.resolve(rules.relativize(p).toString()).normalize();
                    if (!target.startsWith(part)) {
                        continue; // an entry naming a place outside the folder is not unpacked
                    }
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(p, target);
                    }
                }
                try {
                    Files.move(part, dest, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    if (!Files.isDirectory(dest)) {
                        throw e; // else another run unpacked the same rules first
                    }
                }
            } finally {
                delete(part);
            }
            return dest;
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // a leftover temporary folder is harmless and never used
        }
    }
}

package reportcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportcheck.analysis.FactBuilder;
import reportcheck.finding.Finding;
import reportcheck.input.Readers;
import reportcheck.knowledge.Knowledge;
import reportcheck.support.Engine;

class RuleCacheTest {
    @TempDir
    Path tmp;

    @Test
    void secondLoadReadsTheCacheAndFindsTheSame() throws Exception {
        RuleCache cache = new RuleCache(tmp.resolve("cache"));
        RuleBase compiled = RuleBase.load(Engine.RULES, cache);
        assertTrue(cache.lastEvent().startsWith("miss"), cache.lastEvent());
        assertTrue(cache.lastEvent().contains("stored"), cache.lastEvent());

        RuleCache again = new RuleCache(tmp.resolve("cache"));
        RuleBase cached = RuleBase.load(Engine.RULES, again);
        assertTrue(again.lastEvent().startsWith("hit"), again.lastEvent());
        assertEquals(compiled.rules(), cached.rules());
        for (Path seed : seeds()) {
            assertEquals(check(compiled, seed), check(cached, seed), seed.toString());
        }
    }

    @Test
    void aChangedRuleFileIsAMiss() throws Exception {
        Path rules = copyOfRules();
        RuleCache cache = new RuleCache(tmp.resolve("cache"));
        RuleBase.load(rules, cache);
        Path drl = rules.resolve("structure.drl");
        Files.writeString(drl, Files.readString(drl) + "\n// edited\n");
        RuleBase.load(rules, cache);
        assertTrue(cache.lastEvent().startsWith("miss"), cache.lastEvent());
    }

    @Test
    void aCorruptEntryIsIgnoredAndReplaced() throws Exception {
        RuleCache cache = new RuleCache(tmp.resolve("cache"));
        RuleBase.load(Engine.RULES, cache);
        Path entry;
        try (Stream<Path> s = Files.list(cache.dir())) {
            entry = s.filter(p -> p.getFileName().toString().endsWith(".bin")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        RuleBase reloaded = RuleBase.load(Engine.RULES, cache);
        assertTrue(cache.lastEvent().startsWith("ignored"), cache.lastEvent());
        assertFalse(reloaded.rules().isEmpty());
        RuleBase.load(Engine.RULES, cache);
        assertTrue(cache.lastEvent().startsWith("hit"), "a rebuilt entry is used next time: " + cache.lastEvent());
    }

    @Test
    void oldEntriesArePruned() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("cache"));
        for (int i = 0; i < RuleCache.KEEP + 3; i++) {
            Path old = Files.writeString(dir.resolve(String.format("rules-%032x.bin", i)), "x");
            Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        RuleCache cache = new RuleCache(dir);
        RuleBase.load(Engine.RULES, cache);
        try (Stream<Path> s = Files.list(dir)) {
            List<String> left = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(RuleCache.KEEP, left.size(), left.toString());
            assertFalse(left.contains(String.format("rules-%032x.bin", 0)), "the oldest goes first");
        }
    }

    @Test
    void anUnwritableCacheOnlyCostsTime() throws Exception {
        Path notADir = Files.writeString(tmp.resolve("file"), "x");
        RuleCache cache = new RuleCache(notADir.resolve("cache"));
        RuleBase rules = RuleBase.load(Engine.RULES, cache);
        assertFalse(rules.rules().isEmpty());
        assertTrue(cache.lastEvent().contains("not stored"), cache.lastEvent());
    }

    private List<Finding> check(RuleBase rules, Path file) throws Exception {
        Checker checker = new Checker(rules, new FactBuilder(Knowledge.load(Engine.RULES, Knowledge.DEFAULT_PROFILE)));
        return checker.check(Readers.standard().read(file, file.toString()));
    }

    private static List<Path> seeds() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            return s.sorted().toList();
        }
    }

    private Path copyOfRules() throws IOException {
        Path out = tmp.resolve("rules");
        Files.createDirectories(out);
        try (Stream<Path> s = Files.list(Engine.RULES)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Files.copy(p, out.resolve(p.getFileName()));
            }
        }
        return out;
    }

    /**
     * The program's classes in a jar are known by the names, sizes and checksums of its entries: a
     * rebuilt jar with any class changed, even to the same length, must not reuse rules compiled
     * against the old one; a copy of the same jar, with another time and path, may.
     */
    @Test
    void aJarIsKnownByItsEntriesChecksums() throws IOException {
        Path jar = jar("a.jar", "reportcheck/facts/Paragraph.class", new byte[] {1, 2, 3});
        String first = RuleCache.CodeFingerprint.jarStamp(jar);
        Path copy = Files.copy(jar, tmp.resolve("copy.jar"));
        Files.setLastModifiedTime(copy, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
        assertEquals(first, RuleCache.CodeFingerprint.jarStamp(copy), "a copy");
        Path rebuilt = jar("b.jar", "reportcheck/facts/Paragraph.class", new byte[] {1, 2, 4});
        assertFalse(first.equals(RuleCache.CodeFingerprint.jarStamp(rebuilt)), "one byte of a class changed");
        Path renamed = jar("c.jar", "reportcheck/facts/Clause.class", new byte[] {1, 2, 3});
        assertFalse(first.equals(RuleCache.CodeFingerprint.jarStamp(renamed)), "another class");
    }

    private Path jar(String name, String entry, byte[] content) throws IOException {
        Path jar = tmp.resolve(name);
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.zip.ZipEntry(entry));
            out.write(content);
            out.closeEntry();
        }
        return jar;
    }
}

package reportcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A jar run with no rules/ folder anywhere uses the rules packed inside it. */
class BundledRulesTest {
    @TempDir
    Path tmp;

    private Path jar(String... entries) throws Exception {
        Path jar = tmp.resolve("reportcheck.jar");
        try (OutputStream os = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(os)) {
            for (String e : entries) {
                zip.putNextEntry(new ZipEntry(e));
                if (!e.endsWith("/")) {
                    zip.write(("content of " + e).getBytes(StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void theRulesOfTheJarAreUnpackedOnceAndWhole() throws Exception {
        Path jar = jar("reportcheck/cli/Main.class", "rules/", "rules/a.drl", "rules/data/", "rules/data/laws.json");
        Path cache = tmp.resolve("cache");
        Path rules = BundledRules.unpack(jar, cache);
        assertEquals("content of rules/a.drl", Files.readString(rules.resolve("a.drl")));
        assertEquals("content of rules/data/laws.json", Files.readString(rules.resolve("data/laws.json")));
        assertFalse(Files.exists(rules.resolve("reportcheck")), "only rules/ is unpacked");
        Files.writeString(rules.resolve("a.drl"), "edited");
        assertEquals(rules, BundledRules.unpack(jar, cache));
        assertEquals("edited", Files.readString(rules.resolve("a.drl")), "unpacked once, not on every run");
        try (Stream<Path> s = Files.list(cache)) {
            assertEquals(1, s.count(), "no temporary folder is left behind");
        }
    }

    @Test
    void aJarWithoutRulesGivesNothing() throws Exception {
        assertNull(BundledRules.unpack(jar("reportcheck/cli/Main.class"), tmp.resolve("cache")));
    }

    @Test
    void theBuiltJarCarriesTheDefaultRules() throws Exception {
        // the build copies rules/ into the classes the jar is made of
        Path packed = Path.of("target", "classes", "rules");
        assertTrue(Files.isRegularFile(packed.resolve("placeholder.drl")), packed.toString());
        assertEquals(Files.readString(Path.of("rules", "placeholder.drl")), Files.readString(packed.resolve("placeholder.drl")));
        assertTrue(Files.isRegularFile(packed.resolve("data").resolve("canonical-titles.json")));
    }
}

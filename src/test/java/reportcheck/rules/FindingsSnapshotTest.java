package reportcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import reportcheck.finding.Finding;
import reportcheck.finding.Related;
import reportcheck.fixtures.Fixture;
import reportcheck.fixtures.Fixtures;
import reportcheck.support.Engine;

/**
 * Every finding of the whole rule set on the seeds, the clean reports and every rule fixture,
 * compared field by field with the committed snapshot. A change meant only to make checking
 * faster must leave it byte for byte the same; a rule change regenerates it on purpose with
 * {@code mvn -B -q test -Dtest=FindingsSnapshotTest -Dsnapshot.update=true} and the diff of the
 * snapshot shows what the change found or stopped finding.
 */
class FindingsSnapshotTest {
    static final Path SNAPSHOT = Path.of("src/test/resources/findings-snapshot.txt");

    @Test
    void findingsAreThoseOfTheSnapshot() throws IOException {
        String now = snapshot();
        if (Boolean.getBoolean("snapshot.update")) {
            Files.writeString(SNAPSHOT, now, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.isRegularFile(SNAPSHOT), SNAPSHOT + " is missing: run with -Dsnapshot.update=true");
        String before = Files.readString(SNAPSHOT, StandardCharsets.UTF_8);
        if (!before.equals(now)) {
            // assertEquals on the lists shows the first lines that differ rather than two huge strings
            assertEquals(before.lines().toList(), now.lines().toList(), "findings differ from " + SNAPSHOT
                    + "; after a rule change regenerate it with -Dsnapshot.update=true and review its diff");
        }
    }

    /** One block per input, in a fixed order; one line per finding, its fields tab-separated. */
    static String snapshot() throws IOException {
        StringBuilder out = new StringBuilder();
        for (Path dir : List.of(Path.of("seeds"), Path.of("src/test/resources/clean"))) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    block(out, dir.resolve(f.getFileName()).toString(), Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        for (Fixture f : Fixtures.load(Engine.RULES)) {
            block(out, "rules/fixtures/" + f.name(), f.text());
        }
        return out.toString();
    }

    private static void block(StringBuilder out, String name, String text) {
        List<String> lines = new ArrayList<>();
        for (Finding f : Engine.check(text)) {
            lines.add(line(f));
        }
        lines.sort(null);
        out.append("== ").append(name).append(" (").append(lines.size()).append(")\n");
        lines.forEach(l -> out.append(l).append('\n'));
    }

    private static String line(Finding f) {
        StringBuilder b = new StringBuilder();
        b.append(f.line()).append(':').append(f.column()).append('-').append(f.endLine()).append(':')
                .append(f.endColumn()).append('\t').append(f.ruleId()).append('\t').append(f.category()).append('\t')
                .append(f.severity()).append('\t').append(esc(f.evidence())).append('\t').append(esc(f.message()))
                .append('\t').append(esc(f.suggestion())).append('\t').append(esc(f.title()));
        if (f.related() != null) {
            for (Related r : f.related()) {
                b.append("\t@").append(r.line()).append(':').append(r.column()).append(' ').append(esc(r.evidence()))
                        .append(' ').append(esc(r.source()));
            }
        }
        return b.toString();
    }

    private static String esc(String s) {
        return s == null ? "-" : s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r");
    }
}

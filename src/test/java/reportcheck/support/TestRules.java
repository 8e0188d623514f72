package reportcheck.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the project's rules/ folder in a scratch place, with extra DRL files for a test. */
public final class TestRules {
    private TestRules() {
    }

    /** Copies rules/ (DRL and data, not fixtures) into {@code dir} and adds {@code extra} as {@code name}. */
    public static Path withExtra(Path dir, String name, String extra) throws IOException {
        try (Stream<Path> s = Files.walk(Engine.RULES)) {
            for (Path p : s.sorted().toList()) {
                Path rel = Engine.RULES.relativize(p);
                if (rel.startsWith("fixtures")) {
                    continue;
                }
                Path target = dir.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        if (name != null) {
            Files.writeString(dir.resolve(name), extra);
        }
        return dir;
    }

    /** A DRL file holding one rule with complete metadata and the given conditions and consequence. */
    public static String rule(String id, String when, String then) {
        return "package reportcheck.rules.test;\n"
                + "import reportcheck.facts.*;\n"
                + "global reportcheck.engine.FindingSink sink;\n"
                + "rule \"" + id + "\"\n"
                + "    @id(\"" + id + "\") @category(\"structure\") @severity(\"info\")\n"
                + "    @title(\"测试规则\") @explain(\"测试用\")\n"
                + "when\n    " + when + "\nthen\n    " + then + "\nend\n";
    }
}

package reportcheck.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import reportcheck.engine.RuleCache;

/** The {@code --rules} and {@code --profile} options, shared by every command that loads rules. */
public final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Folder of DRL rules and their data (default: rules/ in the current folder, else the one beside the jar).")
    Path rules;

    @Option(names = "--profile", paramLabel = "ID",
            description = "Report profile under rules/data/profiles/ for every report (default: each report's genre, recognised from its title and text).")
    String profile;

    @Option(names = "--rule-cache", paramLabel = "DIR",
            description = "Folder for compiled rules (default: $REPORTCHECK_CACHE, else ~/.cache/reportcheck).")
    Path ruleCache;

    @Option(names = "--no-rule-cache", description = "Compile the rules even if a compiled copy is cached.")
    boolean noRuleCache;

    /** Where compiled rules are kept between runs, or null with {@code --no-rule-cache}. */
    RuleCache cache() {
        return noRuleCache ? null : new RuleCache(ruleCache != null ? ruleCache : RuleCache.defaultDir());
    }

    /**
     * The folder to load: the option, else ./rules, else rules/ beside the jar (unpacked) or beside
     * its target/ folder (built), else the rules packed inside the jar.
     */
    Path resolve() {
        if (rules != null) {
            return rules;
        }
        Path here = Path.of("rules");
        if (Files.isDirectory(here)) {
            return here;
        }
        try {
            Path jar = Path.of(RulesOption.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // unpacked distribution: rules/ beside the jar; the repository: beside target/
            for (Path beside : new Path[] {jar.getParent().resolve("rules"), jar.getParent().getParent().resolve("rules")}) {
                if (Files.isDirectory(beside)) {
                    return beside;
                }
            }
            // no folder anywhere: the rules packed in the jar
            if (Files.isRegularFile(jar)) {
                Path bundled = BundledRules.unpack(jar, RuleCache.defaultDir());
                if (bundled != null) {
                    return bundled;
                }
            }
        } catch (URISyntaxException | IOException | RuntimeException e) {
            // fall back to ./rules, whose absence the loader reports
        }
        return here;
    }
}

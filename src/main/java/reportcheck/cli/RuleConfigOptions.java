package reportcheck.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import reportcheck.config.RuleConfig;
import reportcheck.engine.RuleMeta;

/**
 * An office's rule settings, shared by {@code check} and {@code serve} so that a report checked on
 * the desk shows the same findings as one checked from the command line: rules turned off, and
 * severities changed.
 */
public final class RuleConfigOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "JSON file turning rules off or changing their severity: {\"disable\": [...], \"severity\": {...}}.")
    Path config;

    @Option(names = "--disable", paramLabel = "ID", split = ",",
            description = "Turn off a rule, or a whole category (repeatable, or comma-separated).")
    List<String> disable = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "ID=LEVEL",
            description = "Report a rule (or category) at another severity: error, warning or info (repeatable).")
    Map<String, String> severity = new LinkedHashMap<>();

    /** The configuration these options describe, checked against the loaded rules; a {@link reportcheck.config.ConfigException} says what is wrong. */
    RuleConfig ruleConfig(List<RuleMeta> rules) {
        RuleConfig rc = (config == null ? RuleConfig.none() : RuleConfig.load(config)).with(disable, severity);
        rc.check(rules);
        return rc;
    }
}

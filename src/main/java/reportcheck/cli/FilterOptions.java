package reportcheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import reportcheck.config.Baseline;
import reportcheck.config.FindingFilter;
import reportcheck.config.RuleConfig;
import reportcheck.engine.RuleMeta;

/** Options of {@code check} that decide which findings are shown: configuration and baseline. */
public final class FilterOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "JSON file turning rules off or changing their severity: {\"disable\": [...], \"severity\": {...}}.")
    Path config;

    @Option(names = "--disable", paramLabel = "ID", split = ",",
            description = "Turn off a rule, or a whole category (repeatable, or comma-separated).")
    List<String> disable = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "ID=LEVEL",
            description = "Report a rule (or category) at another severity: error, warning or info (repeatable).")
    Map<String, String> severity = new LinkedHashMap<>();

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Hide findings accepted in this baseline file (matched by rule and evidence, not by line).")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Write every finding of this run (after --config/--disable/--severity) as a baseline file.")
    Path writeBaseline;

    /** The filter these options describe, checked against the loaded rules; a {@link reportcheck.config.ConfigException} says what is wrong. */
    FindingFilter filter(List<RuleMeta> rules) {
        RuleConfig rc = (config == null ? RuleConfig.none() : RuleConfig.load(config)).with(disable, severity);
        rc.check(rules);
        return new FindingFilter(rc, baseline == null ? Baseline.none() : Baseline.load(baseline));
    }

    /** Writes the baseline if asked to; returns a line for the summary, or null. */
    String finish(FindingFilter filter) throws IOException {
        StringBuilder sb = new StringBuilder();
        if (baseline != null) {
            sb.append("基线 ").append(baseline).append(" 已接受 ").append(filter.accepted()).append(" 项既有问题，未列出");
            if (!filter.renamed().isEmpty()) {
                sb.append("；文件名与基线不同、按标题和发文机关对应：").append(String.join("、", filter.renamed()));
            }
        }
        if (writeBaseline != null) {
            Baseline b = filter.seen();
            b.write(writeBaseline);
            sb.append(sb.length() > 0 ? "；" : "").append("已将 ").append(b.entries().size()).append(" 项问题写入基线 ")
                    .append(writeBaseline);
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}

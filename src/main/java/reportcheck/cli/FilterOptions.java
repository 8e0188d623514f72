package reportcheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import reportcheck.config.Baseline;
import reportcheck.config.FindingFilter;
import reportcheck.engine.RuleMeta;

/** Options of {@code check} that decide which findings are shown: configuration and baseline. */
public final class FilterOptions {
    @Mixin
    RuleConfigOptions rules;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Hide findings accepted in this baseline file (matched by rule and evidence, not by line).")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Write every finding of this run (after --config/--disable/--severity) as a baseline file.")
    Path writeBaseline;

    /** The filter these options describe, checked against the loaded rules; a {@link reportcheck.config.ConfigException} says what is wrong. */
    FindingFilter filter(List<RuleMeta> rules) {
        return new FindingFilter(this.rules.ruleConfig(rules), baseline == null ? Baseline.none() : Baseline.load(baseline));
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

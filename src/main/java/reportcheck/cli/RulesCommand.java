package reportcheck.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import reportcheck.copies.CopyRules;
import reportcheck.engine.RuleBase;
import reportcheck.engine.RuleLoadException;
import reportcheck.engine.RuleMeta;

/**
 * {@code reportcheck rules}: lists every rule with its id, category, severity and title;
 * {@code rules --explain ID} shows one rule in full, with examples from its fixtures.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List the rules, or explain one with examples (--explain ID).")
public final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rulesOption;

    @Mixin
    LangOption lang;

    @Option(names = "--explain", paramLabel = "ID",
            description = "Show what the rule checks and why, with an example that fires and one that does not.")
    String explain;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RuleBase rules;
        try {
            rules = RuleBase.load(rulesOption.resolve(), rulesOption.cache());
            rules.kieBase(); // the rules are listed only if they can run
        } catch (RuleLoadException e) {
            spec.commandLine().getErr().println("reportcheck: " + EscapingWriter.escape(String.valueOf(e.getMessage())));
            return ExitCode.RULES_ERROR.code();
        }
        // the cross-report findings are made in Java after the DRL rules, but are rules to a reader
        List<RuleMeta> all = new ArrayList<>(rules.rules());
        all.addAll(CopyRules.ALL);
        all.sort(Comparator.comparing(RuleMeta::id));
        if (explain != null) {
            RuleMeta m = all.stream().filter(r -> r.id().equals(explain.strip())).findFirst().orElse(null);
            if (m == null) {
                List<String> near = all.stream().map(RuleMeta::id).filter(id -> id.contains(explain.strip())).toList();
                spec.commandLine().getErr().println("reportcheck: 没有编号为「" + EscapingWriter.escape(explain) + "」的规则"
                        + (near.isEmpty() ? "（reportcheck rules 列出全部规则）" : "；相近的有：" + String.join("、", near)));
                return ExitCode.USAGE.code();
            }
            RuleExplainer.explain(m, rulesOption.resolve(), out);
            return ExitCode.OK.code();
        }
        for (RuleMeta m : all) {
            out.printf("%-40s %-16s %-8s %s%n", m.id(), m.category(), m.severity().id(), m.title());
        }
        out.flush();
        return ExitCode.OK.code();
    }
}

package reportcheck.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import reportcheck.copies.CopyRules;
import reportcheck.engine.RuleBase;
import reportcheck.engine.RuleLoadException;
import reportcheck.engine.RuleMeta;

/** {@code reportcheck rules}: lists every rule with its id, category, severity and title. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List the rules.")
public final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rulesOption;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RuleBase rules;
        try {
            rules = RuleBase.load(rulesOption.resolve(), rulesOption.cache());
        } catch (RuleLoadException e) {
            spec.commandLine().getErr().println("reportcheck: " + e.getMessage());
            return ExitCode.RULES_ERROR.code();
        }
        // the cross-report findings are made in Java after the DRL rules, but are rules to a reader
        List<RuleMeta> all = new ArrayList<>(rules.rules());
        all.addAll(CopyRules.ALL);
        all.sort(Comparator.comparing(RuleMeta::id));
        for (RuleMeta m : all) {
            out.printf("%-40s %-16s %-8s %s%n", m.id(), m.category(), m.severity().id(), m.title());
        }
        out.flush();
        return ExitCode.OK.code();
    }
}

package reportcheck.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
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
            rules = RuleBase.load(rulesOption.resolve());
        } catch (RuleLoadException e) {
            spec.commandLine().getErr().println("reportcheck: " + e.getMessage());
            return ExitCode.RULES_ERROR.code();
        }
        for (RuleMeta m : rules.rules()) {
            out.printf("%-40s %-16s %-8s %s%n", m.id(), m.category(), m.severity().id(), m.title());
        }
        out.flush();
        return ExitCode.OK.code();
    }
}

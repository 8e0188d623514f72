package reportcheck.support;

import java.nio.file.Path;
import java.util.List;
import reportcheck.analysis.FactBuilder;
import reportcheck.engine.Checker;
import reportcheck.engine.RuleBase;
import reportcheck.finding.Finding;
import reportcheck.input.LoadedReport;
import reportcheck.knowledge.Knowledge;
import reportcheck.text.SourceText;

/** The project's rules/ built once for the whole test run, and helpers to check a text with them. */
public final class Engine {
    public static final Path RULES = Path.of("rules");
    private static Checker checker;

    private Engine() {
    }

    public static synchronized Checker checker() {
        if (checker == null) {
            // the facts as the command line builds them: those no rule for the report's genre matches left out
            RuleBase rules = RuleBase.load(RULES);
            checker = new Checker(rules, new FactBuilder(Knowledge.loadRecognising(RULES), rules::matchesFacts));
        }
        return checker;
    }

    public static List<Finding> check(String text) {
        return checker().check(new LoadedReport("test.txt", new SourceText(text), "txt", "UTF-8"));
    }

    public static List<Finding> check(String text, String ruleId) {
        return check(text).stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }
}

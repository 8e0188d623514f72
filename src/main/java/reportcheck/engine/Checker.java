package reportcheck.engine;

import java.util.List;
import org.kie.api.runtime.KieSession;
import reportcheck.analysis.FactBuilder;
import reportcheck.analysis.Facts;
import reportcheck.finding.Finding;
import reportcheck.input.LoadedReport;

/**
 * Runs the rules over one report: builds its facts, inserts them into a fresh session, fires
 * all rules and returns the sorted findings. One Checker serves many reports and threads; the
 * session is the only per-report state.
 */
public final class Checker {
    private final RuleBase rules;
    private final FactBuilder facts;

    public Checker(RuleBase rules, FactBuilder facts) {
        this.rules = rules;
        this.facts = facts;
    }

    public List<Finding> check(LoadedReport report) {
        return check(facts.build(report.source(), report.text()));
    }

    public Facts facts(LoadedReport report) {
        return facts.build(report.source(), report.text());
    }

    public List<Finding> check(Facts built) {
        FindingSink sink = new FindingSink(rules);
        KieSession session = rules.kieBase().newKieSession();
        try {
            if (rules.declaresSink()) {
                session.setGlobal("sink", sink);
            }
            for (Object fact : built.all()) {
                session.insert(fact);
            }
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return sink.findings();
    }
}

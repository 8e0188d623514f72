package reportcheck.engine;

import java.util.List;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.MatchCreatedEvent;
import org.kie.api.runtime.KieSession;
import reportcheck.analysis.FactBuilder;
import reportcheck.analysis.Facts;
import reportcheck.finding.Finding;
import reportcheck.input.LoadedReport;

/**
 * Runs the rules over one report: builds its facts, inserts them into an empty session, fires
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
        return check(facts.build(report.source(), report.text(), report.tables()));
    }

    public Facts facts(LoadedReport report) {
        return facts.build(report.source(), report.text(), report.tables());
    }

    public List<Finding> check(Facts built) {
        return check(built, new Progress());
    }

    /**
     * Runs the rules, recording in {@code progress} which rule is active so that a watchdog can
     * name it, and letting the watchdog halt the session. A halted session's findings are
     * incomplete: the caller that stopped it must not report them as a result.
     */
    public List<Finding> check(Facts built, Progress progress) {
        FindingSink sink = new FindingSink(rules);
        KieSession session = rules.newSession();
        var listener = new DefaultAgendaEventListener() {
            @Override
            public void matchCreated(MatchCreatedEvent e) {
                progress.ruleActive(ruleId(e.getMatch().getRule()), false);
            }

            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent e) {
                progress.ruleActive(ruleId(e.getMatch().getRule()), true);
            }

            @Override
            public void afterMatchFired(AfterMatchFiredEvent e) {
                progress.consequenceDone();
            }
        };
        try {
            if (rules.declaresSink()) {
                session.setGlobal("sink", sink);
            }
            session.addEventListener(listener);
            progress.attach(session);
            for (Object fact : built.all()) {
                session.insert(fact);
            }
            // a rule written for one genre (its @genre) stays out of another genre's report
            String genre = built.all().stream().filter(reportcheck.facts.Genre.class::isInstance)
                    .map(g -> ((reportcheck.facts.Genre) g).getId()).findFirst().orElse(null);
            if (genre == null) {
                session.fireAllRules();
            } else {
                session.fireAllRules(match -> rules.appliesTo(match.getRule(), genre));
            }
        } finally {
            progress.detach();
            // a pooled session keeps its listeners through the reset
            session.removeEventListener(listener);
            session.dispose();
        }
        return sink.findings();
    }

    /**
     * Checks a small made-up report once, so that the one-time preparation of the engine
     * (loading the classes generated for the rules) is not charged to the first real report's
     * time limit.
     */
    public void warmUp() {
        String text = "某局2023年法治政府建设年度报告\n一、主要举措和成效\n2023年，我局办理案件12起，同比增长5%。\n"
                + "二、存在的不足\n《法治政府建设实施纲要（2021—2025年）》落实不够。\n某局\n2024年3月1日\n";
        check(new LoadedReport("warm-up", new reportcheck.text.SourceText(text), "txt", "UTF-8"));
    }

    /** The rule's @id, or its DRL name when it has none. */
    String ruleId(org.kie.api.definition.rule.Rule r) {
        RuleMeta m = rules.meta(r);
        return m != null ? m.id() : r.getName();
    }
}

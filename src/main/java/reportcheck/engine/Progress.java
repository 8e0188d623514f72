package reportcheck.engine;

import org.kie.api.runtime.KieSession;

/**
 * How far the check of one report has got, shared between the thread doing the work and a
 * watchdog: the stage, the rule most recently active, and a way to stop the rules. A watchdog
 * that gives up on a report uses it to say where the time went and to halt the session.
 */
public final class Progress {
    public static final String READING = "reading";
    public static final String ANALYSIS = "analysis";
    public static final String RULES = "rules";

    private volatile String stage = READING;
    private volatile String rule;
    private volatile boolean inConsequence;
    private volatile KieSession session;
    private volatile boolean stopped;

    public void stage(String s) {
        stage = s;
    }

    public String stage() {
        return stage;
    }

    /** Id of the rule whose match was most recently created or fired, or null. */
    public String rule() {
        return rule;
    }

    /** Whether {@link #rule()} is running its consequence right now (else its conditions were last). */
    public boolean inConsequence() {
        return inConsequence;
    }

    void ruleActive(String id, boolean consequence) {
        rule = id;
        inConsequence = consequence;
    }

    void consequenceDone() {
        inConsequence = false;
    }

    // attach, detach and stop hold the lock: a session goes back to a pool after its report, and a
    // stop that read it just before must not halt the next report's rules in it
    synchronized void attach(KieSession s) {
        session = s;
        if (stopped) {
            s.halt();
        }
    }

    synchronized void detach() {
        session = null;
    }

    /** Asks the work to stop: halts the rule session if one is running; later stages see {@link #stopped()}. */
    public synchronized void stop() {
        stopped = true;
        if (session != null) {
            session.halt();
        }
    }

    public boolean stopped() {
        return stopped;
    }
}

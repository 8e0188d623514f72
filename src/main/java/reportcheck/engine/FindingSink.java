package reportcheck.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.rule.RuleContext;
import reportcheck.facts.Located;
import reportcheck.finding.Finding;
import reportcheck.finding.Related;

/**
 * The one way rules report. A rule passes its {@code kcontext}; the sink reads the rule's id,
 * category, severity and title from its DRL metadata, so they are never repeated in a
 * consequence. The same finding reported twice (same rule, place and evidence) is kept once.
 */
public final class FindingSink {
    private final RuleBase rules;
    private final Map<String, Finding> findings = new LinkedHashMap<>();

    public FindingSink(RuleBase rules) {
        this.rules = rules;
    }

    /** A finding at a place in the text, quoting it. */
    public void at(RuleContext kcontext, Located where, String message, String suggestion) {
        add(kcontext, where, where.getText(), message, suggestion, List.of());
    }

    /** A finding at {@code where} that also points at {@code other}, e.g. the first of two values. */
    public void pair(RuleContext kcontext, Located where, Located other, String message, String suggestion) {
        add(kcontext, where, where.getText(), message, suggestion,
                List.of(new Related(other.getLine(), other.getColumn(), other.getText())));
    }

    /** A finding about the whole document; {@code evidence} is what is missing, by its canonical name. */
    public void document(RuleContext kcontext, String evidence, String message, String suggestion) {
        add(kcontext, null, evidence, message, suggestion, List.of());
    }

    private void add(RuleContext kcontext, Located where, String evidence, String message, String suggestion,
            List<Related> related) {
        var rule = kcontext.getRule();
        RuleMeta meta = rules.meta(rule);
        if (meta == null) {
            throw new IllegalStateException("rule without metadata: " + rule.getName());
        }
        Finding f = new Finding(meta.id(), meta.category(), meta.severity(), meta.title(),
                where == null ? null : where.getLine(), where == null ? null : where.getColumn(),
                where == null ? null : where.sourceText().lineOf(Math.max(where.getOffset(), where.getEnd() - 1)),
                where == null ? null : where.sourceText().columnOf(where.getEnd()),
                evidence, message, suggestion, related);
        findings.putIfAbsent(meta.id() + "\u0000" + f.line() + ":" + f.column() + "\u0000" + evidence, f);
    }

    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>(findings.values());
        out.sort(Finding.ORDER);
        return out;
    }
}

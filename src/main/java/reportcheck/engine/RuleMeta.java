package reportcheck.engine;

import reportcheck.finding.Severity;

/**
 * A rule's metadata, declared once in its DRL: {@code @id}, {@code @category}, {@code @severity},
 * {@code @title} and optionally {@code @explain} (what it checks and why).
 */
public record RuleMeta(String id, String category, Severity severity, String title, String explain,
        String file, String ruleName) {
}

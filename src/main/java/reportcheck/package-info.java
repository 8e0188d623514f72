/**
 * reportcheck: reads a report, turns it into facts, runs the DRL rules under {@code rules/}
 * over them and writes a review checklist. Data flows one way:
 * {@code input} → {@code text} → {@code analysis} (facts) → {@code engine} (rules) →
 * {@code finding} → {@code render}; {@code cli} wires them together.
 */
package reportcheck;

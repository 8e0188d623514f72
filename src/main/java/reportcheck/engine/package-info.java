/**
 * The rule engine: builds one Drools rule base from the DRL files under {@code rules/}, reads
 * each rule's metadata, runs a fresh session per report and collects findings through the
 * {@link reportcheck.engine.FindingSink}.
 */
package reportcheck.engine;

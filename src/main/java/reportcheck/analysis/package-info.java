/**
 * Analysis: turns a report's text into facts. Each class finds one kind of fact; {@link
 * reportcheck.analysis.FactBuilder} runs them in order. Nothing here decides whether something is
 * a defect: that is the rules' job.
 */
package reportcheck.analysis;

/**
 * What a user decides about the findings after the rules have run: rules turned off or given
 * another severity ({@link reportcheck.config.RuleConfig}, from the command line or a JSON file),
 * and findings already accepted ({@link reportcheck.config.Baseline}). {@link
 * reportcheck.config.FindingFilter} applies both to each report's result, before rendering.
 * The rules themselves never see this: a rule always reports, the user decides what to show.
 */
package reportcheck.config;

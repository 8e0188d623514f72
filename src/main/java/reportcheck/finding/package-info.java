/**
 * What a check produces: findings with their place and evidence, and per-report results that
 * carry either findings or the reason the report could not be checked (errors are data).
 */
package reportcheck.finding;

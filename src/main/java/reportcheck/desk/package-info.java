/**
 * The reviewer's desk ({@code reportcheck serve}): a local web page to drop reports on, review
 * them in the review page, record a decision per finding, export the record, and compare the next
 * draft with the last. It checks with the same engine as {@code check} and keeps its state in a
 * data folder on disk: one folder per project, one per checked report.
 */
package reportcheck.desk;

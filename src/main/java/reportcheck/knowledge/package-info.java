/**
 * Knowledge read at run time from {@code rules/data/}: report profiles (which parts are required
 * and how they are worded), word lists the analysis needs, and the reference knowledge the rules
 * compare a report with (canonical titles of cited documents, national laws and regulations, fixed
 * terms, formulas by edition, words reports miswrite).
 * Offices edit these files; no recompiling.
 */
package reportcheck.knowledge;

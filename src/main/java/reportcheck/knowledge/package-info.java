/**
 * Knowledge read at run time from {@code rules/data/}: report profiles (which parts are required
 * and how they are worded) and word lists the analysis needs. Offices edit these files; no
 * recompiling.
 */
package reportcheck.knowledge;

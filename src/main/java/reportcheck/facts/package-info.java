/**
 * The facts rules match: what the analysis found in a report (document, paragraphs, headings,
 * sentences, cited titles, figures, dates…) and knowledge loaded from {@code rules/}. Facts are
 * plain values with getters; every textual fact knows its offset, line, column and original text.
 */
package reportcheck.facts;

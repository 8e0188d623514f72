/**
 * Text as the rules see it: decoded characters, the normalised twin used for matching, and
 * the mapping from character offsets back to line and column of the original.
 */
package reportcheck.text;

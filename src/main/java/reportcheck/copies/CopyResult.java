package reportcheck.copies;

import java.util.List;
import reportcheck.finding.Finding;

/**
 * What the pass found: for each report of the batch, in batch order, its shared-text findings;
 * and the pairs of reports that share the most text, most first.
 */
public record CopyResult(List<List<Finding>> findings, List<SharedPair> pairs) {
}

package reportcheck.analysis;

import java.util.List;
import reportcheck.facts.Document;

/** All facts built from one report, ready to be inserted into a rule session. */
public record Facts(Document document, List<Object> all) {
}

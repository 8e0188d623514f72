package reportcheck.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import reportcheck.facts.TitleUnit;

/**
 * What the layout analysis found at the top and bottom of a report: each line's role, the title
 * units, and the signature.
 */
record Layout(Map<Integer, String> roles, List<TitleUnit> titles, Line addressee, Line issuer, Line date,
        int[] dateParts, int firstBodyLine) {

    String role(int line, String fallback) {
        return roles.getOrDefault(line, fallback);
    }

    static Map<Integer, String> newRoles() {
        return new HashMap<>();
    }
}

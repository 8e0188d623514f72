package reportcheck.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reportcheck.facts.FormulaEdition;
import reportcheck.facts.FormulaUse;
import reportcheck.facts.Paragraph;
import reportcheck.facts.Roles;

/**
 * Finds fixed formulas in paragraphs. A formula is recognised by two of the items all its
 * editions share standing close together; the items just after them tell which edition it is.
 * A lone 廉洁高效 or 守法诚信 elsewhere is ordinary wording and is not looked at.
 */
final class FormulaLocator {
    /** Shared items further apart than this are two mentions, not one formula. */
    private static final int GAP = 12;
    /** How far past the last shared item the edition's own items may come. */
    private static final int TAIL = 20;

    private FormulaLocator() {
    }

    static List<FormulaUse> locate(List<FormulaEdition> editions, List<Paragraph> paragraphs) {
        Map<String, List<FormulaEdition>> families = new LinkedHashMap<>();
        for (FormulaEdition e : editions) {
            families.computeIfAbsent(e.getFamily(), k -> new ArrayList<>()).add(e);
        }
        List<FormulaUse> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            if (!Roles.BODY.equals(p.getRole()) && !Roles.HEADING.equals(p.getRole())) {
                continue;
            }
            for (List<FormulaEdition> family : families.values()) {
                find(p, family, out);
            }
        }
        return out;
    }

    private static void find(Paragraph p, List<FormulaEdition> family, List<FormulaUse> out) {
        String text = p.getNorm();
        List<String> shared = family.get(0).getItems().stream()
                .filter(i -> family.stream().allMatch(e -> e.getItems().contains(i))).toList();
        int from = -1;
        int to = -1;
        int count = 0;
        for (String item : shared) {
            int at = text.indexOf(item);
            if (at < 0) {
                continue;
            }
            if (from >= 0 && (at > to + GAP || at + item.length() < from - GAP)) {
                continue;
            }
            from = from < 0 ? at : Math.min(from, at);
            to = Math.max(to, at + item.length());
            count++;
        }
        if (count < 2) {
            return;
        }
        int windowEnd = Math.min(text.length(), to + TAIL);
        List<String> found = new ArrayList<>();
        for (FormulaEdition e : family) {
            for (String item : e.getUniqueItems()) {
                int at = text.indexOf(item, from);
                if (at >= 0 && at + item.length() <= windowEnd) {
                    to = Math.max(to, at + item.length());
                    if (!found.contains(e.getId())) {
                        found.add(e.getId());
                    }
                }
            }
        }
        if (!found.isEmpty()) {
            out.add(new FormulaUse(p.sourceText(), p.getOffset() + from, p.getOffset() + to, family.get(0).getFamily(),
                    found));
        }
    }
}

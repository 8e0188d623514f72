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
    /** What may stand between two items of an enumeration; a comma ends it. */
    private static final String SEPARATORS = "、和及与 \"“”";

    private FormulaLocator() {
    }

    /** The editions of one formula and the items all of them share, worked out once, not per paragraph. */
    private record Family(List<FormulaEdition> editions, List<String> shared) {
        static Family of(List<FormulaEdition> editions) {
            return new Family(editions, editions.get(0).getItems().stream()
                    .filter(i -> editions.stream().allMatch(e -> e.getItems().contains(i))).toList());
        }
    }

    static List<FormulaUse> locate(List<FormulaEdition> editions, List<Paragraph> paragraphs) {
        Map<String, List<FormulaEdition>> byFamily = new LinkedHashMap<>();
        for (FormulaEdition e : editions) {
            byFamily.computeIfAbsent(e.getFamily(), k -> new ArrayList<>()).add(e);
        }
        List<Family> families = byFamily.values().stream().map(Family::of).toList();
        List<FormulaUse> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            if (!Roles.BODY.equals(p.getRole()) && !Roles.HEADING.equals(p.getRole())) {
                continue;
            }
            for (Family family : families) {
                find(p, family.editions(), family.shared(), out);
            }
        }
        return out;
    }

    /** The offset after the separators at {@code at}, or {@code at} itself when none follows. */
    private static int skipSeparators(String text, int at) {
        int i = at;
        while (i < text.length() && i - at < 3 && SEPARATORS.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static void find(Paragraph p, List<FormulaEdition> family, List<String> shared, List<FormulaUse> out) {
        String text = p.getNorm();
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
        // follow the enumeration past the shared items: item, separator, item…
        List<String> found = new ArrayList<>();
        boolean extended = true;
        while (extended) {
            extended = false;
            int next = skipSeparators(text, to);
            for (FormulaEdition e : family) {
                for (String item : e.getUniqueItems()) {
                    if (next > to && text.startsWith(item, next)) {
                        to = next + item.length();
                        if (!found.contains(e.getId())) {
                            found.add(e.getId());
                        }
                        extended = true;
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

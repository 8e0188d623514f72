package reportcheck.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import reportcheck.facts.FixedTerm;
import reportcheck.facts.FixedTermUse;
import reportcheck.facts.Paragraph;
import reportcheck.facts.Roles;
import reportcheck.text.FoldedSearch;
import reportcheck.text.SourceText;

/**
 * Where the paragraphs write a fixed term wrong ({@code rules/data/fixed-terms.json}). Each term's
 * pattern is searched in every title, heading, body and closing paragraph as the rules search a
 * fact ({@link FoldedSearch}), once per report here instead of as a join of every term with every
 * paragraph in the rule session. A term whose pattern needs characters the report lacks (most
 * terms, in most reports) is passed over at once.
 */
final class FixedTermFinder {
    private static final Set<String> ROLES = Set.of(Roles.TITLE, Roles.HEADING, Roles.BODY, Roles.CLOSING);

    private final List<FixedTerm> terms;

    FixedTermFinder(List<FixedTerm> terms) {
        this.terms = List.copyOf(terms);
    }

    /** The wrong uses in {@code paragraphs}, which are in text order. */
    List<FixedTermUse> find(List<Paragraph> paragraphs) {
        List<Paragraph> checked = paragraphs.stream().filter(p -> ROLES.contains(p.getRole())).toList();
        List<FixedTermUse> out = new ArrayList<>();
        if (checked.isEmpty()) {
            return out;
        }
        SourceText src = checked.get(0).sourceText();
        int from = checked.get(0).getOffset();
        int to = checked.get(checked.size() - 1).getEnd();
        for (FixedTerm t : terms) {
            if (!FoldedSearch.mayMatch(src, from, to, t.getPattern())) {
                continue;
            }
            for (Paragraph p : checked) {
                int[] at = FoldedSearch.find(src, p.getOffset(), p.getEnd(), t.getPattern());
                for (int k = 0; k < at.length; k += 2) {
                    out.add(new FixedTermUse(src, at[k], at[k + 1], t));
                }
            }
        }
        return out;
    }
}

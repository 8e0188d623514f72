package reportcheck.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import reportcheck.facts.CitationMatch;
import reportcheck.facts.CitedTitle;
import reportcheck.facts.Clause;
import reportcheck.facts.NearLawTitle;
import reportcheck.facts.Paragraph;
import reportcheck.knowledge.Reference;

/**
 * The reference knowledge of a run and what of it a report touches: the canonical titles, fixed
 * terms and formula editions themselves, the citations recognised as canonical documents, those a
 * slip away from a national law or regulation, the local family titles written wrong, the fixed
 * terms written wrong, and the formulas written in the text.
 */
final class ReferenceFacts {
    private final Reference ref;
    /** The documents and laws indexed once for the run's knowledge, not for every report. */
    private final CitationMatcher.Index documents;
    private final LawNameMatcher.Index laws;
    private final FixedTermFinder terms;

    ReferenceFacts(Reference ref) {
        this.ref = ref;
        this.documents = new CitationMatcher.Index(ref.titles());
        this.laws = new LawNameMatcher.Index(ref.laws(), ref.titles());
        this.terms = new FixedTermFinder(ref.terms());
    }

    /** {@code clauses}: every sentence and clause of the report, for what a near law title stands in. */
    List<Object> build(List<Paragraph> paragraphs, List<CitedTitle> titles, List<Clause> clauses) {
        List<Object> out = new ArrayList<>(ref.facts());
        List<CitationMatch> matches = CitationMatcher.match(documents, titles);
        out.addAll(matches);
        Set<CitedTitle> recognised = new HashSet<>();
        matches.forEach(m -> recognised.add(m.getCitation()));
        for (NearLawTitle n : LawNameMatcher.match(laws, titles, recognised)) {
            out.add(n.withClauses(clauses.stream().filter(c -> c.getOffset() <= n.getOffset() && c.getEnd() >= n.getEnd())
                    .map(Clause::getText).toList()));
        }
        out.addAll(FamilyMatcher.match(ref.families(), titles, recognised));
        out.addAll(terms.find(paragraphs));
        out.addAll(FormulaLocator.locate(ref.formulas(), paragraphs));
        return out;
    }
}

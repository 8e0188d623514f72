package reportcheck.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import reportcheck.facts.CitationMatch;
import reportcheck.facts.CitedTitle;
import reportcheck.facts.Paragraph;
import reportcheck.knowledge.Reference;

/**
 * The reference knowledge of a run and what of it a report touches: the canonical titles, fixed
 * terms and formula editions themselves, the citations recognised as canonical documents, those a
 * slip away from a national law or regulation, the local family titles written wrong, and the
 * formulas written in the text.
 */
final class ReferenceFacts {
    private final Reference ref;
    /** The documents and laws indexed once for the run's knowledge, not for every report. */
    private final CitationMatcher.Index documents;
    private final LawNameMatcher.Index laws;

    ReferenceFacts(Reference ref) {
        this.ref = ref;
        this.documents = new CitationMatcher.Index(ref.titles());
        this.laws = new LawNameMatcher.Index(ref.laws(), ref.titles());
    }

    List<Object> build(List<Paragraph> paragraphs, List<CitedTitle> titles) {
        List<Object> out = new ArrayList<>(ref.facts());
        List<CitationMatch> matches = CitationMatcher.match(documents, titles);
        out.addAll(matches);
        Set<CitedTitle> recognised = new HashSet<>();
        matches.forEach(m -> recognised.add(m.getCitation()));
        out.addAll(LawNameMatcher.match(laws, titles, recognised));
        out.addAll(FamilyMatcher.match(ref.families(), titles, recognised));
        out.addAll(FormulaLocator.locate(ref.formulas(), paragraphs));
        return out;
    }
}

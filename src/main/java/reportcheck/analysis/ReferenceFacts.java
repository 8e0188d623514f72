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
    private ReferenceFacts() {
    }

    static List<Object> build(Reference ref, List<Paragraph> paragraphs, List<CitedTitle> titles) {
        List<Object> out = new ArrayList<>(ref.facts());
        List<CitationMatch> matches = CitationMatcher.match(ref.titles(), titles);
        out.addAll(matches);
        Set<CitedTitle> recognised = new HashSet<>();
        matches.forEach(m -> recognised.add(m.getCitation()));
        out.addAll(LawNameMatcher.match(ref.laws(), ref.titles(), titles, recognised));
        out.addAll(FamilyMatcher.match(ref.families(), titles, recognised));
        out.addAll(FormulaLocator.locate(ref.formulas(), paragraphs));
        return out;
    }
}

package reportcheck.analysis;

import java.util.ArrayList;
import java.util.List;
import reportcheck.facts.CitedTitle;
import reportcheck.facts.Paragraph;
import reportcheck.knowledge.Reference;

/**
 * The reference knowledge of a run and what of it a report touches: the canonical titles, fixed
 * terms and formula editions themselves, the citations recognised as canonical documents and the
 * formulas written in the text.
 */
final class ReferenceFacts {
    private ReferenceFacts() {
    }

    static List<Object> build(Reference ref, List<Paragraph> paragraphs, List<CitedTitle> titles) {
        List<Object> out = new ArrayList<>(ref.facts());
        out.addAll(CitationMatcher.match(ref.titles(), titles));
        out.addAll(FormulaLocator.locate(ref.formulas(), paragraphs));
        return out;
    }
}

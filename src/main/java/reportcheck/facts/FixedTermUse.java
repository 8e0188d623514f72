package reportcheck.facts;

import reportcheck.text.SourceText;

/**
 * A place where the text writes a fixed term the wrong way: the match of the term's pattern (its
 * group {@code e} where it has one), found by {@link reportcheck.analysis.FixedTermFinder}.
 */
public final class FixedTermUse extends Located {
    private final FixedTerm term;

    public FixedTermUse(SourceText src, int offset, int end, FixedTerm term) {
        super(src, offset, end);
        this.term = term;
    }

    public FixedTerm getTerm() {
        return term;
    }

    /** The term's severity: "error" for a wrong word, "warning" for a wrong form. */
    public String getSeverity() {
        return term.getSeverity();
    }
}

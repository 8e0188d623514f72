package reportcheck.facts;

/**
 * A cited title of a {@link TitleFamily}: written wrong, its fixed part a slip away ("wording"),
 * its years no edition's ("years"), its range without a dash ("dash") or without 年 ("suffix");
 * or right, with the years of an edition ("edition"). Placed where the citation is; the rules
 * decide how to report each kind.
 */
public final class FamilyTitle extends Located {
    private final CitedTitle citation;
    private final TitleFamily family;
    private final String slip;
    private final String wrong;
    private final String right;
    private final String suggested;

    public FamilyTitle(CitedTitle citation, TitleFamily family, String slip, String wrong, String right,
            String suggested) {
        super(citation.sourceText(), citation.getOffset(), citation.getEnd());
        this.citation = citation;
        this.family = family;
        this.slip = slip;
        this.wrong = wrong;
        this.right = right;
        this.suggested = suggested;
    }

    public CitedTitle getCitation() {
        return citation;
    }

    public TitleFamily getFamily() {
        return family;
    }

    /** wording, years, dash, suffix or edition. */
    public String getSlip() {
        return slip;
    }

    /** The part written wrong: the fixed part (法治政府建设实施方按) or the range (2021—2026年). */
    public String getWrong() {
        return wrong;
    }

    /** What replaces it. */
    public String getRight() {
        return right;
    }

    /** The whole title as it should be cited, with its marks. */
    public String getSuggested() {
        return suggested;
    }
}

package reportcheck.facts;

/**
 * A cited title recognised as a document of the knowledge base, placed where the citation is.
 * Whether the citation is right is for the rules to say: this only records how it compares.
 */
public final class CitationMatch extends Located {
    private final CitedTitle citation;
    private final CanonicalTitle document;
    private final boolean nameExact;
    private final int distance;
    private final boolean yearsMatch;
    private final String lead;
    private final boolean revisionCited;

    public CitationMatch(CitedTitle citation, CanonicalTitle document, int distance, boolean yearsMatch, String lead,
            boolean revisionCited) {
        super(citation.sourceText(), citation.getOffset(), citation.getEnd());
        this.citation = citation;
        this.document = document;
        this.nameExact = distance == 0;
        this.distance = distance;
        this.yearsMatch = yearsMatch;
        this.lead = lead;
        this.revisionCited = revisionCited;
    }

    public CitedTitle getCitation() {
        return citation;
    }

    public CanonicalTitle getDocument() {
        return document;
    }

    /** The name is the canonical one or an accepted form of it. */
    public boolean isNameExact() {
        return nameExact;
    }

    /** Edit distance between the cited name and the nearest accepted form; 0 when exact. */
    public int getDistance() {
        return distance;
    }

    /**
     * The cited year range is the document's, or neither has one, or the citation leaves it out.
     * False when the citation names years that no edition of the document has.
     */
    public boolean isYearsMatch() {
        return yearsMatch;
    }

    /** Up to 16 folded characters before the citation in its paragraph: what the text does with it. */
    public String getLead() {
        return lead;
    }

    /** The text says it means the revised version: 新修订的《…》, 修订后的《…》, 新《…》. */
    public boolean isRevisionCited() {
        return revisionCited;
    }

    /** The date (yyyymmdd) the cited version came into force: the revision's if one is meant, else the first. */
    public int getCitedInForceKey() {
        return revisionCited && document.getRevisedInForceKey() > 0 ? document.getRevisedInForceKey()
                : document.getInForceKey();
    }
}

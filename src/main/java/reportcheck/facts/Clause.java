package reportcheck.facts;

import reportcheck.text.SourceText;

/**
 * A sentence (kind "sentence", ended by 。！？) or a clause within one (kind "clause", ended by
 * ，；：). Spans exclude the ending punctuation, so a clause repeated once with 。 and once with
 * ， still compares equal by {@link #getKey()}. Only the sentences and clauses a report holds more
 * than once (by key) are facts: those are what the rules on repetition pair.
 */
public final class Clause extends FoldedText {
    public static final String SENTENCE = "sentence";
    public static final String CLAUSE = "clause";

    private final String kind;
    private final boolean formula;
    private final String sentenceKey;
    private final String paragraphKey;

    public Clause(SourceText src, int offset, int end, String kind, boolean formula, String sentenceKey,
            String paragraphKey) {
        this(src, offset, end, kind, formula, sentenceKey, paragraphKey, src.folded().substring(offset, end), null);
    }

    /**
     * With the folded text of the clause and its key (null to compute it) from a splitter that has
     * them already: a sentence's are those of its own span.
     */
    public Clause(SourceText src, int offset, int end, String kind, boolean formula, String sentenceKey,
            String paragraphKey, String norm, String key) {
        super(src, offset, end, norm, key);
        this.kind = kind;
        this.formula = formula;
        this.sentenceKey = sentenceKey;
        this.paragraphKey = paragraphKey;
    }

    /** Key of the sentence this clause belongs to (its own key for a sentence). */
    public String getSentenceKey() {
        return sentenceKey;
    }

    /** Key of the paragraph this clause belongs to. */
    public String getParagraphKey() {
        return paragraphKey;
    }

    public String getKind() {
        return kind;
    }

    /**
     * Whether the clause holds a stock political formula (rules/data/stock-phrases.txt) that
     * reports repeat by convention; repeating it is not a defect.
     */
    public boolean isFormula() {
        return formula;
    }
}

package reportcheck.facts;

import reportcheck.text.SourceText;

/**
 * A sentence (kind "sentence", ended by 。！？) or a clause within one (kind "clause", ended by
 * ，；：). Spans exclude the ending punctuation, so a clause repeated once with 。 and once with
 * ， still compares equal by {@link #getKey()}.
 */
public final class Clause extends Located {
    public static final String SENTENCE = "sentence";
    public static final String CLAUSE = "clause";

    private final String kind;
    private final String norm;
    private final String key;
    private final int length;
    private final int paragraphLine;
    private final boolean formula;
    private final String sentenceKey;
    private final String paragraphKey;

    public Clause(SourceText src, int offset, int end, String kind, boolean formula, String sentenceKey,
            String paragraphKey) {
        super(src, offset, end);
        this.kind = kind;
        this.norm = src.folded().substring(offset, end);
        this.key = Keys.compact(norm);
        this.length = key.codePointCount(0, key.length());
        this.paragraphLine = getLine();
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

    public String getNorm() {
        return norm;
    }

    public String getKey() {
        return key;
    }

    /** Length of the key in code points. */
    public int getLength() {
        return length;
    }

    public int getParagraphLine() {
        return paragraphLine;
    }

    /**
     * Whether the clause holds a stock political formula (rules/data/stock-phrases.txt) that
     * reports repeat by convention; repeating it is not a defect.
     */
    public boolean isFormula() {
        return formula;
    }
}

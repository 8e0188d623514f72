package reportcheck.facts;

import reportcheck.text.SourceText;

/** Where a report writes one of the {@link MiswrittenWord}s; whether to report it is for the rules. */
public final class MiswrittenUse extends Located {
    private final MiswrittenWord word;

    public MiswrittenUse(SourceText src, int offset, int end, MiswrittenWord word) {
        super(src, offset, end);
        this.word = word;
    }

    public MiswrittenWord getWord() {
        return word;
    }

    public String getSeverity() {
        return word.getSeverity();
    }
}

package reportcheck.facts;

import reportcheck.text.SourceText;

/** A stretch of text that a rule matched, e.g. with {@link reportcheck.engine.Spans}. */
public final class Span extends Located {
    public Span(SourceText src, int offset, int end) {
        super(src, offset, end);
    }
}

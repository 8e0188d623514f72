package reportcheck.facts;

import reportcheck.text.SourceText;

/**
 * A stretch of the original text: where it starts and ends (UTF-16 offsets), its 1-based line
 * and code-point column, and the text exactly as it stands in the report, for quoting.
 */
public abstract class Located {
    private final int offset;
    private final int end;
    private final int line;
    private final int column;
    private final String text;
    private final SourceText src;

    protected Located(SourceText src, int offset, int end) {
        this.src = src;
        this.offset = offset;
        this.end = end;
        this.line = src.lineOf(offset);
        this.column = src.columnOf(offset, line);
        this.text = src.original().substring(offset, end);
    }

    public int getOffset() {
        return offset;
    }

    public int getEnd() {
        return end;
    }

    public int getLine() {
        return line;
    }

    public int getColumn() {
        return column;
    }

    /** The text as written in the report (not folded). */
    public String getText() {
        return text;
    }

    /** The report this stretch belongs to; not a bean property, so rules do not match on it. */
    public SourceText sourceText() {
        return src;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "@" + line + ":" + column + "[" + text + "]";
    }
}

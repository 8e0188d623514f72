package reportcheck.support;

import java.util.List;
import reportcheck.analysis.Facts;
import reportcheck.facts.Located;
import reportcheck.finding.Finding;
import reportcheck.finding.Related;
import reportcheck.text.SourceText;

/**
 * What must hold for any text, however odd: every fact is a stretch of the text it came from,
 * and every finding's line, column and evidence point at that exact text. Fuzz and property
 * tests share these checks; a violation throws {@link AssertionError}.
 */
public final class Invariants {
    private Invariants() {
    }

    public static void factsLieInText(SourceText src, Facts facts) {
        String text = src.original();
        for (Object o : facts.all()) {
            if (!(o instanceof Located l)) {
                continue;
            }
            check(0 <= l.getOffset() && l.getOffset() <= l.getEnd() && l.getEnd() <= text.length(),
                    "span out of the text: " + l.getOffset() + ".." + l.getEnd() + " of " + text.length(), o);
            check(l.getText().equals(text.substring(l.getOffset(), l.getEnd())), "text differs from its span", o);
            check(l.getLine() == src.lineOf(l.getOffset()), "wrong line", o);
            check(l.getColumn() == src.columnOf(l.getOffset()), "wrong column", o);
        }
    }

    public static void findingsPointAtText(SourceText src, List<Finding> findings) {
        for (Finding f : findings) {
            check(f.evidence() != null && !f.evidence().isEmpty(), "finding without evidence", f);
            if (f.line() == null) {
                check(f.column() == null && f.endLine() == null, "whole-document finding with a place", f);
                continue;
            }
            int at = offset(src, f.line(), f.column(), f);
            check(src.original().startsWith(f.evidence(), at),
                    "evidence is not the text at " + f.line() + ":" + f.column(), f);
            int end = offset(src, f.endLine(), f.endColumn(), f);
            check(end == at + f.evidence().length(),
                    "end " + f.endLine() + ":" + f.endColumn() + " is not the end of the evidence", f);
            for (Related r : f.related()) {
                int rat = offset(src, r.line(), r.column(), f);
                check(src.original().startsWith(r.evidence(), rat), "related evidence is not at its place", f);
            }
        }
    }

    /**
     * The lines of a text tile it: each starts after the previous one ends, holds no line break,
     * and its first character maps back to that line and column 1.
     */
    public static void linesTileText(SourceText src) {
        String text = src.original();
        check(src.folded().length() == text.length(), "folding changed the length", text.length());
        int previousEnd = -1;
        for (int line = 1; line <= src.lineCount(); line++) {
            int s = src.lineStart(line);
            int e = src.lineEnd(line);
            check(s <= e && s > previousEnd && e <= text.length(), "line spans " + s + ".." + e, line);
            for (int i = s; i < e; i++) {
                char c = text.charAt(i);
                check(c != '\n' && c != '\r', "line holds a line break", line);
            }
            check(src.lineOf(s) == line && src.columnOf(s) == 1, "line does not map back to itself", line);
            previousEnd = e;
        }
    }

    /** UTF-16 offset of a 1-based line and code-point column. */
    public static int offset(SourceText src, int line, int column, Object what) {
        check(line >= 1 && line <= src.lineCount(), "line " + line + " out of 1.." + src.lineCount(), what);
        int start = src.lineStart(line);
        int lineLength = src.original().codePointCount(start, src.lineEnd(line));
        check(column >= 1 && column <= lineLength + 1, "column " + column + " out of line " + line, what);
        return src.original().offsetByCodePoints(start, column - 1);
    }

    private static void check(boolean ok, String why, Object what) {
        if (!ok) {
            throw new AssertionError(why + ": " + what);
        }
    }
}

package reportcheck.render;

import reportcheck.finding.Finding;
import reportcheck.text.SourceText;

/**
 * Where a finding's evidence lies in the report text: UTF-16 offsets {@code [start, end)} into
 * {@link SourceText#original()}. Findings count columns in code points (1-based, the end column
 * exclusive), so a character outside the Basic Multilingual Plane is one column but two chars.
 */
record EvidenceSpan(int start, int end) {

    /**
     * The span of a finding, or null for a whole-document finding and for a place that does not
     * hold its evidence (then the evidence is looked for on the same lines first, nearest wins).
     */
    static EvidenceSpan of(SourceText text, Finding f) {
        if (text == null || f.line() == null || f.line() < 1 || f.line() > text.lineCount()) {
            return null;
        }
        String all = text.original();
        String ev = f.evidence() == null ? "" : f.evidence();
        int start = offset(text, f.line(), f.column() == null ? 1 : f.column());
        int end = start + ev.length();
        if (f.endLine() != null && f.endColumn() != null && f.endLine() >= f.line()
                && f.endLine() <= text.lineCount()) {
            end = offset(text, f.endLine(), f.endColumn());
        }
        if (end > start && all.substring(start, end).equals(ev)) {
            return new EvidenceSpan(start, end);
        }
        if (ev.isEmpty()) {
            return null;
        }
        if (all.startsWith(ev, start)) {
            return new EvidenceSpan(start, start + ev.length());
        }
        // the recorded place and the text disagree: take the nearest copy of the evidence
        // within the finding's lines rather than highlight something else
        int from = text.lineStart(f.line());
        int to = text.lineEnd(Math.min(text.lineCount(), f.endLine() == null ? f.line() : Math.max(f.line(),
                Math.min(f.endLine(), text.lineCount()))));
        int best = -1;
        for (int i = all.indexOf(ev, from); i >= 0 && i + ev.length() <= to; i = all.indexOf(ev, i + 1)) {
            if (best < 0 || Math.abs(i - start) < Math.abs(best - start)) {
                best = i;
            }
        }
        return best < 0 ? null : new EvidenceSpan(best, best + ev.length());
    }

    /** UTF-16 offset of a 1-based code-point column, clamped to the line. */
    static int offset(SourceText text, int line, int column) {
        String s = text.line(line);
        int k = Math.max(0, Math.min(column - 1, s.codePointCount(0, s.length())));
        return text.lineStart(line) + s.offsetByCodePoints(0, k);
    }

    /** The part of this span on 1-based {@code line}, as offsets within that line, or null. */
    int[] onLine(SourceText text, int line) {
        int ls = text.lineStart(line);
        int le = text.lineEnd(line);
        int s = Math.max(start, ls);
        int e = Math.min(end, le);
        return e > s ? new int[] {s - ls, e - ls} : null;
    }
}

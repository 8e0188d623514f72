package reportcheck.render;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import reportcheck.finding.Finding;
import reportcheck.finding.Severity;
import reportcheck.text.SourceText;

/**
 * The report text of the review page: one {@code <p>} per line (a paragraph of the report), with
 * each finding's evidence wrapped in {@code <mark>}. Overlapping evidence is cut at every
 * boundary into pieces that never nest; a piece lists all findings covering it in
 * {@code data-f}, takes the colour of the worst, and is marked {@code multi} when shared.
 */
final class HtmlReportText {
    private final SourceText text;
    private final List<Finding> findings;
    private final EvidenceSpan[] spans;

    HtmlReportText(SourceText text, List<Finding> findings, EvidenceSpan[] spans) {
        this.text = text;
        this.findings = findings;
        this.spans = spans;
    }

    void write(StringBuilder out, String title) {
        out.append("<article class=\"report\" id=\"report\" aria-label=\"报告正文\">\n");
        // the first lines that, one after another, spell out the document title are set as a title
        String rest = title == null ? "" : title.replaceAll("\\s+", "");
        for (int line = 1; line <= text.lineCount(); line++) {
            String s = text.line(line);
            String bare = rest.isEmpty() ? "" : s.replaceAll("\\s+", "");
            boolean inTitle = !bare.isEmpty() && rest.startsWith(bare);
            if (!bare.isEmpty()) {
                rest = inTitle ? rest.substring(bare.length()) : "";
            }
            // a line that brings its own indent (full-width spaces) is not indented again
            String cls = s.isBlank() ? "ln blank" : inTitle ? "ln title"
                    : Character.isWhitespace(s.codePointAt(0)) ? "ln lead" : "ln";
            out.append("<p class=\"").append(cls).append("\" id=\"L").append(line).append("\" data-n=\"")
                    .append(line).append("\">");
            writeLine(out, line, s);
            out.append("</p>\n");
        }
        out.append("</article>\n");
    }

    private void writeLine(StringBuilder out, int line, String s) {
        List<int[]> parts = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, s.length()));
        for (int i = 0; i < spans.length; i++) {
            int[] p = spans[i] == null ? null : spans[i].onLine(text, line);
            if (p != null) {
                parts.add(p);
                owners.add(i);
                cuts.add(p[0]);
                cuts.add(p[1]);
            }
        }
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                writePiece(out, s.substring(prev, cut), covering(parts, owners, prev, cut));
            }
            prev = cut;
        }
    }

    private static List<Integer> covering(List<int[]> parts, List<Integer> owners, int from, int to) {
        List<Integer> ids = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            if (parts.get(k)[0] <= from && parts.get(k)[1] >= to) {
                ids.add(owners.get(k));
            }
        }
        return ids;
    }

    private void writePiece(StringBuilder out, String piece, List<Integer> ids) {
        if (ids.isEmpty()) {
            out.append(Html.esc(piece));
            return;
        }
        Severity worst = Severity.INFO;
        StringBuilder data = new StringBuilder();
        for (int id : ids) {
            Severity sev = findings.get(id).severity();
            worst = sev.ordinal() < worst.ordinal() ? sev : worst;
            data.append(data.length() == 0 ? "" : " ").append(id);
        }
        out.append("<mark class=\"hl on sev-").append(worst.id()).append(ids.size() > 1 ? " multi" : "")
                .append("\" data-f=\"").append(data).append("\">").append(Html.esc(piece)).append("</mark>");
    }
}

package reportcheck.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import reportcheck.text.SourceText;

/**
 * The paragraphs of a Word body matched to the lines of its report. The .docx reader makes line
 * N the Nth paragraph with visible text, in body order: content controls and table cells (row by
 * row, cell by cell) included, blank paragraphs left out, a generated list label written in
 * front. This walk finds the same paragraphs, then pairs lines with paragraphs in order by their
 * text, so a paragraph counted differently here (a table of contents, a paragraph holding only a
 * list label) shifts nothing after it, and of two identical paragraphs each line gets its own.
 */
final class DocxBody {
    /** How far a report line may run ahead of its paragraph: a generated list label and a space. */
    static final int MAX_LABEL = 16;
    private final List<DocxRuns> paragraphs = new ArrayList<>();

    DocxBody(XWPFDocument doc) {
        walk(doc.getDocument().getBody());
    }

    private void walk(XmlObject container) {
        try (XmlCursor c = container.newCursor()) {
            for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
                String name = c.getName().getLocalPart();
                XmlObject o = c.getObject();
                if (o instanceof CTP p) {
                    DocxRuns runs = new DocxRuns(p);
                    if (!runs.text().isBlank()) {
                        paragraphs.add(runs);
                    }
                } else if (DocxRuns.W.equals(c.getName().getNamespaceURI())
                        && List.of("tbl", "tr", "tc", "sdt", "sdtContent", "customXml").contains(name)) {
                    walk(o);
                }
            }
        }
    }

    /** The paragraph of each report line (index 0 is line 1), null where none matches. */
    DocxRuns[] alignTo(SourceText text) {
        DocxRuns[] out = new DocxRuns[text.lineCount()];
        int next = 0;
        for (int line = 1; line <= text.lineCount() && next < paragraphs.size(); line++) {
            String l = key(text.line(line));
            for (int k = next; k < paragraphs.size(); k++) {
                if (matches(l, key(paragraphs.get(k).text()))) {
                    out[line - 1] = paragraphs.get(k);
                    next = k + 1;
                    break;
                }
            }
        }
        return out;
    }

    /** The first paragraph with text, where whole-document comments go; null for an empty body. */
    DocxRuns first() {
        return paragraphs.isEmpty() ? null : paragraphs.get(0);
    }

    /** Text compared without spaces and breaks (the reader joins manual breaks) and case (caps). */
    private static String key(String s) {
        return s.replaceAll("[\\s\\u2028\\u2029]+", "").toUpperCase(Locale.ROOT);
    }

    private static boolean matches(String line, String paragraph) {
        return line.equals(paragraph) || !paragraph.isEmpty() && line.endsWith(paragraph)
                && line.length() - paragraph.length() <= MAX_LABEL;
    }
}

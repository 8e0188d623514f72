package reportcheck.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Word documents built from report text, one paragraph per line, made awkward on purpose: every
 * paragraph is cut into runs of 1, 2, 3... characters with alternating bold (so evidence starts
 * and ends inside runs and spans several), four lines sit in a 2×2 table, and one stretch of
 * text is a hyperlink.
 */
final class DocxFixture {
    private DocxFixture() {
    }

    /** @param tableAt the first of the four lines (1-based) that go into the table, or 0 for none */
    static Path write(String text, Path file, int tableAt) throws IOException {
        List<String> lines = text.lines().toList();
        try (XWPFDocument doc = new XWPFDocument()) {
            for (int i = 0; i < lines.size(); i++) {
                int line = i + 1;
                if (tableAt > 0 && line == tableAt && i + 4 <= lines.size()) {
                    XWPFTable t = doc.createTable(2, 2);
                    for (int k = 0; k < 4; k++) {
                        fill(t.getRow(k / 2).getCell(k % 2).getParagraphs().get(0), lines.get(i + k), false);
                    }
                    i += 3;
                    continue;
                }
                fill(doc.createParagraph(), lines.get(i), line % 7 == 3);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
        return file;
    }

    private static void fill(XWPFParagraph p, String s, boolean withLink) {
        int pos = 0;
        int size = 1;
        boolean bold = false;
        while (pos < s.length()) {
            int end = Math.min(s.length(), s.offsetByCodePoints(pos, Math.min(size, s.codePointCount(pos, s.length()))));
            XWPFRun run = withLink && pos > 0 && end < s.length() && size == 3
                    ? p.createHyperlinkRun("https://example.org/") : p.createRun();
            run.setText(s.substring(pos, end));
            run.setBold(bold);
            bold = !bold;
            size = size % 5 + 1;
            pos = end;
        }
    }
}

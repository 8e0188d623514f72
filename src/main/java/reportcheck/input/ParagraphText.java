package reportcheck.input;

import java.util.ArrayList;
import java.util.List;
import reportcheck.text.Normalizer;
import reportcheck.text.SourceText;
import reportcheck.text.UnreadableReportException;

/**
 * The one-paragraph-per-line text that the document readers (.docx, HTML, PDF) hand on.
 *
 * <p>Line N is the Nth paragraph that has visible text. Paragraphs without text (Word's empty
 * paragraphs used as spacing, empty blocks of a web page, the gap between paragraphs of a PDF)
 * are not lines: a reader does not count them, and the three formats express the same blank
 * space in ways that cannot be matched one to one. A .txt file keeps its blank lines, because
 * there the line number an editor shows is the reference.
 */
final class ParagraphText {
    private ParagraphText() {
    }

    /** The non-blank paragraphs, each made one line, as a report; refuses a document without text. */
    static LoadedReport report(String source, List<String> paragraphs, String format, String encoding)
            throws UnreadableReportException {
        return report(source, paragraphs, format, encoding, List.of());
    }

    /** The same, with the tables the reader found, whose cells point into these lines. */
    static LoadedReport report(String source, List<String> paragraphs, String format, String encoding,
            List<reportcheck.text.TableGrid> tables) throws UnreadableReportException {
        List<String> lines = lines(paragraphs);
        if (lines.isEmpty()) {
            throw new UnreadableReportException("文档中没有文字，没有可检查的正文");
        }
        return new LoadedReport(source, new SourceText(String.join("\n", lines)), format, encoding, tables);
    }

    static List<String> lines(List<String> paragraphs) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            String line = oneLine(p);
            if (!isBlank(line)) {
                out.add(line);
            }
        }
        return out;
    }

    /**
     * A paragraph may hold manual line breaks (Word's Shift+Enter, a PDF's wrapped lines). They
     * become nothing between two Chinese characters, where a reader sees no gap, and one space
     * between Latin letters or digits, so that words do not run together.
     */
    static String oneLine(String paragraph) {
        StringBuilder sb = new StringBuilder(paragraph.length());
        int n = paragraph.length();
        for (int i = 0; i < n; i++) {
            char c = paragraph.charAt(i);
            if (!isBreak(c)) {
                sb.append(c);
                continue;
            }
            int j = i;
            while (j + 1 < n && isBreak(paragraph.charAt(j + 1))) {
                j++;
            }
            if (sb.length() > 0 && j + 1 < n && needsSpace(sb.charAt(sb.length() - 1), paragraph.charAt(j + 1))) {
                sb.append(' ');
            }
            i = j;
        }
        return sb.toString();
    }

    /** Whether joining two pieces of text at these characters needs a space to keep words apart. */
    static boolean needsSpace(char before, char after) {
        return !Character.isWhitespace(before) && !Character.isWhitespace(after) && !isWide(before) && !isWide(after);
    }

    /** Chinese characters and the full-width punctuation that goes with them: no spaces between these. */
    static boolean isWide(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)
                || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019'
                || c == '\u2014' || c == '\u2026' || c == '\u00B7' || c == '\u3001';
    }

    static boolean isBlank(String s) {
        String f = Normalizer.fold(s);
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF' && c != '\u200B') {
                return false;
            }
        }
        return true;
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }
}

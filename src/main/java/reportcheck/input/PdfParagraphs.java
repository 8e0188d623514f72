package reportcheck.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import reportcheck.input.PdfLines.TextLine;

/**
 * Joins the printed lines of a PDF back into paragraphs.
 *
 * <p>A line ends its paragraph when it stops short of the right margin by more than one and a
 * half characters and by more than the first piece of the next line would have needed (a
 * number or Latin word that did not fit, or a character carried over with the marks that may
 * not end or start a line, see {@link LineBreaks}, is pushed to the next line without ending
 * the paragraph), when the next line starts indented from the left margin (the two-character
 * first-line indent of Chinese documents, a centred title, a right-aligned date), or when the
 * gap to the next line is clearly wider than the usual line pitch. Across a page break only the
 * first two tests apply. None of these ends a paragraph inside a 《》 title or a number range:
 * a title that wraps over a centred heading, or a line that stops short before 「(2021—」
 * because no line may end with 「(」, is one paragraph. Lines of a paragraph are joined without
 * a space, except between two Latin letters or digits and after a line that ends with a
 * printed space. Page numbers ("— 3 —", "第 3 页 共 9 页") and running heads and
 * feet are dropped, as the headers and footers of a Word document are.
 */
final class PdfParagraphs {
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[\\s\\-—–－~·•]*(第\\s*)?\\d{1,4}(\\s*页)?(\\s*(/|of|共)\\s*\\d{1,4}\\s*页?)?[\\s\\-—–－~·•]*$"
                    + "|^(page|Page|PAGE)\\s*\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?$");

    private PdfParagraphs() {
    }

    static List<String> join(List<TextLine> printed) {
        List<TextLine> lines = withoutPageFurniture(printed);
        List<String> out = new ArrayList<>();
        if (lines.isEmpty()) {
            return out;
        }
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (TextLine l : lines) {
            left = Math.min(left, l.x0());
            right = Math.max(right, l.x1());
        }
        float pitch = typicalPitch(lines);
        StringBuilder para = new StringBuilder(lines.get(0).text());
        int openTitles = LineBreaks.openTitles(0, lines.get(0).text());
        for (int i = 1; i < lines.size(); i++) {
            TextLine prev = lines.get(i - 1);
            TextLine next = lines.get(i);
            float em = Math.max(Math.max(prev.size(), next.size()), 1f);
            boolean shortLine = right - prev.x1() > Math.max(1.5f * em, next.firstWidth() + 0.5f * em);
            boolean indented = next.x0() - left > 0.8f * em;
            boolean gap = next.page() == prev.page() && (next.y() <= prev.y() || next.y() - prev.y() > 1.5f * pitch);
            if ((shortLine || indented || gap) && !LineBreaks.insidePhrase(openTitles, prev.text(), next.text(),
                    i + 1 < lines.size() ? lines.get(i + 1).text() : "")) {
                out.add(para.toString());
                para.setLength(0);
                openTitles = 0;
            } else if (prev.spaceAfter() || joinsWithSpace(para.charAt(para.length() - 1), next.text().charAt(0))) {
                para.append(' ');
            }
            para.append(next.text());
            openTitles = LineBreaks.openTitles(openTitles, next.text());
        }
        out.add(para.toString());
        return out;
    }

    /** A line broken between two Latin words lost the space at the break; between anything else there was none. */
    static boolean joinsWithSpace(char before, char after) {
        return Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)
                && !ParagraphText.isWide(before) && !ParagraphText.isWide(after);
    }

    /** The most common distance between consecutive lines of a page: the line pitch of the body text. */
    private static float typicalPitch(List<TextLine> lines) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            TextLine a = lines.get(i - 1);
            TextLine b = lines.get(i);
            if (a.page() == b.page() && b.y() > a.y()) {
                gaps.add(b.y() - a.y());
            }
        }
        if (gaps.isEmpty()) {
            return Float.MAX_VALUE / 4;
        }
        gaps.sort(null);
        // the lower quartile: paragraph gaps and headings only ever widen the distance
        return gaps.get(gaps.size() / 4);
    }

    /**
     * Drops what a page prints around the text: a page number alone on the first or last line of
     * a page, and a running head or foot, that is a first or last line that recurs (numbers
     * aside) on at least two pages and on half of them.
     */
    private static List<TextLine> withoutPageFurniture(List<TextLine> lines) {
        Map<String, Set<Integer>> edgePages = new HashMap<>();
        Set<Integer> pages = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            pages.add(lines.get(i).page());
            if (atEdge(lines, i)) {
                edgePages.computeIfAbsent(furnitureKey(lines.get(i)), k -> new HashSet<>()).add(lines.get(i).page());
            }
        }
        List<TextLine> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TextLine l = lines.get(i);
            if (atEdge(lines, i)) {
                int recurs = edgePages.get(furnitureKey(l)).size();
                if (PAGE_NUMBER.matcher(l.text()).matches() || recurs >= 2 && recurs * 2 >= pages.size()) {
                    continue;
                }
            }
            out.add(l);
        }
        return out;
    }

    private static boolean atEdge(List<TextLine> lines, int i) {
        int page = lines.get(i).page();
        return i == 0 || lines.get(i - 1).page() != page || i == lines.size() - 1 || lines.get(i + 1).page() != page;
    }

    private static String furnitureKey(TextLine l) {
        return l.text().replaceAll("\\d+", "#").strip();
    }
}

package reportcheck.input;

import java.util.List;
import java.util.regex.Pattern;
import reportcheck.input.PdfLines.Glyph;

/**
 * Where a printed line of Chinese text may end, for {@link PdfParagraphs}: what a word processor
 * or a browser had to carry over to the next line, and the breaks that fall inside a phrase.
 *
 * <p>Chinese line breaking (避头尾, W3C clreq 3.1.7) keeps an opening mark (《 （ “) off the end
 * of a line and a closing mark or pause (》 ） ” 、 ， 。) off its start, so what moves to the next
 * line is the first character together with the marks bound to it: a line before it may stop
 * short by that much without ending its paragraph.
 */
final class LineBreaks {
    /** Marks a line may not end with. */
    private static final String OPENING = "《〈（(“‘「『【〔〖[{";
    /** Marks a line may not start with. */
    private static final String CLOSING = "》〉）)”’」』】〕〗]}、，。；：？！…,.;:?!%";
    private static final Pattern ENDS_IN_RANGE = Pattern.compile("\\d\\s*[—–\\-~～至]?$");
    private static final Pattern STARTS_IN_RANGE = Pattern.compile("^[—–\\-~～至]?\\s*\\d");

    private LineBreaks() {
    }

    /**
     * The right edge of the first piece of a line that could not have been printed at the end of
     * the line before: opening marks, then one Chinese character or a run of Latin letters,
     * digits and signs ("2018-2019)"), then the closing marks that follow it; NaN for none.
     */
    static float firstUnitEnd(List<Glyph> glyphs) {
        int i = 0;
        int n = glyphs.size();
        while (i < n && OPENING.indexOf(glyphs.get(i).c()) >= 0) {
            i++;
        }
        if (i < n && !Character.isWhitespace(glyphs.get(i).c())) {
            if (ParagraphText.isWide(glyphs.get(i).c())) {
                i++;
            } else {
                while (i < n && !Character.isWhitespace(glyphs.get(i).c()) && !ParagraphText.isWide(glyphs.get(i).c())) {
                    i++;
                }
            }
        }
        while (i < n && CLOSING.indexOf(glyphs.get(i).c()) >= 0) {
            i++;
        }
        return i == 0 ? Float.NaN : glyphs.get(i - 1).right();
    }

    /**
     * Whether the break between a printed line and the next falls inside a phrase no paragraph
     * ends in: a 《》 title still open ({@code openTitles} as {@link #openTitles} counted them
     * over the paragraph so far) that the text ahead closes (the next line, or for a long title
     * the one after it), or a number range (2021—2026) split at its dash. Such a break never
     * ends a paragraph, whatever the layout around it suggests. A 《 left open by a slip of the
     * pen does not join paragraphs: the text ahead must close it before it opens another.
     */
    static boolean insidePhrase(int openTitles, String line, String next, String ahead) {
        return openTitles > 0 && closesTitle(next + ahead)
                || ENDS_IN_RANGE.matcher(line).find() && STARTS_IN_RANGE.matcher(next).find()
                        && (rangeMark(lastNonSpace(line)) || rangeMark(firstNonSpace(next)));
    }

    /** The 《 still open after a line, given those open before it. */
    static int openTitles(int before, String line) {
        int depth = before;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '《') {
                depth++;
            } else if (c == '》' && depth > 0) {
                depth--;
            }
        }
        return depth;
    }

    /** The line closes a title opened before it: a 》 comes before any 《. */
    private static boolean closesTitle(String s) {
        int close = s.indexOf('》');
        int open = s.indexOf('《');
        return close >= 0 && (open < 0 || close < open);
    }

    private static boolean rangeMark(char c) {
        return "—–-~～至".indexOf(c) >= 0;
    }

    private static char lastNonSpace(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return ' ';
    }

    private static char firstNonSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return ' ';
    }
}

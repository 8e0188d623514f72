package reportcheck.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reportcheck.facts.Heading;
import reportcheck.text.SourceText;

/**
 * Recognises the numbered headings of GB/T 9704-2012 7.3.3 and their common deviations, so that
 * rules can judge both the structure and the form: 一、 / 一. (level 1), 第一部分 (level 1),
 * （一） / （一）、 (level 2), 1. / 1、 (level 3), （1） (level 4).
 */
final class HeadingParser {
    private static final String CN = "[一二三四五六七八九十]{1,3}";
    private static final Pattern PART = Pattern.compile("^第(" + CN + ")(部分|章)\\s*[、.,:]?");
    private static final Pattern L1 = Pattern.compile("^(" + CN + ")\\s*([、.,])");
    private static final Pattern L2 = Pattern.compile("^\\((" + CN + ")\\)\\s*([、.,]?)");
    private static final Pattern L3 = Pattern.compile("^(\\d{1,2})\\s*([.、,])(?![\\d.])");
    private static final Pattern L4 = Pattern.compile("^\\((\\d{1,2})\\)\\s*([、.,]?)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
    private static final Pattern ANNEX_LABEL = Pattern.compile("^附件\\s*:?\\s*");
    /** Longest a heading may run before we take the line for body text that happens to start with a number. */
    private static final int MAX_HEADING = 60;
    /**
     * Longest heading phrase ended by a full stop or colon ("1.健全依法决策机制。正文…") at levels 3
     * and 4, where numbered items of the body live: a longer ordinal-led sentence is one.
     * Levels 1 and 2 keep {@link #MAX_HEADING}: a long "（二）…" phrase there is still a heading.
     */
    private static final int MAX_RUN_IN = 40;
    /** A figure other than a year: a run-in phrase that holds one reports a result, it heads nothing. */
    private static final Pattern FIGURE = Pattern.compile("\\d(?!\\d*\\s*年)|(?<!\\d)\\d{1,3}\\s*年");
    /**
     * A level-1 ordinal inside a line whose breaks were lost ("…报告如下: 一、主要举措和成效 (一)…"):
     * after a sentence end, a colon or white space.
     */
    // no "\\s*" before the ordinal: on a long run of spaces it made the search quadratic
    private static final Pattern INLINE_L1 = Pattern.compile("(?<=[。!?;:\\s])(" + CN + ")、");
    /** Fewest characters from an inline heading to the next one (or the line's end): a part, not a list item. */
    private static final int MIN_INLINE_PART = 30;
    private static final Pattern QUOTED = Pattern.compile("“[^”]*”|\"[^\"]*\"");
    /** Where an inline heading phrase ends: punctuation, white space, a level-2 ordinal, an "一是" list. */
    private static final Pattern INLINE_END = Pattern.compile("[。!?;:,\\s(]|一是|首先");
    private static final int MAX_INLINE = 30;
    private static final Pattern INLINE_L2 = Pattern.compile("\\((" + CN + ")\\)");
    private static final Pattern INLINE_L2_END = Pattern.compile("[。!?;:\\s(]|一是|首先");
    private static final Pattern ORDINAL_CHAR = Pattern.compile("[一二三四五六七八九十]");

    private HeadingParser() {
    }

    /** Whether a folded line opens with a heading ordinal, whatever follows. */
    static boolean startsWithOrdinal(String f) {
        return PART.matcher(f).find() || L1.matcher(f).find() || L2.matcher(f).find() || L3.matcher(f).find()
                || L4.matcher(f).find();
    }

    /**
     * The level (1 to 4) whose ordinal a folded line opens with, after an "附件：" label, also
     * when the line is too long to be a heading: such a paragraph still holds its place in the
     * count of its level. 0 when it opens with none; "第一部分" counts parts and is not a level here.
     */
    static int ordinalLevel(String folded) {
        String s = ANNEX_LABEL.matcher(folded).replaceFirst("");
        Pattern[] levels = {L1, L2, L3, L4};
        for (int i = 0; i < levels.length; i++) {
            if (levels[i].matcher(s).find()) {
                return i + 1;
            }
        }
        return 0;
    }

    static Heading parse(SourceText src, Line line) {
        String f = line.folded();
        Matcher m;
        int level;
        String style;
        int ordinal;
        if ((m = PART.matcher(f)).find()) {
            level = 1;
            ordinal = Numerals.parse(m.group(1));
            style = "第一" + m.group(2);
        } else if ((m = L1.matcher(f)).find()) {
            level = 1;
            ordinal = Numerals.parse(m.group(1));
            style = "一" + m.group(2);
        } else if ((m = L2.matcher(f)).find()) {
            level = 2;
            ordinal = Numerals.parse(m.group(1));
            style = "(一)" + m.group(2);
        } else if ((m = L3.matcher(f)).find()) {
            level = 3;
            ordinal = Integer.parseInt(m.group(1));
            style = "1" + m.group(2);
        } else if ((m = L4.matcher(f)).find()) {
            level = 4;
            ordinal = Integer.parseInt(m.group(1));
            style = "(1)" + m.group(2);
        } else {
            return null;
        }
        if (ordinal <= 0) {
            return null;
        }
        int titleStart = line.start() + m.end();
        int end = line.end();
        boolean runIn = false;
        boolean ended = false;
        for (int i = titleStart; i < line.end(); i++) {
            char c = src.folded().charAt(i);
            // "一、主要举措和成效：2023年，我局…" runs in after a colon as others do after a full stop
            if (c == '。' || c == '!' || c == '?' || c == ':') {
                end = i;
                ended = true;
                runIn = !src.folded().substring(i + 1, line.end()).isBlank();
                break;
            }
        }
        while (end > titleStart && Character.isWhitespace(src.folded().charAt(end - 1))) {
            end--;
        }
        if (end <= titleStart || src.folded().codePointCount(titleStart, end) > (ended && level > 2 ? MAX_RUN_IN : MAX_HEADING)) {
            return null;
        }
        // a phrase ended like a sentence that states a figure reports a result: a numbered item
        if (ended && FIGURE.matcher(unquoted(src.folded().substring(titleStart, end))).find()) {
            return null;
        }
        while (titleStart < end && Character.isWhitespace(src.folded().charAt(titleStart))) {
            titleStart++;
        }
        String ordText = src.original().substring(line.start(), line.start() + m.end()).strip();
        Matcher y = YEAR.matcher(src.folded().substring(titleStart, end));
        Integer year = y.find() ? Integer.valueOf(y.group(1)) : null;
        return new Heading(src, line.start(), end, level, ordinal, ordText, style, titleStart, year, runIn);
    }

    /** Whether {@code f} holds a numeral of {@link #CN} right before a 、. */
    private static boolean numeralBeforeComma(String f) {
        for (int i = f.indexOf('、'); i >= 0; i = f.indexOf('、', i + 1)) {
            if (i > 0 && "一二三四五六七八九十".indexOf(f.charAt(i - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The level-1 headings run into a line after a page lost its line breaks: "一、" after
     * "如下:", then "二、", "三、" after a sentence end, each the next number of the count of
     * level-1 headings ({@code lastOrdinal} is the last one before the line, 0 for none). A list
     * written inside a paragraph ("措施如下：一、完善制度；二、加强培训。") is not taken for
     * headings: its items follow a semicolon, end at one, or run short of {@link #MIN_INLINE_PART}
     * characters before the next item; the first number out of the count ends the search in that
     * line. A heading at the start of the line is {@link #parse}'s.
     */
    static java.util.List<Heading> inline(SourceText src, Line line, int lastOrdinal) {
        java.util.List<Heading> out = new java.util.ArrayList<>();
        String f = line.folded();
        java.util.List<int[]> at = new java.util.ArrayList<>();
        // each heading ends its numeral with 、: a line without a numeral before a 、 is spared the
        // search, whose look-behind is tried at every character
        boolean may = numeralBeforeComma(f);
        for (Matcher m = INLINE_L1.matcher(f); may && m.find();) {
            if (m.start(1) > 0) {
                at.add(new int[] {m.start(1), m.end(), Numerals.parse(m.group(1))});
            }
        }
        int expected = lastOrdinal + 1;
        for (int k = 0; k < at.size(); k++) {
            int start = at.get(k)[0];
            int titleStart = at.get(k)[1];
            if (at.get(k)[2] != expected) {
                break;
            }
            int next = k + 1 < at.size() ? at.get(k + 1)[0] : f.length();
            Matcher e = INLINE_END.matcher(f).region(titleStart, f.length());
            int end = e.find() ? e.start() : f.length();
            String title = f.substring(titleStart, end);
            int len = title.codePointCount(0, title.length());
            // "。一、二季度…" counts quarters; a heading phrase does not open with a numeral
            if (end < f.length() && f.charAt(end) == ';' || next - start < MIN_INLINE_PART
                    || len < 2 || len > MAX_INLINE || FIGURE.matcher(unquoted(title)).find()
                    || ORDINAL_CHAR.matcher(title).lookingAt()
                    || title.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                break;
            }
            int offset = line.start() + start;
            Matcher y = YEAR.matcher(title);
            out.add(new Heading(src, offset, line.start() + end, 1, expected,
                    src.original().substring(offset, line.start() + titleStart), "一、", line.start() + titleStart,
                    y.find() ? Integer.valueOf(y.group(1)) : null, end < f.length()));
            expected++;
        }
        return out;
    }

    /** The text without what stands in quotation marks: "深化“1+N”监管" names a scheme, it states no figure. */
    private static String unquoted(String s) {
        return QUOTED.matcher(s).replaceAll("");
    }

    /**
     * The level-2 headings run into a line that lost its breaks ("…成效 (一)加强组织领导。…
     * (二)…"), counted from (一) afresh after each level-1 heading in the line. They tell where a
     * part stands (a duty part written as "(三)主要负责人履行第一责任人职责情况") and nothing
     * else: a list inside a paragraph looks the same, so they are not headings for the numbering,
     * and they are looked for only after a level-1 heading run into the same line.
     */
    static java.util.List<Heading> inlineLevel2(SourceText src, Line line, java.util.List<Heading> level1) {
        java.util.List<Heading> out = new java.util.ArrayList<>();
        if (level1.isEmpty()) {
            // a level-2 heading is taken only after a level-1 heading run into the same line
            return out;
        }
        String f = line.folded();
        Matcher m = INLINE_L2.matcher(f);
        int expected = 1;
        int parent = 0;
        while (m.find()) {
            while (parent < level1.size() && level1.get(parent).getOffset() - line.start() < m.start()) {
                parent++;
                expected = 1;
            }
            // only where the line shows it lost its breaks: after a level-1 heading run into it
            if (parent == 0 || Numerals.parse(m.group(1)) != expected) {
                continue;
            }
            int titleStart = m.end();
            Matcher e = INLINE_L2_END.matcher(f).region(titleStart, f.length());
            int end = e.find() ? e.start() : f.length();
            String title = f.substring(titleStart, end).strip();
            int len = title.codePointCount(0, title.length());
            if (len < 2 || len > MAX_RUN_IN || FIGURE.matcher(unquoted(title)).find()) {
                continue;
            }
            int offset = line.start() + m.start();
            Matcher y = YEAR.matcher(title);
            out.add(new Heading(src, offset, line.start() + end, 2, expected, src.original().substring(offset,
                    line.start() + titleStart), "(一)", line.start() + titleStart,
                    y.find() ? Integer.valueOf(y.group(1)) : null, end < f.length()));
            expected++;
        }
        return out;
    }
}

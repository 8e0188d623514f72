package reportcheck.analysis;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reportcheck.facts.Figure;
import reportcheck.text.SourceText;

/**
 * Finds figures: a number, an optional 余/多, and a measure word, together with the words in
 * front of it back to the previous punctuation (the subject) and a year named earlier in the
 * same sentence (the period).
 */
final class FigureExtractor {
    // "22,808条": a digit and comma before the number mean it is the tail of a larger one
    // (?=\d) first: one character test at each position before the look-behinds run (twice as fast)
    private static final Pattern FIGURE = Pattern.compile(
            "(?=\\d)(?<![\\d.])(?<!\\d,)(\\d+(?:\\.\\d+)?)(余|多)?(万|亿)?(余|多)?"
            + "(人次|件次|家次|户次|批次|起|件|宗|人|名|次|项|个|家|户|份|场|条|篇|期|批|台|辆|支|把|发|公斤|千克|吨|元|所|处|座|张|本|册|部|套|路|卷|案|%)?");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
    /** Words that end a subject but say nothing of what is measured. */
    private static final Pattern TRAILING = Pattern.compile("(共计|累计|总计|合计|共|达到|达|为|约|近|超过|超|逾|了|有|各类|等)+$");
    private static final Pattern APPROX_BEFORE = Pattern.compile("(约|近|超过|超|逾|大约)$");
    private static final Pattern QUALIFIER = Pattern.compile("(同比|环比|比上年|较上年|其中|共计|累计|总计|合计|共|约|近|超过|超|逾|增长|增加|下降|减少|提升|提高|上升)$");
    /**
     * The last characters of the words of TRAILING, APPROX_BEFORE and QUALIFIER: a subject ending
     * otherwise is spared their search, which tries every position of it.
     */
    private static final String TRAILING_LAST = "计共到达为约近过超逾了有类等";
    private static final String APPROX_LAST = "约近过超逾";
    private static final String QUALIFIER_LAST = "比年中计共约近过超逾长加降少升高";
    private static final int KEY_LENGTH = 5;

    private FigureExtractor() {
    }

    static void extract(SourceText src, Line line, List<Figure> out) {
        String f = src.folded();
        // the pattern is tried only where a digit stands, as its look-ahead demands: a search tries
        // every character. Its look-behinds see the line's own characters, and before the line only
        // white space, as they would in a search bounded by the line
        Matcher m = FIGURE.matcher(f).useTransparentBounds(true);
        // the start of the current sentence, carried forward as the figures come in order, so a long
        // line without a full stop is still scanned once
        int sentence = line.start();
        int scanned = line.start();
        FigureScope.Scopes scopes = null;
        Periods periods = new Periods(f, line.start());
        for (int p = line.start(); p < line.end(); ) {
            if (!isDigit(f.charAt(p)) || !m.region(p, line.end()).lookingAt()) {
                p++;
                continue;
            }
            p = m.end();
            if (m.group(5) == null && m.group(3) == null) {
                continue; // a bare number: a year, an ordinal, part of a name
            }
            int numStart = m.start(1);
            for (; scanned < numStart; scanned++) {
                if (Measures.isSentenceEnd(f.charAt(scanned))) {
                    sentence = scanned + 1;
                }
            }
            int subjStart = numStart;
            while (subjStart > line.start() && !isBoundary(f.charAt(subjStart - 1))) {
                subjStart--;
            }
            String subject = f.substring(subjStart, numStart).strip();
            String bare = mayEnd(subject, TRAILING_LAST) ? TRAILING.matcher(subject).replaceAll("") : subject;
            String key = null;
            boolean nounFollows = m.end() < line.end() && isHan(f.charAt(m.end()));
            if (nounFollows) {
                // "20个工作日", "78名律师": the thing counted follows the number, the words in
                // front do not name it, so this figure gets no key
                key = null;
            } else if (bare.indexOf('的') >= 0) {
                // "其他未符合规定的案件": the modifier is part of what is measured
                key = bare;
            } else if (bare.length() >= KEY_LENGTH) {
                String tail = bare.substring(bare.length() - KEY_LENGTH);
                if (tail.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                    key = tail;
                }
            }
            Matcher q = QUALIFIER.matcher(subject);
            String qualifier = mayEnd(subject, QUALIFIER_LAST) && q.find() ? q.group(1) : "";
            boolean approx = m.group(2) != null || m.group(4) != null
                    || mayEnd(subject, APPROX_LAST) && APPROX_BEFORE.matcher(subject).find()
                    || f.startsWith("左右", m.end());
            double scale = "万".equals(m.group(3)) ? 1e4 : "亿".equals(m.group(3)) ? 1e8 : 1;
            double value = Double.parseDouble(m.group(1)) * scale;
            // "105万人": the measure word is 人; "1500万" alone: the unit is the multiplier
            String unit = m.group(5) != null ? m.group(5) : m.group(3);
            if (scopes == null) {
                scopes = new FigureScope.Scopes(f, line.start(), line.end());
            }
            out.add(new Figure(src, subjStart, m.end(), value, m.group(1), unit, subject, key,
                    periods.at(numStart), approx, qualifier, numStart, scopes.of(numStart),
                    sentence));
        }
    }

    /**
     * Whether a pattern anchored at the end ($) may match {@code s}: its last character is one the
     * pattern's words end with, or a line terminator, before which $ also matches.
     */
    private static boolean mayEnd(String s, String lastChars) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(s.length() - 1);
        return lastChars.indexOf(c) >= 0 || c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHan(char c) {
        return reportcheck.text.Han.is(c);
    }

    private static boolean isBoundary(char c) {
        return ClauseSplitter.isSentenceEnd(c) || ClauseSplitter.isClauseEnd(c) || c == '、' || c == '('
                || c == ')' || c == '“' || c == '”' || c == '"' || Character.isDigit(c);
    }

    /**
     * The year named last before a figure in its sentence ("2024年…办理12件": 2024), for the
     * figures of one line in their order: the line is read once, forward, not back to the sentence's
     * start for every figure. A year written as four digits and 年 is what counts.
     */
    static final class Periods {
        private final String f;
        private final Matcher year;
        /** Where the text is read up to, for sentence ends and years. */
        private int read;
        private Integer last;

        Periods(String f, int lineStart) {
            this.f = f;
            this.year = YEAR.matcher(f);
            this.read = lineStart;
        }

        /** The year for a figure whose number starts at {@code at}, not before the last one asked for. */
        Integer at(int at) {
            // a year and the figure are in one sentence when no sentence end stands between them; a
            // year's match holds none, and none holds a figure's start (a digit after no digit)
            int from = read;
            for (int k = read; k < at; k++) {
                if (ClauseSplitter.isSentenceEnd(f.charAt(k))) {
                    last = null;
                    from = k + 1;
                }
            }
            if (from < at && f.lastIndexOf('年', at - 1) >= from) {
                year.region(from, at);
                while (year.find()) {
                    last = Integer.valueOf(year.group(1));
                }
            }
            read = Math.max(read, at);
            return last;
        }
    }
}

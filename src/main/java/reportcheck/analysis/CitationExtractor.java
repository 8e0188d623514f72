package reportcheck.analysis;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reportcheck.facts.CitedTitle;
import reportcheck.facts.Keys;
import reportcheck.text.SourceText;

/**
 * Finds titles cited in 《…》 and the 〈…〉 titles inside them, and splits a trailing bracketed
 * year range off the name so that citations of one document can be compared.
 */
final class CitationExtractor {
    /** A year range in brackets at the end of a title: (2021—2025年), (2020-2025). */
    private static final Pattern RANGE = Pattern.compile(
            "\\(\\s*(\\d{4})\\s*(年)?\\s*([—–―─\\-~〜至到]+)\\s*(\\d{4})\\s*(年)?\\s*\\)\\s*$");

    private CitationExtractor() {
    }

    static void extract(SourceText src, Line line, List<CitedTitle> out) {
        String f = src.folded();
        int i = line.start();
        while (i < line.end()) {
            char c = f.charAt(i);
            if (c == '《') {
                i = title(src, line, i, '《', '》', false, out);
            } else {
                i++;
            }
        }
    }

    /** Reads a title opening at {@code open}; returns the offset to continue from. */
    private static int title(SourceText src, Line line, int open, char left, char right, boolean nested,
            List<CitedTitle> out) {
        String f = src.folded();
        int i = open + 1;
        while (i < line.end()) {
            char c = f.charAt(i);
            if (c == right) {
                add(src, open, i + 1, true, nested, out);
                return i + 1;
            }
            if (!nested && c == '〈') {
                i = title(src, line, i, '〈', '〉', true, out);
                continue;
            }
            if (c == left || (nested && c == '》')) {
                // a new title opens (or the outer one closes) before this one was closed
                add(src, open, i, false, nested, out);
                return i;
            }
            i++;
        }
        add(src, open, line.end(), false, nested, out);
        return line.end();
    }

    private static void add(SourceText src, int start, int end, boolean closed, boolean nested, List<CitedTitle> out) {
        String inner = src.folded().substring(start + 1, closed ? end - 1 : end);
        Matcher m = RANGE.matcher(inner);
        if (m.find()) {
            String name = inner.substring(0, m.start());
            String range = inner.substring(m.start() + 1, inner.lastIndexOf(')')).strip();
            out.add(new CitedTitle(src, start, end, nested, closed, name, Integer.valueOf(m.group(1)),
                    Integer.valueOf(m.group(4)), range, m.group(3), m.group(5) != null));
        } else {
            out.add(new CitedTitle(src, start, end, nested, closed, inner, null, null, null, null, false));
        }
    }

    static String key(String name) {
        return Keys.compact(name);
    }
}

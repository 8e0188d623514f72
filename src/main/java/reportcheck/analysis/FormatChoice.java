package reportcheck.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import reportcheck.facts.FormatUse;
import reportcheck.knowledge.TableFormat;
import reportcheck.text.SourceText;

/**
 * Which format a report's tables follow (the one whose own labels they show) and which formats
 * its text cites by document number, for the rules on format versions.
 */
final class FormatChoice {
    private FormatChoice() {
    }

    /** The format whose own labels (those no other format has) the tables show most; the latest on a tie. */
    static TableFormat choose(Map<String, List<List<TableRows.Cell>>> sources, List<TableFormat> formats) {
        TableFormat best = formats.get(formats.size() - 1);
        int bestScore = 0;
        for (TableFormat f : formats) {
            Set<String> own = own(f, formats);
            int score = 0;
            for (var rows : sources.values()) {
                for (var row : rows) {
                    for (TableRows.Cell c : row) {
                        score += own.contains(TableEntries.core(c.text(), false)) ? 1 : 0;
                    }
                }
            }
            if (score > bestScore) {
                best = f;
                bestScore = score;
            }
        }
        return best;
    }

    /** The cores of the labels and column names only this format has. */
    private static Set<String> own(TableFormat f, List<TableFormat> formats) {
        Set<String> mine = words(f);
        for (TableFormat o : formats) {
            if (o != f) {
                mine.removeAll(words(o));
            }
        }
        return mine;
    }

    private static Set<String> words(TableFormat f) {
        Set<String> w = new HashSet<>();
        for (TableFormat.Table t : f.tables()) {
            t.rows().forEach(r -> {
                w.add(TableEntries.core(r.label(), false));
                r.columns().forEach(c -> w.add(TableEntries.core(c, false)));
            });
        }
        return w;
    }

    /** The format the tables follow, at its first own label; and every format the text cites by number. */
    static List<FormatUse> uses(SourceText src, List<Line> lines, Map<String, List<List<TableRows.Cell>>> sources,
            List<TableFormat> formats, TableFormat used) {
        List<FormatUse> out = new ArrayList<>();
        Set<String> own = own(used, formats);
        outer:
        for (String id : List.of("二", "三", "四")) {
            for (var row : sources.getOrDefault(id, List.of())) {
                for (TableRows.Cell c : row) {
                    if (c.offset() >= 0 && own.contains(TableEntries.core(c.text(), false))) {
                        out.add(new FormatUse(src, c.offset(), c.end(), used.id(), used.name(), used.citation(),
                                used.fromYear(), used.toYear(), false));
                        break outer;
                    }
                }
            }
        }
        for (TableFormat f : formats) {
            for (Line l : lines) {
                Matcher m = f.citationPattern().matcher(l.folded());
                if (m.find()) {
                    out.add(new FormatUse(src, l.start() + m.start(), l.start() + m.end(), f.id(), f.name(),
                            f.citation(), f.fromYear(), f.toYear(), true));
                    break;
                }
            }
        }
        return out;
    }
}

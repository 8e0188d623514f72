package reportcheck.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import reportcheck.facts.TableCell;
import reportcheck.facts.TableLabel;
import reportcheck.facts.TableRead;
import reportcheck.knowledge.TableFormat;
import reportcheck.text.SourceText;
import reportcheck.text.TableGrid;

/**
 * Finds the tables of a mandated format (rules/data/formats) in a report and turns them into
 * facts: each cell placed and labelled by the format's row and column, which format the tables
 * follow, row labels that drift from the format's, and tables that could not be read with
 * confidence. Nothing is inferred: a row with more or fewer cells than the format has is not
 * read, and the table is marked incomplete with the reason.
 */
final class FormatTables {
    private final SourceText src;
    private final List<Object> out = new ArrayList<>();
    private final Set<Integer> tableLines = new java.util.TreeSet<>();
    private boolean recognisedAny;

    /** The facts, and the lines that are rows or cells of a recognised table (not text, not headings). */
    record Result(List<Object> facts, Set<Integer> lines) {
    }

    private FormatTables(SourceText src) {
        this.src = src;
    }

    static Result build(SourceText src, List<Line> lines, List<TableGrid> grids, List<TableFormat> formats) {
        if (formats.isEmpty()) {
            return new Result(List.of(), Set.of());
        }
        FormatTables t = new FormatTables(src);
        t.read(lines, grids, formats);
        return new Result(t.out, t.tableLines);
    }

    private void read(List<Line> lines, List<TableGrid> grids, List<TableFormat> formats) {
        TableFormat any = formats.get(formats.size() - 1);
        Map<String, Integer> titles = new LinkedHashMap<>();
        List<String> candidates = TableLocator.titleCandidates(lines);
        for (TableFormat.Table t : any.tables()) {
            int at = TableLocator.titleLine(candidates, t);
            if (at >= 0) {
                titles.put(t.id(), at);
            }
        }
        Map<String, List<List<TableRows.Cell>>> sources = new HashMap<>();
        if (!grids.isEmpty()) {
            for (TableGrid g : grids) {
                List<List<TableRows.Cell>> rows = TableRows.fromGrid(src, g);
                String id = TableLocator.classify(rows, any);
                if (id != null) {
                    sources.putIfAbsent(id, rows);
                }
            }
        }
        for (var e : titles.entrySet()) {
            if (sources.containsKey(e.getKey())) {
                continue;
            }
            int end = TableLocator.regionEnd(lines, e.getValue(), titles, any.table(e.getKey()));
            // beside a reader's grids (a web page laid out in tables), a table written as text with bars
            // is still read from its lines; the lines of a grid no format claims are not a text table
            if (grids.isEmpty() || barred(lines, e.getValue() + 1, end)) {
                sources.put(e.getKey(), TableRows.fromLines(lines, e.getValue() + 1, end));
            }
        }
        if (!titles.containsKey("三") && !sources.containsKey("三") && !TableLocator.shown(sources.get("二"), formats)) {
            return;
        }
        TableFormat format = FormatChoice.choose(sources, formats);
        for (TableFormat.Table t : format.tables()) {
            Line title = titles.containsKey(t.id()) ? lines.get(titles.get(t.id())) : null;
            List<List<TableRows.Cell>> rows = sources.get(t.id());
            if (rows == null) {
                if (title != null) {
                    out.add(new TableRead(src, title.start(), title.end(), t.id(), format.id(), false,
                            "在标题下没有读出表格（扫描件、图片或无法识别的排版）"));
                }
                continue;
            }
            List<TableEntries.Entry> entries = TableEntries.read(rows);
            markLines(t, rows, entries);
            List<String> reasons = new ArrayList<>();
            int before = out.size();
            switch (t.id()) {
                case "三" -> ordered(format, t, entries, reasons);
                case "四" -> single(format, t, entries, reasons);
                default -> anyOrder(format, t, entries, reasons);
            }
            int[] where = place(title, rows, before);
            if (where != null) {
                out.add(new TableRead(src, where[0], where[1], t.id(), format.id(), reasons.isEmpty(),
                        String.join("；", reasons)));
            }
        }
        if (!recognisedAny && titles.size() < 2) {
            // one heading that reads like a table's title, and no row of any table: another genre's
            // section on 政务公开, not a table that could not be read
            out.clear();
            return;
        }
        out.addAll(FormatChoice.uses(src, lines, sources, formats, format));
        out.addAll(TableMentions.find(src, lines));
    }

    private static boolean barred(List<Line> lines, int from, int to) {
        for (int i = from; i < to; i++) {
            if (lines.get(i).folded().indexOf('|') >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A table whose labels are the format's: its rows' lines are table, not prose (a sentence in between stays prose). */
    private void markLines(TableFormat.Table t, List<List<TableRows.Cell>> rows, List<TableEntries.Entry> entries) {
        boolean recognised = entries.stream()
                .anyMatch(e -> t.rows().stream().anyMatch(r -> TableLocator.match(e.label().text(), r.label()) != null));
        if (!recognised) {
            return;
        }
        recognisedAny = true;
        for (List<TableRows.Cell> row : rows) {
            for (TableRows.Cell c : row) {
                if (c.offset() >= 0 && c.text().length() <= 60 && c.text().indexOf('。') < 0) {
                    tableLines.add(src.lineOf(c.offset()));
                }
            }
        }
    }

    /** Table 三: the format's rows in order, group rows optional, each with all its cells. */
    private void ordered(TableFormat f, TableFormat.Table t, List<TableEntries.Entry> entries, List<String> reasons) {
        List<TableFormat.Row> rows = t.rows();
        int next = 0;
        Set<String> seen = new HashSet<>();
        for (TableEntries.Entry e : entries) {
            if (next >= rows.size()) {
                break;
            }
            int hit = -1;
            // before the first row only the first row may start the table; then a few rows ahead at most
            for (int j = next; j < Math.min(rows.size(), next == 0 ? 1 : next + 4); j++) {
                if (TableLocator.match(e.label().text(), rows.get(j).label()) != null) {
                    hit = j;
                    break;
                }
            }
            if (hit < 0) {
                if (next > 0 && e.anyFilled()) {
                    reasons.add("「" + shown(e.label()) + "」一行不是格式中的行");
                }
                continue;
            }
            next = hit + 1;
            TableFormat.Row r = rows.get(hit);
            seen.add(r.key());
            label(f, t, e, r);
            if (r.hasCells()) {
                cells(f, t, e, r, "", reasons);
            }
        }
        List<String> missing = rows.stream().filter(r -> r.hasCells() && !seen.contains(r.key()))
                .map(TableFormat.Row::label).toList();
        if (!missing.isEmpty()) {
            reasons.add("没有读到" + (missing.size() > 3 ? "「" + missing.get(0) + "」等" + missing.size() + "行"
                    : "「" + String.join("」「", missing) + "」"));
        }
    }

    /** Table 四: one row of cells, group by group (行政复议, then the two kinds of 行政诉讼). */
    private void single(TableFormat f, TableFormat.Table t, List<TableEntries.Entry> entries, List<String> reasons) {
        List<TableEntries.Entry> filled = entries.stream().filter(TableEntries.Entry::anyFilled).toList();
        int n = t.rows().size() * t.columns().size();
        List<TableRows.Cell> values = filled.size() == 1 ? filled.get(0).take(n) : null;
        if (values == null) {
            reasons.add(filled.isEmpty() ? "没有读到数字" : "读出的格数与格式的" + n + "格对不上");
            return;
        }
        TableEntries.Entry e = filled.get(0);
        int size = t.columns().size();
        for (int g = 0; g < t.rows().size(); g++) {
            TableFormat.Row r = t.rows().get(g);
            TableEntries.Entry part = new TableEntries.Entry(e.label(), new ArrayList<>(values.subList(g * size,
                    (g + 1) * size)), new boolean[1]);
            cells(f, t, part, r, r.label(), reasons);
        }
    }

    /** Table 二: each row of the format once, wherever it stands. */
    private void anyOrder(TableFormat f, TableFormat.Table t, List<TableEntries.Entry> entries, List<String> reasons) {
        Set<TableEntries.Entry> used = new HashSet<>();
        for (TableFormat.Row r : t.rows()) {
            TableEntries.Entry found = null;
            for (TableEntries.Entry e : entries) {
                if (!used.contains(e) && TableLocator.match(e.label().text(), r.label()) != null) {
                    found = e;
                    break;
                }
            }
            if (found == null) {
                reasons.add("没有读到「" + r.label() + "」行");
                continue;
            }
            used.add(found);
            label(f, t, found, r);
            cells(f, t, found, r, r.block(), reasons);
        }
    }

    private void cells(TableFormat f, TableFormat.Table t, TableEntries.Entry e, TableFormat.Row r, String group,
            List<String> reasons) {
        List<TableRows.Cell> values = e.take(r.columns().size());
        if (values == null) {
            reasons.add("「" + shown(e.label()) + "」一行读出" + e.values().size() + "格，格式有" + r.columns().size() + "格");
            return;
        }
        TableRows.Cell label = e.label();
        for (int i = 0; i < values.size(); i++) {
            TableRows.Cell v = values.get(i);
            String kind = TableEntries.kind(v.text());
            boolean placed = v.offset() >= 0 && !v.blank();
            int s = placed ? v.offset() : label.offset();
            int end = placed ? v.end() : label.end();
            if (s < 0) {
                reasons.add("「" + shown(label) + "」一行的位置无法确定");
                return;
            }
            String column = r.columns().get(i);
            out.add(new TableCell(src, s, end, t.id(), f.id(), r.key(), r.role(),
                    label.offset() >= 0 ? src.original().substring(label.offset(), label.end()) : r.label(), group,
                    column, i, column.equals(t.rowTotal()), kind, TableEntries.value(v.text()),
                    r.decimal().contains(column), r.signed().contains(column)));
        }
    }

    /** A row label that matches the format's only after setting wording aside. */
    private void label(TableFormat f, TableFormat.Table t, TableEntries.Entry e, TableFormat.Row r) {
        if (Boolean.TRUE.equals(TableLocator.match(e.label().text(), r.label())) && e.label().offset() >= 0) {
            out.add(new TableLabel(src, e.label().offset(), e.label().end(), t.id(), f.id(), r.label()));
        }
    }

    /** Where a table's read is reported: its title, else its first cell placed. */
    private int[] place(Line title, List<List<TableRows.Cell>> rows, int firstFact) {
        if (title != null) {
            return new int[] {title.start(), title.end()};
        }
        for (var row : rows) {
            for (TableRows.Cell c : row) {
                if (c.offset() >= 0 && !c.blank()) {
                    return new int[] {c.offset(), c.end()};
                }
            }
        }
        return null;
    }

    private String shown(TableRows.Cell c) {
        return c.offset() >= 0 ? src.original().substring(c.offset(), c.end()) : c.text();
    }
}

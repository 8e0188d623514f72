package reportcheck.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A mandated report format with fixed tables (rules/data/formats/*.json): the rows and columns
 * each table must have, what each row stands for in the table's own identities, the years the
 * format applies to and the document that set it.
 */
public record TableFormat(String id, String name, String source, String citation, Pattern citationPattern,
        int fromYear, Integer toYear, List<Table> tables, Map<String, String> driftLabels) {

    /** One table: its number (二, 三, 四), title, default columns and rows in the format's order. */
    public record Table(String id, String title, Pattern titlePattern, List<String> columns, String rowTotal,
            List<Row> rows) {
        public Row row(String key) {
            return rows.stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
        }
    }

    /**
     * A row: its key, label as the format prints it, role in the identities (new, carried,
     * result, group, total, forward for table 三; review and suit for table 四; item for table 二),
     * its own columns where they differ from the table's, and which of them may hold a decimal or a sign.
     */
    public record Row(String key, String label, String role, List<String> columns, String block,
            Set<String> decimal, Set<String> signed) {
        public boolean hasCells() {
            return !"group".equals(role);
        }
    }

    public Table table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }

    /** Whether a report on {@code year} should use this format. */
    public boolean appliesTo(int year) {
        return year >= fromYear && (toYear == null || year <= toYear);
    }
}

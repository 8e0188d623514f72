package reportcheck.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import reportcheck.text.Normalizer;

/** Loads rules/data/formats/*.json; no folder means no format and no table is read. */
public final class TableFormats {
    public static final String DIR = "formats";

    private TableFormats() {
    }

    public static List<TableFormat> load(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new KnowledgeException("无法读取表格格式目录 " + dir + "：" + e.getMessage(), e);
        }
        List<TableFormat> out = new ArrayList<>();
        for (Path f : files) {
            out.add(format(f));
        }
        out.sort(Comparator.comparingInt(TableFormat::fromYear));
        return List.copyOf(out);
    }

    private static TableFormat format(Path file) {
        JsonNode root = Json.read(file);
        String where = file.toString();
        List<TableFormat.Table> tables = new ArrayList<>();
        for (JsonNode t : root.path("tables")) {
            List<String> columns = strings(t.path("columns"));
            List<TableFormat.Row> rows = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            for (JsonNode r : t.path("rows")) {
                String key = Json.required(r, "key", where + " rows");
                if (!keys.add(key)) {
                    throw new KnowledgeException(where + "：表" + t.path("id").asText() + "的行 " + key + " 重复");
                }
                List<String> own = strings(r.path("columns"));
                rows.add(new TableFormat.Row(key, Normalizer.fold(Json.required(r, "label", where + " rows")),
                        Json.required(r, "role", where + " rows"), own.isEmpty() ? columns : own,
                        r.path("block").asText(""), Set.copyOf(strings(r.path("decimal"))),
                        Set.copyOf(strings(r.path("signed")))));
            }
            String title = Json.required(t, "title", where + " tables");
            Pattern titlePattern = t.hasNonNull("titlePattern") ? Pattern.compile(t.get("titlePattern").asText())
                    : Pattern.compile(Pattern.quote(title));
            tables.add(new TableFormat.Table(Json.required(t, "id", where + " tables"), title, titlePattern, columns,
                    t.path("rowTotal").asText(""), List.copyOf(rows)));
        }
        Map<String, String> drift = new LinkedHashMap<>();
        root.path("driftLabels").fields().forEachRemaining(e -> drift.put(e.getKey(), e.getValue().asText()));
        return new TableFormat(Json.required(root, "id", where), Json.required(root, "name", where),
                Json.required(root, "source", where), Json.required(root, "citation", where),
                Pattern.compile(Json.required(root, "citationPattern", where)), root.path("fromYear").asInt(),
                root.hasNonNull("toYear") ? root.get("toYear").asInt() : null, List.copyOf(tables), Map.copyOf(drift));
    }

    private static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(n -> out.add(Normalizer.fold(n.asText())));
        return out;
    }
}

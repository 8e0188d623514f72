package reportcheck.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Loads {@code rules/data/laws.json}: the national laws and administrative regulations, and repealed names. */
final class Laws {
    static final Set<String> KINDS = Set.of("constitution", "law", "regulation");

    private Laws() {
    }

    static List<Law> load(Path file) {
        JsonNode root = Json.read(file);
        List<Law> out = new ArrayList<>();
        if (root == null) {
            return out;
        }
        Set<String> names = new HashSet<>();
        read(root.path("laws"), true, file, names, out);
        read(root.path("repealed"), false, file, names, out);
        return out;
    }

    private static void read(JsonNode list, boolean inForce, Path file, Set<String> names, List<Law> out) {
        int n = 0;
        for (JsonNode e : list) {
            n++;
            String where = file + (inForce ? " laws" : " repealed") + " 第" + n + "项";
            String title = Json.required(e, "title", where);
            where = file + "（" + title + "）";
            String shortName = Json.required(e, "short", where);
            if (title.startsWith("《") || title.endsWith("》") || !title.endsWith(shortName)) {
                throw new KnowledgeException(where + "：title 不带书名号，short 是 title 去掉“中华人民共和国”后的部分");
            }
            String kind = Json.required(e, "kind", where);
            if (!KINDS.contains(kind)) {
                throw new KnowledgeException(where + "：kind 只能是 constitution、law 或 regulation");
            }
            if (!names.add(shortName)) {
                throw new KnowledgeException(where + "：名称重复：" + shortName);
            }
            out.add(new Law(title, shortName, kind, inForce, Json.date(e, "adopted", where), Json.date(e, "revised", where),
                    Json.optional(e, "number"), Json.date(e, "repealed", where), Json.optional(e, "by"),
                    Json.required(e, "source", where)));
        }
    }
}

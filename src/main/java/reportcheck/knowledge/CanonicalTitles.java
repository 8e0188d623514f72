package reportcheck.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reportcheck.facts.CanonicalTitle;
import reportcheck.facts.Keys;
import reportcheck.text.Normalizer;

/** Loads {@code rules/data/canonical-titles.json}: the documents reports cite, as they must be cited. */
final class CanonicalTitles {
    /** A year range in brackets at the end of a title, folded: (2021—2025年). */
    private static final Pattern RANGE = Pattern.compile("\\((\\d{4})\\s*年?\\s*[—–―\\-~]+\\s*(\\d{4})\\s*年?\\)$");
    /** Laws are cited without the state's name as often as with it; both are right. */
    private static final String STATE = "中华人民共和国";

    private CanonicalTitles() {
    }

    static List<CanonicalTitle> load(Path file) {
        JsonNode root = Json.read(file);
        List<CanonicalTitle> out = new ArrayList<>();
        if (root == null) {
            return out;
        }
        Set<String> ids = new HashSet<>();
        int n = 0;
        for (JsonNode d : root.path("documents")) {
            n++;
            String where = file + " 第" + n + "个文件";
            String id = Json.required(d, "id", where);
            where = file + "（" + id + "）";
            if (!ids.add(id)) {
                throw new KnowledgeException(where + "：id 重复");
            }
            out.add(document(d, id, where));
        }
        return out;
    }

    private static CanonicalTitle document(JsonNode d, String id, String where) {
        String title = Json.required(d, "title", where);
        if (title.startsWith("《") || title.endsWith("》")) {
            throw new KnowledgeException(where + "：title 不带书名号");
        }
        String folded = Normalizer.fold(title);
        Matcher m = RANGE.matcher(folded);
        Integer from = null;
        Integer to = null;
        String name = folded;
        if (m.find()) {
            from = Integer.valueOf(m.group(1));
            to = Integer.valueOf(m.group(2));
            name = folded.substring(0, m.start());
        }
        Set<String> keys = new LinkedHashSet<>();
        keys.addAll(keys(name));
        for (String v : Json.strings(d, "variants")) {
            keys.addAll(keys(Normalizer.fold(v)));
        }
        return new CanonicalTitle(id, title, name, new ArrayList<>(keys), from, to, Json.required(d, "kind", where),
                Json.optional(d, "issuer"), Json.optional(d, "number"), Json.date(d, "issued", where),
                Json.date(d, "inForce", where), Json.date(d, "revised", where), Json.date(d, "revisedInForce", where));
    }

    private static List<String> keys(String name) {
        String k = Keys.compact(name);
        return k.startsWith(STATE) && k.length() > STATE.length() ? List.of(k, k.substring(STATE.length())) : List.of(k);
    }
}

package reportcheck.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import reportcheck.facts.FixedTerm;
import reportcheck.facts.FormulaEdition;

/** Loads {@code rules/data/fixed-terms.json}: wrong forms of fixed terms, and formulas by edition. */
final class FixedTerms {
    private FixedTerms() {
    }

    static List<FixedTerm> terms(JsonNode root, Path file) {
        List<FixedTerm> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode t : root == null ? List.<JsonNode>of() : root.path("terms")) {
            String id = Json.required(t, "id", file + " terms");
            String where = file + "（" + id + "）";
            if (!ids.add(id)) {
                throw new KnowledgeException(where + "：id 重复");
            }
            String pattern = Json.required(t, "wrong", where);
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw new KnowledgeException(where + "：正则表达式有误 " + pattern + "：" + e.getDescription(), e);
            }
            String severity = t.path("severity").asText("error");
            if (!severity.equals("error") && !severity.equals("warning")) {
                throw new KnowledgeException(where + "：severity 只能是 error 或 warning");
            }
            out.add(new FixedTerm(id, pattern, Json.required(t, "right", where), Json.required(t, "reason", where),
                    t.path("norm").asText(""), severity, t.path("inTitles").asBoolean(false)));
        }
        return out;
    }

    static List<FormulaEdition> formulas(JsonNode root, Path file) {
        record Raw(String id, String family, String source, int from, int to, List<String> items) {
        }
        List<Raw> raw = new ArrayList<>();
        for (JsonNode f : root == null ? List.<JsonNode>of() : root.path("formulas")) {
            String id = Json.required(f, "id", file + " formulas");
            String where = file + "（" + id + "）";
            Integer from = Json.year(f, "yearFrom", where);
            Integer to = Json.year(f, "yearTo", where);
            List<String> items = Json.strings(f, "items");
            if (from == null || to == null || items.size() < 2) {
                throw new KnowledgeException(where + "：需要 yearFrom、yearTo 和至少两项 items");
            }
            raw.add(new Raw(id, Json.required(f, "family", where), Json.required(f, "source", where), from, to, items));
        }
        List<FormulaEdition> out = new ArrayList<>();
        for (Raw r : raw) {
            // an item is the edition's own when no other edition of the formula has it
            List<String> unique = r.items().stream().filter(i -> raw.stream()
                    .noneMatch(o -> o != r && o.family().equals(r.family()) && o.items().contains(i))).toList();
            out.add(new FormulaEdition(r.id(), r.family(), r.source(), r.from(), r.to(), r.items(), unique));
        }
        return out;
    }
}

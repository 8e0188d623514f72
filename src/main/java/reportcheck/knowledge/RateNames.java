package reportcheck.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import reportcheck.text.Normalizer;

/** Loads {@code rules/data/rates.json}; a missing file means no rate is recomputed. */
public final class RateNames {
    public static final String FILE = "rates.json";

    private RateNames() {
    }

    public static List<RateName> load(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        JsonNode root = Json.read(file);
        List<RateName> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode r : root == null ? List.<JsonNode>of() : root.path("rates")) {
            String rate = Normalizer.fold(Json.required(r, "rate", file + " rates"));
            String where = file + "（" + rate + "）";
            if (!rate.endsWith("率") || rate.length() < 2) {
                throw new KnowledgeException(where + "：rate 应是以“率”结尾的名称");
            }
            if (!seen.add(rate)) {
                throw new KnowledgeException(where + "：rate 重复");
            }
            List<String> numerator = words(r, "numerator", where);
            List<String> base = words(r, "base", where);
            if (numerator.isEmpty() || base.isEmpty()) {
                throw new KnowledgeException(where + "：numerator 和 base 都至少要有一个词");
            }
            out.add(new RateName(rate, numerator, base, words(r, "parts", where), Json.required(r, "source", where)));
        }
        return out;
    }

    /** The listed rate that {@code stem} (the words before 率) names: the longest that it ends with. */
    public static RateName find(List<RateName> rates, String stem) {
        RateName found = null;
        for (RateName r : rates) {
            if (stem.endsWith(r.stem()) && (found == null || r.stem().length() > found.stem().length())) {
                found = r;
            }
        }
        return found;
    }

    private static List<String> words(JsonNode r, String field, String where) {
        List<String> out = new ArrayList<>();
        for (JsonNode w : r.path(field)) {
            if (!w.isTextual() || w.asText().isBlank()) {
                throw new KnowledgeException(where + "：" + field + " 中有空词");
            }
            out.add(Normalizer.fold(w.asText().strip()));
        }
        return out;
    }
}

package reportcheck.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import reportcheck.facts.MiswrittenWord;
import reportcheck.text.Normalizer;

/** Loads {@code rules/data/miswritten-words.json}: words reports miswrite, each with its right form and source. */
final class MiswrittenWords {
    private MiswrittenWords() {
    }

    static List<MiswrittenWord> load(Path file) {
        JsonNode root = Json.read(file);
        List<MiswrittenWord> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode w : root == null ? List.<JsonNode>of() : root.path("words")) {
            String wrong = Normalizer.fold(Json.required(w, "wrong", file + " words"));
            String where = file + "（" + wrong + "）";
            if (!seen.add(wrong)) {
                throw new KnowledgeException(where + "：wrong 重复");
            }
            String right = Json.required(w, "right", where);
            if (right.contains(wrong)) {
                throw new KnowledgeException(where + "：right 含有 wrong 本身，改正后仍会被报告");
            }
            String after = w.path("after").asText("");
            try {
                Pattern.compile(after);
            } catch (PatternSyntaxException e) {
                throw new KnowledgeException(where + "：after 正则表达式有误 " + after + "：" + e.getDescription(), e);
            }
            String severity = w.path("severity").asText("error");
            if (!severity.equals("error") && !severity.equals("warning")) {
                throw new KnowledgeException(where + "：severity 只能是 error 或 warning");
            }
            out.add(new MiswrittenWord(wrong, right, after, Json.required(w, "reason", where),
                    Json.required(w, "source", where), severity));
        }
        return out;
    }
}

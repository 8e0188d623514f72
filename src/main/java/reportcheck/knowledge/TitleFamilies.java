package reportcheck.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import reportcheck.facts.TitleFamily;
import reportcheck.text.Normalizer;

/** Loads {@code rules/data/title-families.json}: local document families named by a fixed pattern. */
final class TitleFamilies {
    static final String PLACE = "{地名}";
    private static final Pattern SPAN = Pattern.compile("(\\d{4})—(\\d{4})");

    private TitleFamilies() {
    }

    static List<TitleFamily> load(Path file) {
        JsonNode root = Json.read(file);
        List<TitleFamily> out = new ArrayList<>();
        if (root == null) {
            return out;
        }
        String defaultPlace = Json.required(root, "place", file.toString());
        Set<String> ids = new HashSet<>();
        for (JsonNode f : root.path("families")) {
            String id = Json.required(f, "id", file + " families");
            String where = file + "（" + id + "）";
            if (!ids.add(id)) {
                throw new KnowledgeException(where + "：id 重复");
            }
            String placeText = f.hasNonNull("place") ? Json.required(f, "place", where) : defaultPlace;
            Pattern place = compile(placeText, where + " place");
            List<Pattern> shapes = new ArrayList<>();
            List<String> middles = new ArrayList<>();
            for (JsonNode t : f.path("titles")) {
                String shape = Normalizer.fold(t.asText().strip());
                int at = shape.indexOf(PLACE);
                if (at < 0 || shape.indexOf(PLACE, at + 1) >= 0) {
                    throw new KnowledgeException(where + "：titles 中的 " + shape + " 应含一个 " + PLACE);
                }
                String before = shape.substring(0, at);
                String after = shape.substring(at + PLACE.length());
                shapes.add(compile(Pattern.quote(before) + "(?<place>" + placeText + ")" + Pattern.quote(after),
                        where + " titles"));
                if (before.isEmpty()) {
                    middles.add(after);
                }
            }
            if (shapes.isEmpty()) {
                throw new KnowledgeException(where + "：缺少 titles");
            }
            List<int[]> spans = new ArrayList<>();
            for (JsonNode s : f.path("spans")) {
                Matcher m = SPAN.matcher(s.asText().strip());
                if (!m.matches() || Integer.parseInt(m.group(1)) >= Integer.parseInt(m.group(2))) {
                    throw new KnowledgeException(where + "：spans 应写成 2021—2025（前一年份小于后一年份），而不是 " + s.asText());
                }
                spans.add(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
            }
            List<String> neighbours = new ArrayList<>();
            for (JsonNode n : f.path("neighbours")) {
                neighbours.add(Normalizer.fold(n.asText().strip()));
            }
            out.add(new TitleFamily(id, Json.required(f, "name", where), shapes, middles, place, spans,
                    f.path("slips").asBoolean(false), neighbours, Json.required(f, "source", where)));
        }
        return out;
    }

    private static Pattern compile(String regex, String where) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new KnowledgeException(where + "：正则表达式有误 " + regex + "：" + e.getDescription(), e);
        }
    }
}

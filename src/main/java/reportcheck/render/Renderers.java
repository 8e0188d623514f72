package reportcheck.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The output formats by name, in the order {@code --format} lists them. */
public final class Renderers {
    private final Map<String, OutputFormat> byName = new LinkedHashMap<>();

    public Renderers(List<? extends OutputFormat> renderers) {
        for (OutputFormat r : renderers) {
            byName.put(r.format(), r);
        }
    }

    public static Renderers standard() {
        return new Renderers(List.of(new JsonRenderer(), new MarkdownRenderer(), new HtmlRenderer(),
                new DocxCommentRenderer()));
    }

    public List<String> names() {
        return new ArrayList<>(byName.keySet());
    }

    /** The renderers for a comma-separated list such as {@code json,md}. */
    public List<OutputFormat> select(String list) {
        List<OutputFormat> out = new ArrayList<>();
        for (String name : list.split(",", -1)) {
            String n = name.strip();
            if (n.isEmpty()) {
                // "json,,md" is a slip (a format left out?), not a list of two
                throw new IllegalArgumentException("--format「" + list + "」中有空的一项；格式用逗号分隔，如 json,md（可用："
                        + String.join("、", names()) + "）");
            }
            OutputFormat r = byName.get(n);
            if (r == null) {
                throw new IllegalArgumentException("--format 中的「" + n + "」不是已知格式（可用：" + String.join("、",
                        names()) + "）");
            }
            if (!out.contains(r)) {
                out.add(r);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("--format 没有给出任何格式（可用：" + String.join("、", names()) + "）");
        }
        return out;
    }
}

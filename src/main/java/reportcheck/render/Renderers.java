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
        for (String name : list.split(",")) {
            String n = name.strip();
            if (n.isEmpty()) {
                continue;
            }
            OutputFormat r = byName.get(n);
            if (r == null) {
                throw new IllegalArgumentException("unknown format '" + n + "' (available: " + String.join(", ",
                        names()) + ")");
            }
            if (!out.contains(r)) {
                out.add(r);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no output format given");
        }
        return out;
    }
}

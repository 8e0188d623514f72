package reportcheck.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The renderers by format name. */
public final class Renderers {
    private final Map<String, Renderer> byName = new LinkedHashMap<>();

    public Renderers(List<Renderer> renderers) {
        for (Renderer r : renderers) {
            byName.put(r.format(), r);
        }
    }

    public static Renderers standard() {
        return new Renderers(List.of(new JsonRenderer(), new MarkdownRenderer()));
    }

    public List<String> names() {
        return new ArrayList<>(byName.keySet());
    }

    /** The renderers for a comma-separated list such as {@code json,md}. */
    public List<Renderer> select(String list) {
        List<Renderer> out = new ArrayList<>();
        for (String name : list.split(",")) {
            String n = name.strip();
            if (n.isEmpty()) {
                continue;
            }
            Renderer r = byName.get(n);
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

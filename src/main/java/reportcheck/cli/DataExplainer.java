package reportcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the data behind a data-driven rule: the files under {@code rules/data/} its
 * {@code @explain} points to, how many entries each list holds and one entry as it stands there,
 * so a reviewer sees which entry a finding came from and where to correct or add one.
 */
final class DataExplainer {
    private static final Pattern DATA_FILE = Pattern.compile("rules/data/([A-Za-z0-9._-]+\\.json)");

    private DataExplainer() {
    }

    static void describe(String explain, Path rulesDir, PrintWriter out) {
        if (explain == null) {
            return;
        }
        Set<String> files = new LinkedHashSet<>();
        Matcher m = DATA_FILE.matcher(explain);
        while (m.find()) {
            files.add(m.group(1));
        }
        for (String name : files) {
            Path file = rulesDir.resolve("data").resolve(name);
            out.println();
            out.println("依据的数据：" + file + "（每条一项，改这个文件即可，无需重新编译）");
            JsonNode root;
            try {
                root = Files.isRegularFile(file) ? new ObjectMapper().readTree(file.toFile()) : null;
            } catch (IOException e) {
                out.println("  （无法读取：" + e.getMessage() + "）");
                continue;
            }
            if (root == null) {
                out.println("  （文件不存在）");
                continue;
            }
            if (root.hasNonNull("source")) {
                out.println("  来源：" + root.get("source").asText());
            }
            for (Map.Entry<String, JsonNode> list : (Iterable<Map.Entry<String, JsonNode>>) root::fields) {
                JsonNode entries = list.getValue();
                if (!entries.isArray() || entries.isEmpty()) {
                    continue;
                }
                out.println("  " + list.getKey() + "：" + entries.size() + " 条，例如：" + entries.get(0));
            }
        }
    }
}

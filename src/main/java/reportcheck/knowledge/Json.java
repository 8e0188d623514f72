package reportcheck.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import reportcheck.config.ConfigException;
import reportcheck.config.OptionFile;

/** Reading the JSON data files, with errors that name the file and the entry. */
final class Json {
    private static final Pattern DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

    private Json() {
    }

    /** The root of {@code file}, or null when the file does not exist (the data is optional). */
    static JsonNode read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return new ObjectMapper().readTree(text(file, "数据文件"));
        } catch (IOException e) {
            throw new KnowledgeException(file + "：无法解析 JSON：" + e.getMessage(), e);
        }
    }

    /** The text of a data file, bounded in size and without a byte-order mark. */
    static String text(Path file, String what) {
        try {
            return OptionFile.read(file, what);
        } catch (ConfigException e) {
            throw new KnowledgeException(e.getMessage(), e);
        }
    }

    static String required(JsonNode n, String field, String where) {
        if (!n.hasNonNull(field) || n.get(field).asText().isBlank()) {
            throw new KnowledgeException(where + "：缺少字段 \"" + field + "\"");
        }
        return n.get(field).asText().strip();
    }

    static String optional(JsonNode n, String field) {
        return n.hasNonNull(field) && !n.get(field).asText().isBlank() ? n.get(field).asText().strip() : null;
    }

    /** An optional date written 2019, 2019-05 or 2019-05-06. */
    static String date(JsonNode n, String field, String where) {
        String d = optional(n, field);
        if (d != null && !DATE.matcher(d).matches()) {
            throw new KnowledgeException(where + "：字段 \"" + field + "\" 应写成 2019-05-06 或 2019-05，而不是 " + d);
        }
        return d;
    }

    static Integer year(JsonNode n, String field, String where) {
        if (!n.hasNonNull(field)) {
            return null;
        }
        if (!n.get(field).canConvertToInt()) {
            throw new KnowledgeException(where + "：字段 \"" + field + "\" 应是年份数字");
        }
        return n.get(field).asInt();
    }

    static List<String> strings(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : n.path(field)) {
            if (!s.asText().isBlank()) {
                out.add(s.asText().strip());
            }
        }
        return out;
    }
}

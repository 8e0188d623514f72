package reportcheck.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Findings a user has accepted. An entry names the rule and the evidence (the quoted text), and
 * optionally the report by file name; it does not name a line, so it still matches after the
 * text around it is edited. Each entry accepts one finding, so a defect accepted once and then
 * copied elsewhere shows up again. File: {@code {"version": 1, "accepted": [{"report", "rule",
 * "evidence"}]}}; an entry without "report" applies to every report.
 */
public final class Baseline {
    public static final int VERSION = 1;

    /** One accepted finding; {@code report} is a file name, or null for any report. */
    public record Entry(String report, String rule, String evidence) {
        public boolean accepts(String reportName, String ruleId, String text) {
            return rule.equals(ruleId) && evidence.equals(text) && (report == null || report.equals(reportName));
        }
    }

    private final List<Entry> entries;

    public Baseline(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static Baseline none() {
        return new Baseline(List.of());
    }

    public List<Entry> entries() {
        return entries;
    }

    public static Baseline load(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(OptionFile.read(file, "基线文件"));
        } catch (JsonProcessingException e) {
            throw new ConfigException("基线文件 " + file + " 不是有效的 JSON" + (e.getLocation() == null ? "" : "（第 "
                    + e.getLocation().getLineNr() + " 行第 " + e.getLocation().getColumnNr() + " 列）") + "：" + e.getOriginalMessage());
        }
        if (root == null || !root.path("accepted").isArray() || root.path("version").asInt() != VERSION) {
            throw new ConfigException("基线文件 " + file + " 格式不对：应为 {\"version\": 1, \"accepted\": [...]}");
        }
        List<Entry> out = new ArrayList<>();
        for (JsonNode n : root.get("accepted")) {
            if (!n.path("rule").isTextual() || !n.path("evidence").isTextual()) {
                throw new ConfigException("基线文件 " + file + " 中有条目缺少 rule 或 evidence：" + n);
            }
            out.add(new Entry(n.path("report").isTextual() ? n.get("report").asText() : null,
                    n.get("rule").asText(), n.get("evidence").asText()));
        }
        return new Baseline(out);
    }

    /** Writes the entries through a temporary file, so a failed write leaves any old baseline whole. */
    public void write(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("version", VERSION);
        ArrayNode arr = root.putArray("accepted");
        for (Entry e : entries) {
            ObjectNode n = arr.addObject();
            if (e.report() != null) {
                n.put("report", e.report());
            }
            n.put("rule", e.rule());
            n.put("evidence", e.evidence());
        }
        Path abs = file.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = Files.createTempFile(abs.getParent(), ".baseline", ".tmp");
        try {
            Files.writeString(tmp, json.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}

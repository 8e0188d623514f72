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
 * "evidence", "title", "issuer"}]}}; an entry without "report" applies to every report. A report
 * whose file name the baseline does not know is matched by its title and issuer, both as the
 * baseline recorded them: a draft renamed since keeps its accepted findings.
 */
public final class Baseline {
    public static final int VERSION = 1;

    /**
     * One accepted finding; {@code report} is a file name, or null for any report. {@code title}
     * and {@code issuer} are those of the report when the entry was written (null if unknown or
     * for an older file): they let the entry follow the report when its file is renamed.
     */
    public record Entry(String report, String rule, String evidence, String title, String issuer) {
        public Entry(String report, String rule, String evidence) {
            this(report, rule, evidence, null, null);
        }

        public boolean accepts(String reportName, String ruleId, String text) {
            return rule.equals(ruleId) && evidence.equals(text) && (report == null || report.equals(reportName));
        }

        /** The same report under another name: same title and issuer, both known. */
        boolean sameReport(String reportTitle, String reportIssuer) {
            return title != null && issuer != null && title.equals(reportTitle) && issuer.equals(reportIssuer);
        }
    }

    /**
     * The file name under which this baseline holds a report of this title and issuer, when none
     * of its entries names {@code reportName} itself: the report was renamed since the baseline
     * was written. Null when the name is there, the title or issuer is unknown, or nothing matches;
     * of several names with that title and issuer, the first in the file.
     */
    public String renamedFrom(String reportName, String title, String issuer) {
        if (title == null || issuer == null || entries.stream().anyMatch(e -> reportName.equals(e.report()))) {
            return null;
        }
        return entries.stream().filter(e -> e.report() != null && e.sameReport(title, issuer)).map(Entry::report)
                .findFirst().orElse(null);
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
                    n.get("rule").asText(), n.get("evidence").asText(), text(n, "title"), text(n, "issuer")));
        }
        return new Baseline(out);
    }

    private static String text(JsonNode n, String field) {
        return n.path(field).isTextual() ? n.get(field).asText() : null;
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
            if (e.title() != null) {
                n.put("title", e.title());
            }
            if (e.issuer() != null) {
                n.put("issuer", e.issuer());
            }
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

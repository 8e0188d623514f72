package reportcheck.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import reportcheck.finding.CheckResult;
import reportcheck.finding.Finding;
import reportcheck.finding.Related;

/**
 * The public JSON interface, schema version 1: {@code schemaVersion}, {@code source},
 * {@code findings[]} with ruleId, category, severity, line, column, evidence, message and
 * suggestion. Fields may be added, never renamed.
 */
public final class JsonRenderer implements Renderer {
    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void render(CheckResult r, Writer out) throws IOException {
        JSON.writeValue(out, toJson(r));
        out.write('\n');
    }

    public static ObjectNode toJson(CheckResult r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("source", r.source());
        root.put("status", r.status());
        if (!r.ok()) {
            root.put("error", r.error());
        }
        root.put("format", r.format());
        root.put("encoding", r.encoding());
        root.put("title", r.title());
        root.put("issuer", r.issuer());
        if (r.genre() != null) {
            root.put("genre", r.genre());
            root.put("genreLabel", r.genreLabel());
        }
        if (r.reportingYear() == null) {
            root.putNull("reportingYear");
        } else {
            root.put("reportingYear", r.reportingYear());
        }
        ArrayNode arr = root.putArray("findings");
        for (Finding f : r.findings()) {
            ObjectNode n = arr.addObject();
            n.put("ruleId", f.ruleId());
            n.put("category", f.category());
            n.put("severity", f.severity().id());
            putInt(n, "line", f.line());
            putInt(n, "column", f.column());
            n.put("evidence", f.evidence());
            n.put("message", f.message());
            n.put("suggestion", f.suggestion());
            n.put("title", f.title());
            putInt(n, "endLine", f.endLine());
            putInt(n, "endColumn", f.endColumn());
            ArrayNode rel = n.putArray("related");
            for (Related x : f.related()) {
                ObjectNode o = rel.addObject().put("line", x.line()).put("column", x.column())
                        .put("evidence", x.evidence());
                if (x.source() != null) {
                    o.put("source", x.source());
                }
            }
        }
        return root;
    }

    private static void putInt(ObjectNode n, String k, Integer v) {
        if (v == null) {
            n.putNull(k);
        } else {
            n.put(k, v);
        }
    }
}

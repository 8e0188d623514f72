package reportcheck.summary;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import reportcheck.copies.SharedPair;
import reportcheck.finding.CheckResult;

/**
 * {@code summary.json}, schema version 1: totals, {@code reports[]} worst first (file, output,
 * status, reason, title, issuer, reportingYear, counts by severity and by category) and
 * {@code sharedText[]} (pairs of reports sharing the most text), {@code skipped[]} (files of the
 * given folders not of a kind to check, each with why); {@code totals.byCategorySeverity}
 * splits each category's count by severity. Field names are English and stay so (the CSV's
 * headers are Chinese, for people); fields may be added, never
 * renamed.
 */
public final class SummaryJson {
    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private SummaryJson() {
    }

    public static void write(Summary s, Writer out) throws IOException {
        JSON.writeValue(out, toJson(s));
        out.write('\n');
    }

    public static ObjectNode toJson(Summary s) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        ObjectNode totals = root.putObject("totals");
        totals.put("reports", s.rows().size());
        totals.put("checked", s.count(CheckResult.CHECKED));
        totals.put("failed", s.count(CheckResult.FAILED));
        totals.put("timedOut", s.count(CheckResult.TIMED_OUT));
        totals.put("errors", s.totalErrors());
        totals.put("warnings", s.totalWarnings());
        totals.put("infos", s.totalInfos());
        totals.put("skipped", s.skipped().size());
        ObjectNode cats = totals.putObject("byCategory");
        s.totalsByCategory().forEach(cats::put);
        ObjectNode sev = totals.putObject("byCategorySeverity");
        s.severitiesByCategory().forEach((c, n) -> sev.putObject(c).put("errors", n.errors())
                .put("warnings", n.warnings()).put("infos", n.infos()));
        ArrayNode rows = root.putArray("reports");
        int rank = 1;
        for (SummaryRow r : s.rows()) {
            ObjectNode n = rows.addObject();
            n.put("rank", rank++);
            n.put("file", r.source());
            n.put("output", r.outputName());
            n.put("status", r.status());
            n.put("reason", r.reason());
            n.put("title", r.title());
            n.put("issuer", r.issuer());
            n.put("genre", r.genre());
            if (r.reportingYear() == null) {
                n.putNull("reportingYear");
            } else {
                n.put("reportingYear", r.reportingYear());
            }
            n.put("errors", r.errors());
            n.put("warnings", r.warnings());
            n.put("infos", r.infos());
            ObjectNode c = n.putObject("byCategory");
            r.byCategory().forEach(c::put);
        }
        root.put("sharedTextChecked", s.sharedText());
        ArrayNode pairs = root.putArray("sharedText");
        for (SharedPair p : s.pairs()) {
            pairs.addObject().put("first", p.first()).put("second", p.second()).put("kind", p.kind())
                    .put("passages", p.passages()).put("chars", p.chars())
                    .put("share", Math.round(p.share() * 1000) / 1000.0);
        }
        ArrayNode skipped = root.putArray("skipped");
        s.skipped().forEach(f -> skipped.addObject().put("file", f.file()).put("reason", f.reason()));
        return root;
    }
}

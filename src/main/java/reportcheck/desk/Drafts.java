package reportcheck.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import reportcheck.config.Baseline;

/**
 * A draft against the one before it. Findings are matched the way a baseline accepts them
 * ({@link Baseline.Entry}): by rule and evidence, not by line, so a finding still matches after the
 * text around it was edited, and each earlier finding matches at most one, so a defect copied to a
 * second place is new. A finding that matches is "remaining" and keeps a 不是问题 decision made
 * on the earlier draft; one that does not is "new"; an earlier one nothing matches was fixed.
 */
final class Drafts {
    private Drafts() {
    }

    /** What comparing gives: compare.json's content and the decisions carried over. */
    record Comparison(ObjectNode compare, ObjectNode carried) {
    }

    /**
     * @param before the earlier draft's findings (public JSON), its decisions and its meta
     * @param after the new draft's findings
     */
    static Comparison compare(JsonNode beforeMeta, JsonNode before, JsonNode beforeDecisions, JsonNode after) {
        List<Baseline.Entry> open = new ArrayList<>();
        List<Integer> openIndex = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            open.add(new Baseline.Entry(null, before.get(i).path("ruleId").asText(), evidence(before.get(i))));
            openIndex.add(i);
        }
        ObjectNode compare = Store.JSON.createObjectNode();
        compare.put("previous", beforeMeta.path("id").asText());
        compare.put("previousName", beforeMeta.path("name").asText());
        compare.put("previousUploaded", beforeMeta.path("uploaded").asText());
        ArrayNode status = compare.putArray("status");
        ObjectNode carried = Store.JSON.createObjectNode();
        int fresh = 0;
        int remaining = 0;
        for (int i = 0; i < after.size(); i++) {
            JsonNode f = after.get(i);
            String rule = f.path("ruleId").asText();
            String ev = evidence(f);
            int k = -1;
            for (int j = 0; j < open.size(); j++) {
                if (open.get(j).accepts(null, rule, ev)) {
                    k = j;
                    break;
                }
            }
            if (k < 0) {
                status.addObject().put("state", "new");
                fresh++;
                continue;
            }
            int was = openIndex.get(k);
            open.remove(k);
            openIndex.remove(k);
            remaining++;
            status.addObject().put("state", "remaining").put("was", was);
            JsonNode d = beforeDecisions.path(String.valueOf(was));
            if (Decision.NOT_AN_ISSUE.id().equals(d.path("decision").asText())) {
                ObjectNode c = carried.putObject(String.valueOf(i));
                c.put("decision", Decision.NOT_AN_ISSUE.id()).put("reason", d.path("reason").asText())
                        .put("by", d.path("by").asText()).put("at", d.path("at").asText())
                        .put("carried", beforeMeta.path("id").asText());
            }
        }
        ArrayNode fixed = compare.putArray("fixed");
        for (int was : openIndex) {
            JsonNode f = before.get(was);
            fixed.addObject().put("was", was).put("ruleId", f.path("ruleId").asText())
                    .put("severity", f.path("severity").asText()).put("title", f.path("title").asText())
                    .put("evidence", evidence(f)).set("line", f.path("line"));
        }
        compare.put("new", fresh).put("remaining", remaining).put("fixedCount", openIndex.size())
                .put("carried", carried.size());
        return new Comparison(compare, carried);
    }

    /** Evidence as the baseline compares it: a missing one is the empty text. */
    static String evidence(JsonNode f) {
        return f.path("evidence").isTextual() ? f.path("evidence").asText() : "";
    }

    /** Baseline entries for the findings marked 不是问题, for {@code check --baseline}. */
    static Baseline baseline(String reportName, JsonNode findings, JsonNode decisions) {
        List<Baseline.Entry> entries = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            if (Decision.NOT_AN_ISSUE.id().equals(decisions.path(String.valueOf(i)).path("decision").asText())) {
                entries.add(new Baseline.Entry(reportName, findings.get(i).path("ruleId").asText(),
                        evidence(findings.get(i))));
            }
        }
        return new Baseline(entries);
    }
}

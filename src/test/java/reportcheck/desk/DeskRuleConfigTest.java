package reportcheck.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportcheck.config.RuleConfig;
import reportcheck.support.Cli;

/** The desk applies an office's rule settings as {@code check --config} does, and refuses the same mistakes. */
class DeskRuleConfigTest {
    @TempDir
    Path tmp;

    @Test
    void aReportOnTheDeskHasTheFindingsCheckGivesUnderTheSameSettings() throws Exception {
        Path seed = DeskDecisionsTest.SEED;
        Path config = tmp.resolve("office.json");
        Files.writeString(config, "{\"disable\": [\"style\"], \"severity\": {\"date.as-of-now\": \"error\"}}");
        Path out = tmp.resolve("out");
        Cli.Run check = Cli.run("check", seed.toString(), "--config", config.toString(), "--out", out.toString(),
                "--format", "json", "--fail-on", "none", "-q");
        assertEquals(0, check.exit(), check.toString());
        JsonNode fromCheck = Store.JSON.readTree(Files.readString(out.resolve("001_d0b205e319d16db8.json"))).path("findings");

        RuleConfig office = RuleConfig.load(config).with(List.of(), Map.of());
        try (Desk d = new Desk(tmp.resolve("data"), office::apply)) {
            String pid = d.project();
            JsonNode up = Store.JSON.readTree(d.upload(pid, d.origin, null, "初稿.txt",
                    Files.readString(seed, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8)).body());
            String rid = up.path("reports").get(0).path("id").asText();
            JsonNode findings = d.getJson("/p/" + pid + "/r/" + rid + "/file/json").path("findings");
            assertEquals(ids(fromCheck), ids(findings), "the desk and check disagree under one configuration");
            assertTrue(ids(findings).stream().noneMatch(id -> id.startsWith("style.")), ids(findings).toString());
            boolean raised = false;
            for (JsonNode f : findings) {
                if (f.path("ruleId").asText().equals("date.as-of-now")) {
                    assertEquals("error", f.path("severity").asText(), f.toString());
                    raised = true;
                }
            }
            assertTrue(raised, "seed 001 has a date.as-of-now finding: " + ids(findings));
            JsonNode meta = d.getJson("/api/p/" + pid + "/r/" + rid);
            assertEquals(up.path("reports").get(0).path("counts").path("error").asInt(),
                    count(findings, "error"), meta.toString());
        }
    }

    @Test
    void serveRefusesASelectorThatNamesNoRule() {
        Cli.Run r = Cli.run("serve", "--no-browser", "--disable", "style.no-such-rule", "--data",
                tmp.resolve("data").toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("style.no-such-rule"), r.toString());
    }

    private static List<String> ids(JsonNode findings) {
        List<String> out = new java.util.ArrayList<>();
        findings.forEach(f -> out.add(f.path("ruleId").asText() + " " + f.path("severity").asText()));
        return out;
    }

    private static int count(JsonNode findings, String severity) {
        int n = 0;
        for (JsonNode f : findings) {
            n += f.path("severity").asText().equals(severity) ? 1 : 0;
        }
        return n;
    }
}

package reportcheck.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportcheck.config.Baseline;
import reportcheck.config.FindingFilter;
import reportcheck.config.RuleConfig;
import reportcheck.finding.CheckResult;
import reportcheck.finding.Finding;

/** Decisions survive a restart, export as a record and a baseline, and carry over to the next draft. */
class DeskDecisionsTest {
    static final Path SEED = Path.of("seeds", "001_d0b205e319d16db8.txt");

    @TempDir
    Path data;

    @Test
    void decisionsAreKeptOnDiskAndCarriedOverToTheNextDraftByRuleAndEvidence() throws Exception {
        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        String pid;
        String first;
        JsonNode findings;
        int yu;
        int dash;
        int asOfNow;
        try (Desk d = new Desk(data)) {
            pid = d.project();
            JsonNode up = Store.JSON.readTree(d.upload(pid, d.origin, null, "渝北 初稿.txt", text.getBytes(StandardCharsets.UTF_8)).body());
            first = up.path("reports").get(0).path("id").asText();
            findings = d.getJson("/p/" + pid + "/r/" + first + "/file/json").path("findings");
            yu = index(findings, "style.yu-after-exact");
            dash = index(findings, "style.dash-char");
            asOfNow = index(findings, "date.as-of-now");
            decide(d, pid, first, yu, "not-issue", "原文即为约数，保留");
            decide(d, pid, first, dash, "fixed", "");
            decide(d, pid, first, asOfNow, "pending", "");
        }
        // a new server over the same folder: as after closing the window and starting again
        try (Desk d = new Desk(data)) {
            JsonNode kept = d.getJson("/api/p/" + pid + "/r/" + first).path("decisions");
            assertEquals("not-issue", kept.path(String.valueOf(yu)).path("decision").asText());
            assertEquals("原文即为约数，保留", kept.path(String.valueOf(yu)).path("reason").asText());
            assertEquals("审核员甲", kept.path(String.valueOf(yu)).path("by").asText());
            assertEquals("fixed", kept.path(String.valueOf(dash)).path("decision").asText());
            assertEquals("pending", kept.path(String.valueOf(asOfNow)).path("decision").asText());
            assertEquals(3, kept.size());

            // the record to print and file
            byte[] docx = d.bytes("/p/" + pid + "/r/" + first + "/file/record?reviewer=" + java.net.URLEncoder.encode("审核员甲", StandardCharsets.UTF_8));
            String record;
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); var x = new XWPFWordExtractor(doc)) {
                record = x.getText();
            }
            assertTrue(record.startsWith("审核意见单"), record);
            assertTrue(record.contains("重庆市公安局渝北区分局关于2023年法治政府建设情况的报告"), record);
            assertTrue(record.contains("审核人\t审核员甲"), record);
            assertTrue(record.contains("共 14 项：错误 2 · 警告 5 · 提示 7"), record);
            assertTrue(record.contains("已修改 1 · 不是问题 1 · 待定 1 · 未处理 11"), record);
            assertTrue(record.contains("8058余份\t不是问题\t原文即为约数，保留"), record);
            assertTrue(record.contains("台─川\t已修改"), record);

            // a baseline for the command line: the 不是问题 findings only
            Path base = data.resolve("b.json");
            Files.write(base, d.bytes("/p/" + pid + "/r/" + first + "/file/baseline"));
            List<Baseline.Entry> entries = Baseline.load(base).entries();
            assertEquals(List.of(new Baseline.Entry("渝北 初稿.txt", "style.yu-after-exact", "8058余份")), entries);
            FindingFilter filter = new FindingFilter(RuleConfig.none(), Baseline.load(base));
            List<Finding> all = new ArrayList<>();
            for (JsonNode f : findings) {
                all.add(new Finding(f.path("ruleId").asText(), f.path("category").asText(),
                        reportcheck.finding.Severity.parse(f.path("severity").asText()), f.path("title").asText(),
                        null, null, null, null, f.path("evidence").asText(), "", "", List.of()));
            }
            CheckResult r = new CheckResult("某处/渝北 初稿.txt", CheckResult.CHECKED, "txt", "UTF-8", null, null, null,
                    all, null, null);
            assertEquals(all.size() - 1, filter.apply(r).findings().size());

            // the next draft: 台─川 corrected, a new 约…余 written, 8058余份 kept and accepted before
            String next = text.replace("台─川", "台—川").replace("8058余份", "8058余份。全年开展培训约300余人次");
            assertNotEquals(text, next);
            JsonNode second = Store.JSON.readTree(d.upload(pid, d.origin, "auto", "渝北 二稿.txt",
                    next.getBytes(StandardCharsets.UTF_8)).body()).path("reports").get(0);
            String rid = second.path("id").asText();
            JsonNode view = d.getJson("/api/p/" + pid + "/r/" + rid);
            JsonNode cmp = view.path("compare");
            assertEquals(first, cmp.path("previous").asText(), "found by the same title and issuer");
            JsonNode now = d.getJson("/p/" + pid + "/r/" + rid + "/file/json").path("findings");
            int newYu = index(now, "style.yu-after-exact");
            int approx = index(now, "style.approx-redundant");
            assertEquals("remaining", cmp.path("status").path(newYu).path("state").asText());
            assertEquals("new", cmp.path("status").path(approx).path("state").asText());
            assertEquals(1, cmp.path("new").asInt(), cmp.toString());
            assertEquals(1, cmp.path("fixedCount").asInt(), cmp.toString());
            assertEquals("台─川", cmp.path("fixed").get(0).path("evidence").asText());
            assertEquals(findings.size() - 1, cmp.path("remaining").asInt());
            // only the 不是问题 decision is carried over; 已修改 and 待定 are for the reviewer to judge again
            JsonNode carried = view.path("decisions");
            assertEquals(1, carried.size(), carried.toString());
            assertEquals("not-issue", carried.path(String.valueOf(newYu)).path("decision").asText());
            assertEquals("原文即为约数，保留", carried.path(String.valueOf(newYu)).path("reason").asText());
            assertEquals(first, carried.path(String.valueOf(newYu)).path("carried").asText());

            // a draft with another title is not compared unless the reviewer chooses the earlier one
            String retitled = next.replaceFirst("重庆市公安局渝北区分局关于2023年", "重庆市公安局渝北区分局关于2023年度");
            String third = Store.JSON.readTree(d.upload(pid, d.origin, "auto", "三稿.txt",
                    retitled.getBytes(StandardCharsets.UTF_8)).body()).path("reports").get(0).path("id").asText();
            assertTrue(d.getJson("/api/p/" + pid + "/r/" + third).path("compare").isMissingNode());
            var chosen = d.postJson("/api/p/" + pid + "/r/" + third + "/compare", "{\"previous\":\"" + rid + "\"}");
            assertEquals(200, chosen.statusCode(), chosen.body());
            assertEquals(rid, Store.JSON.readTree(chosen.body()).path("compare").path("previous").asText());
        }
    }

    private static void decide(Desk d, String pid, String rid, int index, String decision, String reason) throws Exception {
        var r = d.postJson("/api/p/" + pid + "/r/" + rid + "/decision", Store.JSON.createObjectNode().put("index", index)
                .put("decision", decision).put("reason", reason).put("by", "审核员甲").toString());
        assertEquals(200, r.statusCode(), r.body());
    }

    private static int index(JsonNode findings, String rule) {
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).path("ruleId").asText().equals(rule)) {
                return i;
            }
        }
        throw new AssertionError("no " + rule + " in " + findings);
    }
}

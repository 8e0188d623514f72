package reportcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportcheck.support.Cli;

/** A baseline written for a draft still applies when the draft is saved under another name. */
class RenamedBaselineCliTest {
    static final String TITLE = "某区市场监管局关于2023年法治政府建设情况的报告";
    static final String REPORT = TITLE + """

            2023年，某区市场监管局认真落实法治政府建设各项任务。现将有关情况报告如下：
            一、2023年推进法治政府建设的主要举措和成效
            （一）规范执法程序。全年办理行政处罚案件86件，组织执法培训约900余人次，发放宣传资料5200余份。
            二、2023年推进法治政府建设存在的不足和原因
            一是基层执法力量不足；二是案卷评查发现的问题整改不够及时。
            三、2023年党政主要负责人履行推进法治建设第一责任人职责情况
            局主要负责人主持召开法治建设专题会议3次。
            四、2024年推进法治政府建设的主要安排
            一是加强执法人员培训；二是完善案卷评查制度。
            某区市场监管局
            2024年3月12日
            """;

    @TempDir
    Path dir;

    @Test
    void aRenamedDraftKeepsItsAcceptedFindingsAndTheRunSaysSo() throws Exception {
        Path draft = dir.resolve("初稿.txt");
        Files.writeString(draft, REPORT);
        Path baseline = dir.resolve("baseline.json");
        Cli.Run w = check(draft, dir.resolve("o1"), "--write-baseline", baseline.toString());
        List<String> accepted = findings(dir.resolve("o1/初稿.json"));
        assertFalse(accepted.isEmpty(), w.toString());
        JsonNode entry = new ObjectMapper().readTree(baseline.toFile()).get("accepted").get(0);
        assertEquals("初稿.txt", entry.get("report").asText());
        assertEquals(TITLE, entry.get("title").asText());
        assertEquals("某区市场监管局", entry.get("issuer").asText());

        // saved under another name, with one new defect: only that one is shown
        Files.delete(draft);
        Path renamed = dir.resolve("终稿-0312.txt");
        Files.writeString(renamed, REPORT.replace("局主要负责人主持", "全年新增普法阵地约30多个。局主要负责人主持"));
        Cli.Run r = check(renamed, dir.resolve("o2"), "--baseline", baseline.toString());
        assertEquals(List.of("style.approx-redundant 约30多个"), findings(dir.resolve("o2/终稿-0312.json")), r.toString());
        assertEquals(1, r.out().lines().filter(l -> l.contains("文件名与基线不同、按标题和发文机关对应：终稿-0312.txt（基线中为 初稿.txt）"))
                .count(), r.toString());
        assertTrue(r.out().contains("已接受 " + accepted.size() + " 项"), r.toString());
    }

    @Test
    void anotherIssuersReportOfTheSameTitleIsNotMatched() throws Exception {
        Path draft = dir.resolve("a.txt");
        Files.writeString(draft, REPORT);
        Path baseline = dir.resolve("baseline.json");
        check(draft, dir.resolve("o1"), "--write-baseline", baseline.toString());
        List<String> all = findings(dir.resolve("o1/a.json"));

        Path other = dir.resolve("b.txt");
        Files.writeString(other, REPORT.replace("某区市场监管局\n2024年", "某区司法局\n2024年"));
        Cli.Run r = check(other, dir.resolve("o2"), "--baseline", baseline.toString());
        assertFalse(r.out().contains("按标题和发文机关对应"), r.toString());
        assertTrue(findings(dir.resolve("o2/b.json")).containsAll(all), r.toString());

        // the file the baseline names is matched by its name, and nothing is said about names
        Cli.Run same = check(draft, dir.resolve("o3"), "--baseline", baseline.toString());
        assertEquals(List.of(), findings(dir.resolve("o3/a.json")), same.toString());
        assertFalse(same.out().contains("按标题和发文机关对应"), same.toString());
    }

    private static Cli.Run check(Path report, Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("check", report.toString(), "--out", out.toString(), "--format",
                "json", "--fail-on", "none"));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    private static List<String> findings(Path json) throws Exception {
        List<String> l = new ArrayList<>();
        new ObjectMapper().readTree(json.toFile()).get("findings")
                .forEach(f -> l.add(f.get("ruleId").asText() + " " + f.get("evidence").asText()));
        return l;
    }
}

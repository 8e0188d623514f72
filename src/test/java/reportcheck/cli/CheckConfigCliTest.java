package reportcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --disable, --severity, --config, --baseline and --write-baseline on a real report, through the real CLI. */
class CheckConfigCliTest {
    private static final String REPORT = """
            某区司法局2023年法治政府建设年度报告
            2023年，某区司法局坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：
            一、2023年推进法治政府建设的主要举措和成效
            （一）完善依法决策机制。全年审查重大行政决策事项12件，培训执法人员约1300余人次，刻录光盘8058余份。
            二、2023年推进法治政府建设存在的不足和原因
            一是执法人员专业能力有待提升；二是普法宣传形式较为单一。
            三、2023年党政主要负责人履行推进法治建设第一责任人职责情况
            局主要负责人召开专题会议4次，研究部署法治建设重点任务。
            四、2024年推进法治政府建设的主要安排
            一是深化行政执法规范化建设；二是创新普法宣传方式。
            某区司法局
            2024年3月10日
            """;

    @TempDir
    Path dir;
    Path report;
    Path out;

    @BeforeEach
    void write() throws Exception {
        report = dir.resolve("draft.txt");
        Files.writeString(report, REPORT);
        out = dir.resolve("out");
    }

    private Cli check(String... extra) {
        List<String> args = new ArrayList<>(List.of("check", report.toString(), "--out", out.toString(), "--format", "json"));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    private List<String> findings() throws Exception {
        JsonNode root = new ObjectMapper().readTree(out.resolve("draft.json").toFile());
        List<String> l = new ArrayList<>();
        root.get("findings").forEach(f -> l.add(f.get("ruleId").asText() + " " + f.get("severity").asText() + " "
                + f.get("evidence").asText()));
        return l;
    }

    @Test
    void withoutSettingsTheRulesReportAtTheirOwnSeverity() throws Exception {
        Cli r = check("--fail-on", "warning");
        assertEquals(1, r.code, r.toString());
        assertEquals(List.of("style.approx-redundant warning 约1300余人次", "style.yu-after-exact info 8058余份"), findings());
    }

    @Test
    void disableAndSeverityFromTheCommandLine() throws Exception {
        Cli r = check("--disable", "style.approx-redundant", "--fail-on", "warning");
        assertEquals(0, r.code, r.toString());
        assertEquals(List.of("style.yu-after-exact info 8058余份"), findings());

        r = check("--severity", "style.yu-after-exact=error");
        assertEquals(1, r.code, r.toString());
        assertEquals(List.of("style.approx-redundant warning 约1300余人次", "style.yu-after-exact error 8058余份"), findings());
    }

    @Test
    void aConfigFileByCategoryWithTheCommandLineOnTop() throws Exception {
        Path cfg = dir.resolve("reportcheck.json");
        Files.writeString(cfg, "{\"severity\": {\"style\": \"info\"}}");
        check("--config", cfg.toString());
        assertEquals(List.of("style.approx-redundant info 约1300余人次", "style.yu-after-exact info 8058余份"), findings());

        check("--config", cfg.toString(), "--severity", "style.approx-redundant=error");
        assertEquals(List.of("style.approx-redundant error 约1300余人次", "style.yu-after-exact info 8058余份"), findings());

        Files.writeString(cfg, "{\"disable\": [\"style\"]}");
        check("--config", cfg.toString());
        assertEquals(List.of(), findings());
    }

    @Test
    void wrongSettingsAreUsageErrorsThatSayWhat() throws Exception {
        Path cfg = dir.resolve("bad.json");
        Files.writeString(cfg, "{\"disabled\": [\"style\"]}");
        Cli r = check("--config", cfg.toString());
        assertEquals(2, r.code, r.toString());
        assertTrue(r.err.contains("「disabled」"), r.err);

        r = check("--disable", "style.no-such-rule");
        assertEquals(2, r.code, r.toString());
        assertTrue(r.err.contains("style.no-such-rule"), r.err);

        r = check("--severity", "style=fatal");
        assertEquals(2, r.code, r.toString());
        assertTrue(r.err.contains("fatal"), r.err);
        assertTrue(Files.notExists(out), "nothing is written when the settings are wrong");
    }

    @Test
    void aBaselineHidesAcceptedFindingsEvenAfterTheTextMoves() throws Exception {
        Path baseline = dir.resolve("baseline.json");
        Cli r = check("--write-baseline", baseline.toString());
        assertTrue(r.out.contains("已将 2 项问题写入基线"), r.out);

        r = check("--baseline", baseline.toString(), "--fail-on", "info");
        assertEquals(0, r.code, r.toString());
        assertEquals(List.of(), findings());
        assertTrue(r.out.contains("已接受 2 项"), r.out);

        // the accepted defects move two lines down and a new one appears: only the new one is shown
        Files.writeString(report, REPORT.replace("现将有关情况报告如下：\n",
                "现将有关情况报告如下：\n全年新增普法阵地约200多个。\n局党组高度重视。\n"));
        r = check("--baseline", baseline.toString(), "--fail-on", "info");
        assertEquals(1, r.code, r.toString());
        assertEquals(List.of("style.approx-redundant warning 约200多个"), findings());
    }
}

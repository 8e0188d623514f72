package reportcheck.copies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reportcheck.finding.Finding;
import reportcheck.input.LoadedReport;
import reportcheck.knowledge.Knowledge;
import reportcheck.support.Engine;
import reportcheck.text.SourceText;

/**
 * A corpus of 40 distinct reports made from the seeds (each copy's long lines pass through its
 * own substitution of Chinese characters, so copies share no text), with passages planted in
 * two or three reports each, some with a few characters changed, and standard formulas put in
 * many reports. Every planted copy must be found, pointing at the others; nothing else may be.
 */
class PlantedCorpusTest {
    private static final int REPORTS = 40;
    private static final List<String> PLANTED = List.of(
            "建立健全行政规范性文件合法性审核机制，全年审核各类规范性文件27件，提出修改意见43条，对3件存在越权设定义务问题的文件予以退回，确保文件合法有效。",
            "组织开展行政执法案卷集中评查活动，共抽查行政处罚和行政许可案卷186卷，评出优秀案卷21卷，对发现的证据不足、程序瑕疵等问题逐一反馈整改。",
            "深化“谁执法谁普法”普法责任制，编制年度普法责任清单，结合民法典宣传月、宪法宣传周等节点开展主题活动38场，受众群众达到2.6万人次。",
            "推进行政执法与刑事司法衔接，与公安机关建立案情通报和证据移交机制，全年移送涉嫌犯罪案件9件，公安机关已立案侦查7件，形成打击违法犯罪合力。");
    /** Changed at a few places where planted as a near copy. */
    private static final Map<String, String> CHANGES = Map.of("27件", "31件", "43条", "52条", "186卷", "192卷");
    private static final String FORMULA_EVERYWHERE = "全面贯彻落实中共中央、国务院印发的《法治政府建设实施纲要（2021—2025年）》，"
            + "对标对表纲要确定的目标任务，逐项细化分解年度工作任务，明确责任单位和完成时限，确保各项任务落地见效。";
    private static final String FORMULA_IN_SIX = "认真落实党政主要负责人履行推进法治建设第一责任人职责规定，将履行推进法治建设"
            + "第一责任人职责情况列入年终述职内容，坚持把法治建设与业务工作同部署、同推进、同督促、同考核、同奖惩。";

    private static List<String> texts;
    /** planted passage index -> report numbers that hold it (the first holds it unchanged). */
    private static final Map<Integer, List<Integer>> HOLDERS = Map.of(0, List.of(3, 17), 1, List.of(5, 22, 31),
            2, List.of(8, 9), 3, List.of(12, 39));

    @BeforeAll
    static void corpus() throws Exception {
        List<String> seeds = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            for (Path p : s.sorted().toList()) {
                seeds.add(Files.readString(p));
            }
        }
        texts = new ArrayList<>();
        for (int r = 0; r < REPORTS; r++) {
            List<String> lines = new ArrayList<>(List.of(cipher(seeds.get(r % seeds.size()), r).split("\n")));
            int at = Math.min(8, lines.size() - 1);
            lines.add(at, FORMULA_EVERYWHERE);
            if (r % 7 == 0) {
                lines.add(at + 1, FORMULA_IN_SIX);
            }
            for (var e : HOLDERS.entrySet()) {
                int position = e.getValue().indexOf(r);
                if (position >= 0) {
                    String passage = PLANTED.get(e.getKey());
                    lines.add(at + 2, position == 0 ? passage : nearCopy(passage));
                }
            }
            texts.add(String.join("\n", lines));
        }
    }

    @Test
    void plantedPassagesAreFoundAndNothingElse() {
        CopyFinder finder = new CopyFinder(CopySettings.defaults(true),
                Knowledge.load(Engine.RULES, Knowledge.DEFAULT_PROFILE).stockPhrases());
        List<CopyFinder.Report> reports = new ArrayList<>();
        for (int r = 0; r < REPORTS; r++) {
            var facts = Engine.checker().facts(new LoadedReport(name(r), new SourceText(texts.get(r)), "txt", "UTF-8"));
            reports.add(new CopyFinder.Report(name(r), finder.passages(facts)));
        }
        CopyResult result = finder.find(reports, List.of());

        Map<String, Set<String>> expected = new HashMap<>();
        HOLDERS.values().forEach(holders -> holders.forEach(h -> expected.put(name(h),
                holders.stream().filter(o -> !o.equals(h)).map(PlantedCorpusTest::name)
                        .collect(Collectors.toCollection(TreeSet::new)))));
        Map<String, Set<String>> found = new HashMap<>();
        for (int r = 0; r < REPORTS; r++) {
            for (Finding f : result.findings().get(r)) {
                assertEquals(CopyRules.CROSS_REPORT.id(), f.ruleId());
                assertTrue(PLANTED.stream().anyMatch(p -> f.evidence().equals(p) || f.evidence().equals(nearCopy(p))),
                        name(r) + " reports text that was not planted: " + f.evidence());
                assertTrue(found.put(name(r), f.related().stream().map(x -> x.source())
                        .collect(Collectors.toCollection(TreeSet::new))) == null, "one finding per planted copy");
            }
        }
        assertEquals(expected, found);
        Set<String> pairs = result.pairs().stream().map(p -> p.first() + "+" + p.second()).collect(Collectors.toSet());
        assertEquals(Set.of("r03+r17", "r05+r22", "r05+r31", "r22+r31", "r08+r09", "r12+r39"), pairs);
    }

    private static String name(int r) {
        return String.format("r%02d", r);
    }

    private static String nearCopy(String passage) {
        String out = passage;
        for (var c : CHANGES.entrySet()) {
            out = out.replace(c.getKey(), c.getValue());
        }
        return out.replace("全年", "今年");
    }

    /** Each report's own substitution of Chinese characters in lines of 30 or more characters. */
    private static String cipher(String text, int seed) {
        Random random = new Random(seed * 7919L + 1);
        Map<Character, Character> map = new HashMap<>();
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.length() >= 30) {
                for (char c : line.toCharArray()) {
                    boolean han = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
                    out.append(han ? map.computeIfAbsent(c, k -> (char) (0x4E00 + random.nextInt(0x5000))) : c);
                }
            } else {
                out.append(line);
            }
            out.append('\n');
        }
        return out.toString();
    }
}

package reportcheck.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reportcheck.finding.Finding;
import reportcheck.support.Engine;
import reportcheck.text.Normalizer;

/**
 * The seed reports with every finding of the core checks (missing parts, structure,
 * contradictions, duplicates, placeholders) they must yield: the defects DOMAIN.md lists, and
 * nothing else. Each entry is "ruleId line evidence" (line "-" for a whole-document finding).
 */
class SeedReportsTest {
    static final Set<String> CORE = Set.of("missing-section", "structure", "contradiction", "duplicate", "placeholder");

    static Stream<Arguments> seeds() {
        return Stream.of(
                Arguments.of("000_c24621536ea822c3.txt", List.of()),
                Arguments.of("001_d0b205e319d16db8.txt", List.of(
                        "duplicate.title 2 重庆市公安局渝北区分局\n关于2023年度法治政府建设情况的报告",
                        "contradiction.citation-wording 6 〈重庆市法治政府建设实施方案(2021-2025年)〉",
                        "contradiction.citation-years 8 《法治政府建设实施纲要(2021—2026年)》",
                        "contradiction.figure-values 41 妥善处置群体性事件83起",
                        "duplicate.clause 48 在宣传学习方面存在方法不够灵活、形式不够多样的情况")),
                Arguments.of("002_ada55667925c30fd.txt", List.of(
                        "structure.missing-title - 标题",
                        "structure.missing-issuer - 发文机关署名",
                        "structure.missing-date - 成文日期")),
                Arguments.of("003_c301495cfdadc365.txt", List.of(
                        "missing-section.part - 上一年度党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况",
                        "missing-section.part - 下一年度推进法治政府建设的主要安排",
                        "structure.missing-issuer - 发文机关署名",
                        "structure.missing-date - 成文日期",
                        "duplicate.doubled-word 9 始终始终",
                        "placeholder.question-mark 25 ?起")),
                // a report on 2018, written before the 督察规定 (2019) fixed the parts: the missing plan is an
                // info with the basis of the time, and the 第一责任人 part was not asked for at all
                Arguments.of("004_35dadc3a6d6d35d1.txt", List.of(
                        "missing-section.part-early - 下一年度推进法治政府建设的主要安排",
                        "structure.missing-title - 标题",
                        "placeholder.omitted 5 (略)",
                        "placeholder.omitted 6 (略)",
                        "placeholder.omitted 7 (略)")),
                // 政府信息公开工作年度报告 written for the project (a county government, a city department):
                // clean, their tables' lines neither headings nor repeated paragraphs
                Arguments.of("005_5645a89ae63e7392.txt", List.of()),
                Arguments.of("006_dc198c200ea2b110.txt", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void yieldsExactlyTheKnownCoreDefects(String file, List<String> expected) throws Exception {
        String text = Files.readString(Path.of("seeds", file), StandardCharsets.UTF_8);
        assertEquals(sorted(expected), sorted(core(Engine.check(text))));
    }

    /**
     * 003's empty 点击率 sits on a line of page information ("来源:区公安分局 点击率:"): the defect is the
     * residue line, reported once by artifact.page-meta, not a second time as an empty field.
     */
    @Test
    void theEmptyHitCountOf003IsReportedOnceWithItsPageResidue() throws Exception {
        String text = Files.readString(Path.of("seeds", "003_c301495cfdadc365.txt"), StandardCharsets.UTF_8);
        List<Finding> fs = Engine.check(text);
        assertEquals(List.of("artifact.page-meta 2"), fs.stream().filter(f -> f.evidence().contains("点击率"))
                .map(f -> f.ruleId() + " " + f.line()).toList());
    }

    /** The same report with full-width punctuation, as a Word draft has it: same findings, same places. */
    @ParameterizedTest(name = "{0} full-width")
    @MethodSource("seeds")
    void fullWidthTextYieldsTheSameFindingsAtTheSamePlaces(String file, List<String> expected) throws Exception {
        String half = Files.readString(Path.of("seeds", file), StandardCharsets.UTF_8);
        String full = toFullWidth(half);
        List<String> a = Engine.check(half).stream().map(SeedReportsTest::placed).sorted().toList();
        List<String> b = Engine.check(full).stream().map(SeedReportsTest::placed).sorted().toList();
        assertEquals(a, b);
    }

    static List<String> core(List<Finding> fs) {
        return fs.stream().filter(f -> CORE.contains(f.category()))
                .map(f -> f.ruleId() + " " + (f.line() == null ? "-" : f.line()) + " " + f.evidence()).toList();
    }

    private static String placed(Finding f) {
        return f.ruleId() + " " + f.line() + ":" + f.column() + " " + Normalizer.fold(f.evidence());
    }

    private static List<String> sorted(List<String> l) {
        return l.stream().sorted().toList();
    }

    /** Undoes NFKC for the punctuation web copies fold: , ( ) : ; ? ! become ，（）：；？！. */
    static String toFullWidth(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(switch (c) {
                case ',' -> '，';
                case '(' -> '（';
                case ')' -> '）';
                case ':' -> '：';
                case ';' -> '；';
                case '?' -> '？';
                case '!' -> '！';
                default -> c;
            });
        }
        return sb.toString();
    }
}

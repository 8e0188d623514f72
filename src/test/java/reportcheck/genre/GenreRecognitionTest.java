package reportcheck.genre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reportcheck.analysis.FactBuilder;
import reportcheck.engine.Checker;
import reportcheck.engine.RuleBase;
import reportcheck.facts.Genre;
import reportcheck.finding.Finding;
import reportcheck.finding.Severity;
import reportcheck.input.LoadedReport;
import reportcheck.knowledge.Knowledge;
import reportcheck.support.Engine;
import reportcheck.text.SourceText;

/**
 * Every report the project holds is recognised as the genre it is: the 法治政府建设 seeds and
 * clean reports (titled, untitled, cut off) stay with the first genre, the 政府信息公开 samples are
 * theirs, and a report of an unknown genre gets one notice and no genre's mandatory parts.
 */
class GenreRecognitionTest {
    static final String LAW = "law-government";
    static final String INFO = "info-disclosure";

    static Stream<Path> lawReports() throws Exception {
        Stream<Path> seeds = Files.list(Path.of("seeds")).filter(p -> p.getFileName().toString().compareTo("005") < 0);
        Stream<Path> clean = Stream.concat(Files.list(Path.of("src/test/resources/clean")),
                Files.list(Path.of("src/test/resources/reports")));
        return Stream.concat(seeds, clean).filter(p -> p.toString().endsWith(".txt")).sorted();
    }

    static Stream<Path> infoReports() throws Exception {
        return Files.list(Path.of("seeds")).filter(p -> p.getFileName().toString().compareTo("005") >= 0).sorted();
    }

    static Genre genre(String text) {
        return genre(Engine.checker(), text);
    }

    static Genre genre(Checker checker, String text) {
        return checker.facts(new LoadedReport("t.txt", new SourceText(text), "txt", "UTF-8")).all().stream()
                .filter(Genre.class::isInstance).map(Genre.class::cast).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lawReports")
    void lawBasedGovernmentReportsKeepTheirGenre(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(LAW, genre(text).getId(), file.toString());
        // cut to its middle, the title lost: still the first genre
        String[] lines = text.split("\n");
        String cut = String.join("\n", List.of(lines).subList(Math.min(2, lines.length - 1), Math.max(3, lines.length / 2)));
        assertEquals(LAW, genre(cut).getId(), file + " cut");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("infoReports")
    void infoDisclosureSamplesAreRecognisedAndClean(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Genre g = genre(text);
        assertEquals(INFO, g.getId());
        assertEquals(Genre.TITLE, g.getBasis());
        List<Finding> fs = Engine.check(text);
        assertEquals(List.of(), fs.stream().filter(f -> f.severity() != Severity.INFO).map(Finding::ruleId).toList());
        // without its title, its fingerprints (the 条例, the part names, the table labels) still tell it
        String untitled = text.substring(text.indexOf('\n') + 1);
        assertEquals(INFO, genre(untitled).getId());
        assertEquals(Genre.FINGERPRINTS, genre(untitled).getBasis());
    }

    @Test
    void aReportOfAnUnknownGenreGetsOneNoticeAndNoGenresParts() {
        String summary = "某县统计局2023年度工作总结\n2023年，县统计局完成年度统计调查任务。\n一、主要工作\n"
                + "完成经济普查清查，清查单位3120个。\n二、下一步打算\n继续做好普查登记。\n";
        Genre g = genre(summary);
        assertFalse(g.isKnown());
        List<Finding> fs = Engine.check(summary);
        assertEquals(1, fs.stream().filter(f -> f.ruleId().equals("structure.unknown-genre")).count());
        assertTrue(fs.stream().noneMatch(f -> f.category().equals("missing-section")
                || f.ruleId().equals("structure.missing-issuer") || f.ruleId().equals("structure.missing-date")), fs.toString());
    }

    @Test
    void aCutTextWithAsManyFingerprintsOfEitherGenreStaysWithTheFirst() {
        // two fingerprints of each: the 条例 and its annual report, 依法行政 and 行政复议
        String cut = "全年依法行政水平持续提升，办理行政复议案件12件。严格执行《中华人民共和国政府信息公开条例》，"
                + "按时发布政府信息公开工作年度报告，全年主动公开政府信息326条。";
        assertEquals(LAW, genre(cut).getId());
        // one more of the second genre's own wording tips it
        assertEquals(INFO, genre(cut + "本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。").getId());
    }

    @Test
    void theProfileOptionForcesOneProfileForEveryReport() throws Exception {
        Checker forced = new Checker(RuleBase.load(Engine.RULES),
                new FactBuilder(Knowledge.load(Engine.RULES, Knowledge.DEFAULT_PROFILE)));
        String text = Files.readString(Path.of("seeds/005_5645a89ae63e7392.txt"), StandardCharsets.UTF_8);
        Genre g = genre(forced, text);
        assertEquals(LAW, g.getId());
        assertEquals(Genre.FORCED, g.getBasis());
        List<Finding> fs = forced.check(new LoadedReport("t.txt", new SourceText(text), "txt", "UTF-8"));
        // checked as a 法治政府建设 report, it lacks that genre's parts
        assertTrue(fs.stream().anyMatch(f -> f.ruleId().equals("missing-section.part")), fs.toString());
    }
}

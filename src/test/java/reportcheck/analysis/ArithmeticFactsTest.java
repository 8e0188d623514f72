package reportcheck.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import reportcheck.facts.StatedRatio;
import reportcheck.facts.StatedSum;
import reportcheck.knowledge.Knowledge;
import reportcheck.support.Engine;
import reportcheck.text.SourceText;

/** The sums and percentages the seed reports state are recognised with the right figures, and nothing else is. */
class ArithmeticFactsTest {
    private static final FactBuilder BUILDER = new FactBuilder(Knowledge.load(Engine.RULES, Knowledge.DEFAULT_PROFILE));

    private static List<Object> facts(String seed) throws Exception {
        try (var files = Files.list(Path.of("seeds"))) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(seed)).findFirst().orElseThrow();
            return BUILDER.build(p.toString(), new SourceText(Files.readString(p))).all();
        }
    }

    private static List<String> sums(List<Object> facts) {
        return facts.stream().filter(StatedSum.class::isInstance).map(StatedSum.class::cast)
                .map(s -> s.getTotal().getNumber() + "=" + s.getFormula() + (s.isExhaustive() ? " all" : "")).toList();
    }

    private static List<String> ratios(List<Object> facts) {
        return facts.stream().filter(StatedRatio.class::isInstance).map(StatedRatio.class::cast)
                .filter(StatedRatio::isComputable)
                .map(r -> r.getKind() + " " + r.getPart().getNumber() + "/" + r.getWhole().getNumber() + "="
                        + r.getPercent().getNumber() + " ~" + r.getRoundedText()).toList();
    }

    @Test
    void seed000StatesItsPowersListAsAFullSum() throws Exception {
        assertEquals(List.of("514=302 + 77 + 78 + 57 all"), sums(facts("000")));
    }

    @Test
    void seed001StatesTheProblemCasesAsAFullSumButNotTheTotalOfTwoUnits() throws Exception {
        // 22808条信息 = 21894件 + 914件 mixes 条 and 件 and has no 其中: not a stated sum
        assertEquals(List.of("62=31", "914=1 + 14 + 4 + 94 + 801 all"), sums(facts("001")));
    }

    @Test
    void seed003And004PercentagesArePairedWithTheirFigures() throws Exception {
        assertEquals(List.of("rate 556/602=92.36 ~92.36"), ratios(facts("003")));
        assertEquals(List.of("share 217/222=98 ~98"), ratios(facts("004")));
        assertEquals(List.of("51=21 + 30"), sums(facts("004")));
    }

    @Test
    void theCleanReportsFiguresAreRecognisedSoItsSilenceMeansSomething() throws Exception {
        Path p = Path.of("src/test/resources/reports/clean-2023.txt");
        List<Object> f = BUILDER.build(p.toString(), new SourceText(Files.readString(p))).all();
        assertEquals(List.of("26=14 + 9 + 3 all", "120=96"), sums(f));
        assertEquals(List.of("rate 46/48=95.83 ~95.83", "share 96/120=80 ~80", "share 456/480=95 ~95",
                "rate 38/40=95 ~95"), ratios(f));
    }

    @Test
    void siblingsJoinedByEnumerationCommaAreNotAPartAndItsWhole() {
        List<Object> f = BUILDER.build("t", new SourceText(
                "一、培训\n全局41名市管干部通过考核、3527名民警通过考核,通过率为100%。\n")).all();
        assertTrue(ratios(f).isEmpty(), ratios(f).toString());
    }

    private static List<String> sumsIn(String text) {
        return BUILDER.build("t", new SourceText(text)).all().stream().filter(StatedSum.class::isInstance)
                .map(StatedSum.class::cast)
                .map(s -> s.getTotalText() + "=" + s.getFormula() + " " + s.getShownUnit() + (s.isExhaustive() ? " all" : ""))
                .toList();
    }

    @Test
    void figuresInWanAreAddedInTheUnitTheyWereWrittenInAndMixedOnesInThePlainUnit() {
        assertEquals(List.of("1.2万元=0.5 + 0.7 万元 all"),
                sumsIn("一、经费\n共投入资金1.2万元,其中省级补助0.5万元、其他0.7万元。\n"));
        assertEquals(List.of("12000元=5000 + 7000 元 all"),
                sumsIn("一、经费\n共投入资金1.2万元,其中省级补助5000元、其他0.7万元。\n"));
    }

    @Test
    void aListFollowedBy合计IsTheWholeItSums() {
        assertEquals(List.of("12件=3 + 4 + 5 件 all"),
                sumsIn("一、案件\n行政处罚、行政许可、行政强制案件分别为3件、4件、5件,合计12件。\n"));
        // the 其中 list stops before 合计, which sums that list, not the 35 before it
        assertEquals(List.of("35件=12 + 8 件", "20件=12 + 8 件 all"),
                sumsIn("一、案件\n全年共办理案件35件,其中行政处罚12件,行政许可8件,合计20件。\n"));
        // a figure that is no part (同比增长3件) leaves one item: no sum
        assertEquals(List.of(), sumsIn("一、案件\n受理申请12件,同比增长3件,合计15件。\n"));
    }
}

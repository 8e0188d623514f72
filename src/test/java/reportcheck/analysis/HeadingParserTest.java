package reportcheck.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reportcheck.facts.Heading;
import reportcheck.text.SourceText;

/** Headings as reports write them: on a line of their own, run in before body text, run into a line. */
class HeadingParserTest {

    private static Heading parse(String text) {
        SourceText src = new SourceText(text);
        return HeadingParser.parse(src, FactBuilder.lines(src).get(0));
    }

    private static List<Heading> inline(String text, int lastOrdinal) {
        SourceText src = new SourceText(text);
        return HeadingParser.inline(src, FactBuilder.lines(src).get(0), lastOrdinal);
    }

    private static String nfkc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aRunInHeadingEndsAtItsFullStop(boolean halfWidth) {
        String line = "（一）全面履行法治建设第一责任。局党组书记带头学法，全年专题研究法治工作4次。";
        Heading h = parse(halfWidth ? nfkc(line) : line);
        assertNotNull(h);
        assertEquals(2, h.getLevel());
        assertEquals(1, h.getOrdinal());
        assertEquals("全面履行法治建设第一责任", h.getTitle());
        assertTrue(h.isRunIn());
        assertEquals(halfWidth ? "(一)全面履行法治建设第一责任" : "（一）全面履行法治建设第一责任", h.getText());
    }

    @Test
    void levelOneAndLevelThreeRunInHeadings() {
        Heading one = parse("一、强化组织领导，压实法治建设责任。我局始终把法治建设摆在突出位置。");
        assertEquals(1, one.getLevel());
        assertEquals("强化组织领导，压实法治建设责任", one.getTitle());
        Heading three = parse("1.健全依法决策机制。重大决策事项全部经过合法性审查。");
        assertEquals(3, three.getLevel());
        assertEquals("健全依法决策机制", three.getTitle());
        assertTrue(three.isRunIn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"一、主要举措和成效：2022年，我局扎实推进各项工作。", "一、主要举措和成效:2022年,我局扎实推进各项工作。"})
    void aColonEndsARunInHeadingToo(String line) {
        Heading h = parse(line);
        assertNotNull(h, line);
        assertEquals("主要举措和成效", h.getTitle());
        assertTrue(h.isRunIn());
    }

    @Test
    void aHeadingOnItsOwnLineIsNotRunIn() {
        Heading h = parse("二、2022年推进法治政府建设存在的不足和原因");
        assertEquals("2022年推进法治政府建设存在的不足和原因", h.getTitle());
        assertEquals(2022, h.getYear());
        assertFalse(h.isRunIn());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1.全年办理复议案件12件，纠正违法行为3件。其余案件均维持原决定。",
        "1.全年办理复议案件12件，纠正违法行为3件。",
        "（2）受理投诉举报356件：办结率100%。",
        "2.全面落实行政执法公示制度，在门户网站公开执法主体、权限、依据和程序等信息，接受社会监督。此外还公开了办事指南。"
    })
    void aNumberedSentenceOfTheBodyIsNoHeading(String line) {
        assertNull(parse(line), line);
        assertNull(parse(nfkc(line)), line);
    }

    @Test
    void aLongRunInPhraseStillHeadsAtLevelTwo() {
        Heading h = parse("（二）党政主要负责人认真履行推进法治建设第一责任人职责，全面增强干部职工的法治意识。正文。");
        assertNotNull(h);
        assertEquals(2, h.getLevel());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void levelOneHeadingsRunIntoALineThatLostItsBreaks(boolean halfWidth) {
        String text = "现将有关情况报告如下：一、主要举措和成效（一）加强组织领导。局长带头学法，全年专题研究法治工作四次。"
                + "二、存在的问题 一是执法人员能力有待提升；二是普法宣传形式较为单一，覆盖面不够。"
                + "三、下一步工作打算 一是深化执法规范化建设；二是创新普法宣传方式，扩大覆盖面。";
        if (halfWidth) {
            text = nfkc(text).replace("如下:", "如下: ");
        }
        List<Heading> hs = inline(text, 0);
        assertEquals(List.of("主要举措和成效", "存在的问题", "下一步工作打算"), hs.stream().map(Heading::getTitle).toList());
        assertEquals(List.of(1, 2, 3), hs.stream().map(Heading::getOrdinal).toList());
        Heading first = hs.get(0);
        assertEquals(1, first.getLevel());
        assertEquals(1, first.getLine());
        assertEquals(text.indexOf("一、主要") + 1, first.getColumn());
        assertEquals("一、主要举措和成效", first.getText());
        assertEquals("二、存在的问题", hs.get(1).getText());
        assertTrue(hs.stream().allMatch(Heading::isRunIn));
    }

    @Test
    void inlineHeadingsContinueTheCountOfLevelOne() {
        String text = "局长带头学法。三、存在的问题 一是执法人员运用法律解决复杂问题的能力有待提升，二是普法形式较为单一。";
        assertEquals(List.of(), inline(text, 0));
        assertEquals(List.of("存在的问题"), inline(text, 2).stream().map(Heading::getTitle).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "全年开展专项行动。一、二季度共检查企业120家，三、四季度检查重点企业。",
        "全年开展专项行动。一、全年共检查企业120家，发现问题隐患32处，均已整改到位并复查。",
        "统一、规范执法文书格式，完善执法程序。",
        "主要措施如下：一、完善制度。二、加强培训。三、强化考核。",
        "主要措施如下：一、完善制度，明确各科室在法治建设中的职责；二、加强培训，每季度组织一次集中学法活动。"
    })
    void numeralsInsideABodyLineAreNoHeadings(String text) {
        assertEquals(List.of(), inline(text, 0), text);
    }

    @Test
    void anInlineHeadingMayOpenWithTheYear() {
        String text = "现将有关情况报告如下: 一、2023年推进法治政府建设的主要举措和成效 (一)强化组织领导。局长带头学法,全年专题研究法治工作四次。";
        List<Heading> hs = inline(text, 0);
        assertEquals(List.of("2023年推进法治政府建设的主要举措和成效"), hs.stream().map(Heading::getTitle).toList());
        assertEquals(2023, hs.get(0).getYear());
    }

    @Test
    void levelTwoHeadingsRunIntoALineCountFromOneUnderEachLevelOne() {
        String text = "报告如下: 一、主要举措和成效 (一)强化组织领导。局党组全年专题研究法治工作三次。"
                + "(二)主要负责人履行第一责任人职责情况 局主要负责人带头学法。"
                + "二、存在的不足 (一)执法能力不强。执法人员专业能力有待提升,培训不够系统,考核不够严格。(三)另一事项。";
        SourceText src = new SourceText(text);
        Line line = FactBuilder.lines(src).get(0);
        List<Heading> level1 = HeadingParser.inline(src, line, 0);
        assertEquals(2, level1.size());
        List<Heading> hs = HeadingParser.inlineLevel2(src, line, level1);
        assertEquals(List.of("强化组织领导", "主要负责人履行第一责任人职责情况", "执法能力不强"),
                hs.stream().map(Heading::getTitle).toList());
        assertEquals(List.of(1, 2, 1), hs.stream().map(Heading::getOrdinal).toList());
        assertEquals("(二)主要负责人履行第一责任人职责情况", hs.get(1).getText());
    }

    @Test
    void aBracketedListInAnOrdinaryParagraphIsNoHeading() {
        String text = "全年重点抓了两件事:(一)制定2024年工作计划,明确任务分工;(二)存在的问题整改,逐项销号。";
        SourceText src = new SourceText(text);
        Line line = FactBuilder.lines(src).get(0);
        assertEquals(List.of(), HeadingParser.inlineLevel2(src, line, HeadingParser.inline(src, line, 0)));
    }

    @Test
    void aListInsideAParagraphAfterTheFirstHeadingIsNoHeading() {
        assertEquals(List.of(), inline("主要措施如下：一、完善制度。二、加强培训，每季度组织一次集中学法，全年组织旁听庭审活动两次。", 1));
    }

    @Test
    void aFigureInQuotationMarksNamesAScheme() {
        Heading h = parse("（二）深化“1+N”监管。全年对企业开展双随机抽查。");
        assertNotNull(h);
        assertEquals("深化“1+N”监管", h.getTitle());
    }

    @Test
    void aHeadingAtTheStartOfTheLineIsLeftToParse() {
        assertEquals(List.of(), inline("一、主要举措和成效", 0));
    }
}

package reportcheck.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import reportcheck.facts.ReportingYear;
import reportcheck.knowledge.Knowledge;
import reportcheck.support.Engine;
import reportcheck.text.SourceText;

/** The year a report is on comes from its title, its opening words or its signature, never from page chrome. */
class ReportingYearTest {
    private static final FactBuilder BUILDER = new FactBuilder(Knowledge.load(Engine.RULES, Knowledge.DEFAULT_PROFILE));
    private static final String BODY = """
            一、主要举措和成效
            全年审查重大行政决策事项12件。
            二、下一步工作安排
            2020年，我局将继续深化行政执法规范化建设。
            """;

    private static ReportingYear year(String text) {
        return BUILDER.build("t.txt", new SourceText(text)).all().stream()
                .filter(ReportingYear.class::isInstance).map(ReportingYear.class::cast).findFirst().orElse(null);
    }

    private static String described(ReportingYear y) {
        return y == null ? null : y.getYear() + " " + y.getSource() + " " + y.getLine() + ":" + y.getColumn() + " " + y.getText();
    }

    @Test
    void theTitleGivesIt() {
        assertEquals("2018 title 1:6 2018年", described(year("某县司法局2018年法治政府建设工作报告\n" + BODY)));
    }

    @Test
    void pageChromeAboveTheTitleDoesNot() {
        for (String chrome : new String[] {"今天是：2019年10月31日 星期四", "2019年10月31日 星期四", "时间：2019年10月31日",
                "日期：2019-10-31", "更新时间：2019年10月31日", "欢迎访问本网站 今天是2019年10月31日"}) {
            String text = chrome + "\n某县司法局2018年法治政府建设工作报告\n" + BODY;
            assertEquals("2018 title 2:6 2018年", described(year(text)), chrome);
        }
    }

    @Test
    void withoutATitleYearTheOpeningGivesIt() {
        String text = "今天是：2019年10月31日 星期四\n2018年，县司法局扎实推进依法行政。\n" + BODY;
        assertEquals("2018 lead 2:1 2018年", described(year(text)));
    }

    @Test
    void withoutATitleTheSentenceThatIntroducesTheReportGivesIt() {
        String text = "现将县司法局2019年度法治政府建设情况报告如下：\n" + BODY;
        assertEquals("2019 lead 1:7 2019年", described(year(text)));
    }

    @Test
    void aTitleOrASpanOfYearsInThatSentenceDoesNot() {
        assertNull(year("现将贯彻落实《法治政府建设实施纲要（2021—2025年）》的情况报告如下：\n" + BODY));
        assertNull(year("现将2021-2025年规划中期评估情况报告如下：\n" + BODY));
    }

    @Test
    void aYearOpeningAParagraphUnderAHeadingIsNotTheOpening() {
        String text = "县司法局扎实推进依法行政。\n" + BODY + "某县司法局\n2020年2月26日\n";
        assertEquals("2019 signature 7:1 2020年", described(year(text)));
    }

    @Test
    void aReportSignedLateInTheYearIsOnThatYear() {
        String text = "县司法局扎实推进依法行政。\n" + BODY + "某县司法局\n2019年11月30日\n";
        assertEquals(2019, year(text).getYear());
    }

    @Test
    void nothingGivesNoYear() {
        assertNull(year("县司法局扎实推进依法行政。\n" + BODY));
    }
}

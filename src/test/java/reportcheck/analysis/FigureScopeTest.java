package reportcheck.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import reportcheck.text.Normalizer;

/** Whose figure it is: the unit its sentence names and a narrowing word of its clause. */
class FigureScopeTest {
    private static String scope(String text, String number) {
        String f = Normalizer.fold(text);
        return FigureScope.of(f, 0, f.indexOf(number));
    }

    @Test
    void aUnitAtTheHeadOfAClauseIsTheSubject() {
        assertEquals("城北街道", scope("城北街道全年调解纠纷386件。", "386"));
        assertEquals("滨江街道", scope("城北街道调解纠纷386件，滨江街道调解纠纷352件。", "352"));
        assertEquals("市本级", scope("其中，市本级办理行政复议案件152件。", "152"));
        assertEquals("市司法局", scope("2024年，市司法局审查规范性文件36件。", "36"));
        assertEquals("各县(市、区)", scope("各县（市、区）受理劳动人事争议案件2736件。", "2736"));
        assertEquals("全区", scope("全区共排查矛盾纠纷1200件。", "1200"));
    }

    @Test
    void aLeadersOwnCountOrAPartIsNarrowed() {
        assertEquals("", scope("全年行政机关负责人出庭应诉4件。", "4件"));
        assertEquals("·主要负责人", scope("局主要负责人出庭应诉1件。", "1件"));
        assertEquals("·带头", scope("全年行政机关负责人出庭应诉4件，主要负责人带头出庭应诉1件。", "1件"));
    }

    @Test
    void wordsThatMerelyHoldAUnitWordAndTheIssuerSpeakingOfItselfNameNoSubject() {
        assertEquals("", scope("妥善处置群体性事件83起。", "83"));
        assertEquals("", scope("2023年收集掌握不稳定因素141件，成功化解60件。", "60"));
        assertEquals("", scope("区域协作开展联合执法12次。", "12"));
        assertEquals("", scope("我局全年办理行政复议案件36件。", "36"));
        assertEquals("", scope("城北街道深入开展矛盾排查。全年调解纠纷386件。", "386"));
    }
}

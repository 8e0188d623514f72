package reportcheck.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
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

    /**
     * Looking ahead of a clause head for a unit word before trying the unit pattern there changes no
     * scope: every figure-like number of every line of the fixtures and seeds, and of lines made to
     * hold units, digits and lead words in odd places, gets the same scope either way.
     */
    @Test
    void theLookAheadForAUnitWordChangesNoScope() throws Exception {
        List<String> texts = new ArrayList<>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("rules/fixtures"))) {
            for (var f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(java.nio.file.Files.readString(f));
            }
        }
        try (var seeds = java.nio.file.Files.list(java.nio.file.Path.of("seeds"))) {
            for (var f : seeds.sorted().toList()) {
                texts.add(java.nio.file.Files.readString(f));
            }
        }
        texts.add("其中2023年城北街道办事处调解12件，全年本级受理3件；各县区共5件、市市场监管局7件，我局2件。\n"
                + "2024年全区8件，其中主要负责人出庭1件；城南区法院审结9件、某某中心站4件、A区x局6件。\n"
                + "，𠮷山镇调解纠纷3件，龙𠮷村2件。");
        int compared = 0;
        int named = 0;
        for (String text : texts) {
            String f = reportcheck.text.Normalizer.fold(text.replace("⟦", "").replace("⟧", ""));
            int start = 0;
            while (start <= f.length()) {
                int end = f.indexOf('\n', start);
                end = end < 0 ? f.length() : end;
                FigureScope.Scopes glancing = new FigureScope.Scopes(f, start, end, true);
                FigureScope.Scopes trying = new FigureScope.Scopes(f, start, end, false);
                for (int at = start; at < end; at++) {
                    if (Character.isDigit(f.charAt(at)) && (at == start || !Character.isDigit(f.charAt(at - 1)))) {
                        String expected = trying.of(at);
                        assertEquals(expected, glancing.of(at), f.substring(start, end) + " @" + (at - start));
                        compared++;
                        named += expected.isEmpty() ? 0 : 1;
                    }
                }
                start = end + 1;
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(compared > 5000 && named > 500, compared + " numbers, " + named + " with a scope");
    }
}

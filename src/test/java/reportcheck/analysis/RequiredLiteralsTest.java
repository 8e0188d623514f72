package reportcheck.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Words any match of a pattern holds: a text without them is spared the search. */
class RequiredLiteralsTest {
    private static String[] words(String regex) {
        return RequiredLiterals.of(Pattern.compile(regex));
    }

    @Test
    void aChoiceRequiresOneOfItsBranches() {
        assertArrayEquals(new String[] {"存在", "还有"},
                words("(?:^|(?<=[。!?;]))[^。!?;:]{0,24}(存在|还有)[^。!?;:]{0,10}(问题|不足|差距|短板|薄弱环节)"));
        assertArrayEquals(new String[] {"被申请行政复议", "政府信息公开行政复议"},
                words("被申请行政复议.{0,4}提起行政诉讼|政府信息公开行政复议"));
    }

    @Test
    void anOptionalPartRequiresNothing() {
        assertArrayEquals(new String[] {"数据"}, words("(所列|使用)?数据.{0,4}统计(期限|时限)"));
        assertArrayEquals(new String[] {"下一年"}, words("下一年度?"));
        assertArrayEquals(new String[] {"主动公开政府信息"}, words("主动公开政府信息(的)?情况"));
    }

    @Test
    void escapedPunctuationIsPlain() {
        assertArrayEquals(new String[] {"第二十条第("}, words("第二十条第\\((一|五|六|八)\\)项"));
    }

    @Test
    void whatIsNotFollowedGivesNoWords() {
        assertNull(words("(?i)abc"));
        assertNull(words("(a)\\1"));
        assertNull(words("\\Qabc\\E"));
        assertNull(words("[\\p{IsHan}]{2,4}"));
        assertNull(words("(年|)[0-9]?"));
        assertArrayEquals(new String[] {"报"}, words("(年|)报告?"));
        assertNull(RequiredLiterals.of(Pattern.compile("abc", Pattern.CASE_INSENSITIVE)));
    }

    @Test
    void aTextWithoutTheWordsCannotMatch() {
        String[] patterns = {"(存在|还有)[^。]{0,10}(问题|不足)", "(所列|使用)?数据.{0,4}统计(期限|时限)",
            "^(一年来|过去一年|今年以来|\\d{4}年(以来|度)?)(?=,)", "第二十条第\\((一|五|六|八)\\)项", "a+b{2,}c?"};
        String[] texts = {"工作中还有一些问题。", "本报告所列数据的统计期限", "2024年,我局", "第二十条第(五)项",
            "abbc", "数据统计", "没有相关内容", "aab"};
        for (String regex : patterns) {
            Pattern p = Pattern.compile(regex);
            String[] w = RequiredLiterals.of(p);
            for (String t : texts) {
                if (p.matcher(t).find()) {
                    assertTrue(RequiredLiterals.mayMatch(w, t), regex + " / " + t);
                }
            }
        }
        assertFalse(RequiredLiterals.mayMatch(words("(存在|还有)[^。]{0,10}(问题|不足)"), "没有相关内容"));
    }
}

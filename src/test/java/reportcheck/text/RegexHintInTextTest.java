package reportcheck.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A compiled pattern's hint checked in a short text of its own (a line, a title), as genre and part finding use it. */
class RegexHintInTextTest {
    @Test
    void aTextWithoutTheRequiredWordsCannotMatchAndOneWithThemMay() {
        String[] patterns = {"(存在|还有)[^。]{0,10}(问题|不足)", "(所列|使用)?数据.{0,4}统计(期限|时限)",
            "^(一年来|过去一年|今年以来|\\d{4}年(以来|度)?)(?=,)", "第二十条第\\((一|五|六|八)\\)项", "a+b{2,}c?",
            "被申请行政复议.{0,4}提起行政诉讼|政府信息公开行政复议", "主动公开政府信息(的)?情况"};
        String[] texts = {"工作中还有一些问题。", "本报告所列数据的统计期限", "2024年,我局", "第二十条第(五)项",
            "abbc", "数据统计", "没有相关内容", "aab", "被申请行政复议后提起行政诉讼", "主动公开政府信息情况"};
        for (String regex : patterns) {
            Pattern p = Pattern.compile(regex);
            RegexHint hint = RegexHint.of(p);
            for (String t : texts) {
                if (p.matcher(t).find()) {
                    assertTrue(RegexHint.mayMatchIn(hint, t), regex + " / " + t);
                }
            }
        }
        RegexHint problems = RegexHint.of(Pattern.compile("(存在|还有)[^。]{0,10}(问题|不足)"));
        assertFalse(RegexHint.mayMatchIn(problems, "没有相关内容"));
        assertFalse(RegexHint.mayMatchIn(problems, "还有一项工作"), "the second requirement (问题|不足) is missing");
    }

    @Test
    void aPatternWithFlagsOrNothingCertainHasNoHintAndMayMatchAnything() {
        assertNull(RegexHint.of(Pattern.compile("abc", Pattern.CASE_INSENSITIVE)));
        assertNull(RegexHint.of(Pattern.compile("[\\p{IsHan}]{2,4}")));
        assertTrue(RegexHint.mayMatchIn(null, "任何文字"));
    }

    @Test
    void onlyAPlainWordIsALiteral() {
        Pattern word = Pattern.compile("依法行政");
        assertTrue(RegexHint.isLiteral(RegexHint.of(word), word));
        Pattern choice = Pattern.compile("依法行政|法治政府");
        assertFalse(RegexHint.isLiteral(RegexHint.of(choice), choice));
        Pattern longer = Pattern.compile("依法行政[^。]{0,4}");
        assertFalse(RegexHint.isLiteral(RegexHint.of(longer), longer));
    }
}

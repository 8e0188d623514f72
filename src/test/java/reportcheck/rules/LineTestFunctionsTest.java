package reportcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reportcheck.engine.RuleBase;
import reportcheck.support.Engine;

/**
 * Two DRL functions stand in for regular expressions that rules tried on every paragraph
 * ({@code punctuated} in artifact.drl, {@code endsWithMark} in style.drl). They must answer exactly as
 * the expressions did, line terminators, white space and supplementary characters included, over
 * many made-up lines.
 */
class LineTestFunctionsTest {
    private static Method punctuated;
    private static Method endsWithMark;

    @BeforeAll
    static void functions() throws Exception {
        RuleBase rules = RuleBase.load(Engine.RULES);
        ClassLoader loader = ((org.drools.core.impl.InternalRuleBase) rules.kieBase()).getRootClassLoader();
        punctuated = loader.loadClass("reportcheck.rules.artifact.Punctuated").getMethod("punctuated", String.class);
        endsWithMark = loader.loadClass("reportcheck.rules.style.EndsWithMark")
                .getMethod("endsWithMark", String.class, String.class);
    }

    @Test
    void answerAsTheRegularExpressionsDid() throws Exception {
        String[] pieces = {"。", ",", ";", ".", "，", "字", "a", " ", "\t", "\n", "\r", "\u000B", "\f", "\u0085",
            "\u2028", "\u2029", "\u3000", "\u00A0", "\uD840\uDC00", "|", ""};
        Random random = new Random(11);
        int punctuatedLines = 0;
        int endingLines = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(8);
            for (int k = 0; k < length; k++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = b.toString();
            boolean p = s.matches(".*[。,;].*");
            assertEquals(p, punctuated.invoke(null, s), () -> "punctuated " + s.codePoints().boxed().toList());
            boolean e = s.matches("(?s).*。\\s*");
            assertEquals(e, endsWithMark.invoke(null, s, "。"), () -> "ends with 。 " + s.codePoints().boxed().toList());
            assertEquals(s.matches("(?s).*[。.]\\s*"), endsWithMark.invoke(null, s, "。."),
                    () -> "ends with 。 or . " + s.codePoints().boxed().toList());
            punctuatedLines += p ? 1 : 0;
            endingLines += e ? 1 : 0;
        }
        // both answers came up often enough for the comparison to mean something
        assertEquals(true, punctuatedLines > 2_000 && punctuatedLines < 18_000, "punctuated " + punctuatedLines);
        assertEquals(true, endingLines > 500 && endingLines < 19_500, "ending " + endingLines);
    }
}

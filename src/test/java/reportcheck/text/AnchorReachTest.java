package reportcheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AnchorReachTest {
    private static String shown(AnchorReach.Found f) {
        return f == null ? null : new String(f.chars()) + " " + f.ahead();
    }

    @Test
    void anUnboundedRunAfterTheCharactersLeavesTheirReachBounded() {
        // the style.stray-space shape: each branch holds a space within four characters of its start
        assertEquals(" 　 5", shown(AnchorReach.of("(?<![0-9])(?:19|20)[0-9]{2}[ 　]+年|、[ 　]+(?=[\\p{IsHan}“])"
                + "|\\p{IsHan}[ 　]+“(?=[^”\\n]{1,30}”)|”(?<=“[^“”\\n]{1,30}”)[ 　]+\\p{IsHan}")));
        assertEquals("X 1", shown(AnchorReach.of("X+年*")));
        assertEquals("ab 5", shown(AnchorReach.of("\\d{0,2}[ab].*")), "an escape may be two units");
        assertEquals("ab 3", shown(AnchorReach.of("[0-9]{0,2}[ab].*")));
        assertEquals("ab 5", shown(AnchorReach.of("[^x]{0,2}[ab].*")), "a negated class may match a supplementary character");
    }

    @Test
    void noReachWhereABranchMayLackTheCharactersOrAnUnboundedStretchComesFirst() {
        assertNull(AnchorReach.of("a+b|c"), "no character common to both branches near their starts");
        assertNull(AnchorReach.of(".*x"), "an unbounded stretch before it");
        assertNull(AnchorReach.of("x?y*"), "nothing a match cannot do without");
        assertNull(AnchorReach.of("(?=x)y?"), "a look-ahead consumes nothing");
        assertEquals("y 1", shown(AnchorReach.of("(?=x)y+")), "what it looks at is not taken for what the match holds");
        assertNull(AnchorReach.of("(a)\\1+"), "a back reference is not analysed");
        assertNull(AnchorReach.of("\\s+"), "an escape is never one of the characters");
    }
}

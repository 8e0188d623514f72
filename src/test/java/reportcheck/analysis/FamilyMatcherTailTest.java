package reportcheck.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The literal a title shape must end with, which spares most cited titles the shape's search. */
class FamilyMatcherTailTest {
    private static final String PLACE = "(?<place>[\\p{IsHan}]{1,16}?(?:省|市|县|区))";

    @Test
    void aShapeBuiltFromPlaceAndFixedPartEndsWithTheFixedPart() {
        Pattern shape = Pattern.compile(Pattern.quote("") + PLACE + Pattern.quote("法治政府建设实施方案"));
        String tail = FamilyMatcher.literalTail(shape);
        assertEquals("法治政府建设实施方案", tail);
        // the condition holds for what the shape matches
        assertTrue(shape.matcher("某某市法治政府建设实施方案").matches());
        assertTrue("某某市法治政府建设实施方案".endsWith(tail));
    }

    @Test
    void aShapeEndingOtherwiseGivesNoTail() {
        assertEquals("", FamilyMatcher.literalTail(Pattern.compile(PLACE + "法治政府建设规划")));
        assertEquals("", FamilyMatcher.literalTail(Pattern.compile(Pattern.quote("规划") + PLACE)));
    }

    @Test
    void lettersWithCaseGiveNoTailForAFlagMayMatchThemOtherwise() {
        assertEquals("", FamilyMatcher.literalTail(Pattern.compile("(?i)" + PLACE + Pattern.quote("Plan"))));
    }

    @Test
    void anEscapedBackslashBeforeQIsNoQuote() {
        assertEquals("", FamilyMatcher.literalTail(Pattern.compile("a\\\\Qb\\\\E")));
    }
}

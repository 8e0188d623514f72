package reportcheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegexAlternativesTest {
    @Test
    void splitsOnlyAtTheTopLevel() {
        assertEquals(List.of("a", "^(b|c)", "[|x]d", "\\|e", "(?:f|g)h"), RegexAlternatives.of("a|^(b|c)|[|x]d|\\|e|(?:f|g)h"));
        assertEquals(List.of("[]|]x", "[^]|]y", "[a[|]]z", "w"), RegexAlternatives.of("[]|]x|[^]|]y|[a[|]]z|w"));
        assertEquals(List.of("^x$", ""), RegexAlternatives.of("^x$|"));
    }

    @Test
    void aPatternItCannotBeSureOfComesBackWhole() {
        assertEquals(List.of("(?i)a|b"), RegexAlternatives.of("(?i)a|b"));
        assertEquals(List.of("\\Qa|b\\E|c"), RegexAlternatives.of("\\Qa|b\\E|c"));
        assertEquals(List.of("(a|b"), RegexAlternatives.of("(a|b"));
        // flags set between alternatives hold for those after them; flags of a group stay in it
        assertEquals(List.of("a|(?i)b|c"), RegexAlternatives.of("a|(?i)b|c"));
        assertEquals(List.of("a", "(?i:b)", "(x(?i)y)", "c"), RegexAlternatives.of("a|(?i:b)|(x(?i)y)|c"));
    }
}

package reportcheck.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import reportcheck.facts.PatternList;
import reportcheck.text.SourceText;

/** The character rules' pass over a report: each traditional form's first use, and the simplified forms used. */
class CharPairsTest {
    /** The characters among {@code candidates} that the report uses as simplified forms. */
    private static Set<Character> used(CharPairs.Uses uses, String candidates) {
        Set<Character> out = new HashSet<>();
        for (char c : candidates.toCharArray()) {
            if (uses.usesSimplified(c)) {
                out.add(c);
            }
        }
        return out;
    }

    @Test
    void firstUseOfEachTraditionalFormInTextOrderAndEverySimplifiedFormUsed() {
        PatternList pairs = new PatternList("traditional-chars", List.of("設设", "務务", "國国", "們们"));
        String text = "我们建設服务型政府，政務公开，建設法治国家。";
        CharPairs.Uses uses = CharPairs.uses(new SourceText(text), pairs);
        assertEquals(List.of('設', '務'), uses.traditionalForms());
        assertEquals(3, uses.firstUse('設'));
        assertEquals(11, uses.firstUse('務'));
        assertNull(uses.firstUse('國'));
        assertEquals(Set.of('们', '务', '国'), used(uses, "设务国们建服"));
    }

    @Test
    void aFormListedTwiceKeepsItsLastPartnerAndATraditionalFormIsNeverCountedAsSimplified() {
        // 乾 is listed with two partners: only the last (干) counts as a simplified form used; 後 is
        // the partner of 后 (a made-up pair) and a traditional form itself: it counts as traditional
        PatternList pairs = new PatternList("traditional-chars", List.of("乾虔", "乾干", "後后", "后後"));
        CharPairs.Uses uses = CharPairs.uses(new SourceText("虔诚，干部，後来"), pairs);
        assertEquals(Set.of('干'), used(uses, "虔干後后"));
        assertEquals(List.of('後'), uses.traditionalForms());
        assertEquals(6, uses.firstUse('後'));
    }

    @Test
    void anotherListGivesItsOwnAnswer() {
        SourceText text = new SourceText("設");
        assertEquals(List.of('設'), CharPairs.uses(text, new PatternList("a", List.of("設设"))).traditionalForms());
        CharPairs.Uses other = CharPairs.uses(text, new PatternList("b", List.of("务務")));
        assertEquals(List.of(), other.traditionalForms());
        assertEquals(Set.of(), used(other, "务務設设"));
    }
}

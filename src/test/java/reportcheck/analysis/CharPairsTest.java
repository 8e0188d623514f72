package reportcheck.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import reportcheck.facts.PatternList;
import reportcheck.text.SourceText;

/** The character rules' pass over a report: each traditional form's first use, and the simplified forms used. */
class CharPairsTest {
    @Test
    void firstUseOfEachTraditionalFormInTextOrderAndEverySimplifiedFormUsed() {
        PatternList pairs = new PatternList("traditional-chars", List.of("設设", "務务", "國国", "們们"));
        Set<Character> used = new HashSet<>();
        String text = "我们建設服务型政府，政務公开，建設法治国家。";
        Map<Character, Integer> first = CharPairs.firstUses(new SourceText(text), pairs, used);
        assertEquals(List.of('設', '務'), List.copyOf(first.keySet()));
        assertEquals(3, first.get('設'));
        assertEquals(11, first.get('務'));
        assertEquals(Set.of('们', '务', '国'), used);
    }

    @Test
    void aFormListedTwiceKeepsItsLastPartnerAndATraditionalFormIsNeverCountedAsSimplified() {
        // 乾 is listed with two partners: only the last (干) counts as a simplified form used; 後 is
        // the partner of 后 (a made-up pair) and a traditional form itself: it counts as traditional
        PatternList pairs = new PatternList("traditional-chars", List.of("乾虔", "乾干", "後后", "后後"));
        Set<Character> used = new HashSet<>();
        Map<Character, Integer> first = CharPairs.firstUses(new SourceText("虔诚，干部，後来"), pairs, used);
        assertEquals(Set.of('干'), used);
        assertEquals(Map.of('後', 6), first);
    }

    @Test
    void anotherListGivesItsOwnAnswer() {
        Set<Character> used = new HashSet<>();
        CharPairs.firstUses(new SourceText("設"), new PatternList("a", List.of("設设")), used);
        Map<Character, Integer> first = CharPairs.firstUses(new SourceText("設"), new PatternList("b", List.of("务務")), used);
        assertEquals(Map.of(), first);
    }
}

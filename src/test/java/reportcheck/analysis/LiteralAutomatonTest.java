package reportcheck.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one-pass literal search finds what a search per literal finds: every occurrence, overlaps and suffixes included. */
class LiteralAutomatonTest {
    private static List<String> scan(Map<String, List<String>> literals, String text) {
        List<String> out = new ArrayList<>();
        new LiteralAutomaton<>(literals).scan(text, (at, v) -> out.add(at + ":" + v));
        return out.stream().sorted().toList();
    }

    @Test
    void findsOverlappingLiteralsAndLiteralsInsideOthers() {
        Map<String, List<String>> lits = Map.of("he", List.of("he"), "she", List.of("she"), "his", List.of("his"),
                "hers", List.of("hers"));
        assertEquals(List.of("1:she", "2:he", "2:hers"), scan(lits, "ushers"));
        assertEquals(List.of("0:his", "2:she", "3:he"), scan(lits, "hishe"));
    }

    @Test
    void agreesWithASearchPerLiteral() {
        Map<String, List<String>> lits = Map.of("针贬", List.of("a"), "针贬时弊", List.of("b"), "贬时", List.of("c"),
                "aa", List.of("d"));
        String text = "针贬时弊，针贬，aaa针针贬";
        List<String> expected = new ArrayList<>();
        lits.forEach((lit, v) -> {
            for (int i = text.indexOf(lit); i >= 0; i = text.indexOf(lit, i + 1)) {
                expected.add(i + ":" + v.get(0));
            }
        });
        assertEquals(expected.stream().sorted().toList(), scan(lits, text));
    }
}

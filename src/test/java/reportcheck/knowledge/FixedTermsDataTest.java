package reportcheck.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import reportcheck.support.Engine;
import reportcheck.text.Normalizer;

/**
 * rules/data/fixed-terms.json, entry by entry: every field in its place, the wrong use in {@code bad}
 * found, that text corrected with {@code right} silent, and the legitimate neighbours in {@code ok}
 * silent. Examples are separated by ；.
 */
class FixedTermsDataTest {
    private static final Path FILE = Engine.RULES.resolve("data").resolve(Reference.TERMS_FILE);
    private static final Set<String> FIELDS = Set.of("id", "wrong", "right", "severity", "reason", "norm", "inTitles", "bad", "ok");

    private static JsonNode root() throws IOException {
        return new ObjectMapper().readTree(FILE.toFile());
    }

    @Test
    void everyEntryHasItsShape() throws IOException {
        JsonNode terms = root().path("terms");
        Set<String> ids = new HashSet<>();
        for (JsonNode t : terms) {
            String id = t.path("id").asText();
            assertTrue(id.matches("[a-z0-9]+(-[a-z0-9]+)*") && ids.add(id), "id missing, badly formed or twice: " + id);
            t.fieldNames().forEachRemaining(f -> assertTrue(FIELDS.contains(f), id + ": unknown field " + f));
            for (String f : new String[] {"wrong", "right", "reason", "norm", "bad"}) {
                assertFalse(t.path(f).asText().isBlank(), id + " needs " + f);
            }
            assertTrue(Set.of("error", "warning").contains(t.path("severity").asText()), id + ": severity");
            assertFalse(t.path("reason").asText().endsWith("。"), id + ": the message adds the full stop");
        }
        // terms and the editions of formulas together are the genre's fixed wording
        assertTrue(terms.size() + root().path("formulas").size() >= 100, terms.size() + " terms");
        assertEquals(terms.size(), Reference.load(Engine.RULES.resolve("data")).terms().size());
    }

    @Test
    void theWrongUseIsFoundAndItsCorrectionIsNot() throws IOException {
        for (JsonNode t : root().path("terms")) {
            String id = t.path("id").asText();
            Pattern wrong = Pattern.compile(t.path("wrong").asText());
            String right = t.path("right").asText();
            assertFalse(wrong.matcher(Normalizer.fold(right)).find(), id + ": the right form matches its own wrong pattern");
            for (String bad : t.path("bad").asText().split("；")) {
                String text = Normalizer.fold(bad);
                assertTrue(wrong.matcher(text).find(), id + ": not found in " + bad);
                String fixed = correct(wrong, text, right);
                assertFalse(wrong.matcher(fixed).find(), id + ": still found after correcting to " + fixed);
            }
            for (String ok : t.path("ok").asText().split("；")) {
                if (!ok.isEmpty()) {
                    assertFalse(wrong.matcher(Normalizer.fold(ok)).find(), id + ": found in the legitimate " + ok);
                }
            }
        }
    }

    /** The text with every match (its group e when there is one) replaced by the right form. */
    private static String correct(Pattern wrong, String text, String right) {
        boolean narrowed = wrong.pattern().contains("(?<e>");
        StringBuilder out = new StringBuilder();
        int at = 0;
        Matcher m = wrong.matcher(text);
        while (m.find()) {
            int s = narrowed ? m.start("e") : m.start();
            int e = narrowed ? m.end("e") : m.end();
            out.append(text, at, s).append(right);
            at = e;
        }
        return out.append(text.substring(at)).toString();
    }
}

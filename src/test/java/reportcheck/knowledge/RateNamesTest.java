package reportcheck.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportcheck.support.Engine;

/** rules/data/rates.json: every rate has a numerator, a base and a source; a rate is found by the end of its name. */
class RateNamesTest {
    private final List<RateName> rates = RateNames.load(Engine.RULES.resolve("data"));

    @Test
    void everyEntryHasItsWordsAndASource() {
        assertTrue(rates.size() >= 5, "the table lists the common rates");
        for (RateName r : rates) {
            assertTrue(r.rate().endsWith("率") && !r.numerator().isEmpty() && !r.base().isEmpty() && !r.source().isBlank(),
                    r.toString());
            assertTrue(r.numerator().stream().noneMatch(r.base()::contains), "a word is numerator and base: " + r);
        }
    }

    @Test
    void aRateIsFoundByTheEndOfItsNameAndTheLongestWins() {
        assertEquals("结案率", RateNames.find(rates, "仲裁结案").rate());
        assertEquals("认罪认罚率", RateNames.find(rates, "认罪认罚").rate());
        assertNull(RateNames.find(rates, "注册"));
        List<RateName> two = List.of(new RateName("合格率", List.of("合格"), List.of("抽检"), List.of(), "s"),
                new RateName("基本合格率", List.of("基本合格"), List.of("抽检"), List.of(), "s"));
        assertEquals("基本合格率", RateNames.find(two, "评查基本合格").rate());
    }

    @Test
    void aBadEntryIsNamedAndAMissingFileMeansNoRates(@TempDir Path dir) throws Exception {
        assertEquals(List.of(), RateNames.load(dir));
        Files.writeString(dir.resolve(RateNames.FILE), "{\"rates\": [{\"rate\": \"结案\", \"numerator\": [\"结案\"], \"base\": [\"受理\"], \"source\": \"s\"}]}");
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> RateNames.load(dir));
        assertTrue(e.getMessage().contains(RateNames.FILE) && e.getMessage().contains("率"), e.getMessage());
        Files.writeString(dir.resolve(RateNames.FILE), "{\"rates\": [{\"rate\": \"结案率\", \"numerator\": [], \"base\": [\"受理\"], \"source\": \"s\"}]}");
        e = assertThrows(KnowledgeException.class, () -> RateNames.load(dir));
        assertTrue(e.getMessage().contains("numerator"), e.getMessage());
    }
}

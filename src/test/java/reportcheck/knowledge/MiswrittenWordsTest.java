package reportcheck.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportcheck.analysis.WordFinder;
import reportcheck.facts.MiswrittenUse;
import reportcheck.facts.MiswrittenWord;
import reportcheck.support.Engine;
import reportcheck.text.SourceText;

/**
 * rules/data/miswritten-words.json: every entry well formed and found where it is wrong, its right
 * form and its legitimate neighbours silent, and the clean texts of the project free of all of them.
 */
class MiswrittenWordsTest {
    private static final Path FILE = Engine.RULES.resolve("data").resolve(Reference.WORDS_FILE);
    private final List<MiswrittenWord> words = Reference.load(Engine.RULES.resolve("data")).words();
    private final WordFinder finder = new WordFinder(words);

    private List<String> found(String text) {
        return finder.find(new SourceText(text)).stream().map(u -> u.getText() + "→" + u.getWord().getRight()).toList();
    }

    @Test
    void everyEntryHasItsRightFormReasonAndSource() throws IOException {
        JsonNode root = new ObjectMapper().readTree(FILE.toFile());
        assertEquals(root.path("words").size(), words.size());
        assertTrue(words.size() >= 300, words.size() + " words");
        for (MiswrittenWord w : words) {
            assertFalse(w.getReason().isBlank() || w.getSource().isBlank(), w + " needs a reason and a source");
            assertTrue(w.getSeverity().equals("error") || w.getSeverity().equals("warning"), w.toString());
            assertFalse(w.getWrong().equals(w.getRight()), w.toString());
        }
    }

    @Test
    void eachWrongFormIsFoundAndItsRightFormAndNeighboursAreNot() throws IOException {
        JsonNode root = new ObjectMapper().readTree(FILE.toFile());
        for (JsonNode e : root.path("words")) {
            String wrong = e.get("wrong").asText();
            String bad = e.path("bad").asText(wrong);
            boolean positiveContext = !e.path("after").asText("").isEmpty() && !e.path("after").asText().startsWith("(?!");
            assertFalse(positiveContext && !e.has("bad"), wrong + ": an entry that needs a context shows a wrong use in bad");
            List<MiswrittenUse> hits = finder.find(new SourceText(bad));
            assertTrue(hits.stream().anyMatch(u -> u.getWord().getWrong().equals(wrong) && u.getText().equals(wrong)),
                    bad + " should be found as " + wrong);
            assertTrue(e.hasNonNull("ok") && !e.get("ok").asText().isBlank(), wrong + " needs ok: legitimate neighbours");
            String fixed = bad.replace(wrong, e.get("right").asText());
            assertEquals(List.of(), found(fixed), "the corrected " + fixed);
            assertEquals(List.of(), found(e.get("ok").asText()), "the neighbours of " + wrong);
        }
    }

    @Test
    void theContextOfAnEntryDecides() {
        assertEquals(List.of("截止→截至", "截止→截至"), found("截止2023年12月31日，截止目前，申报截止日期为5月1日，报名截止。"));
        assertEquals(List.of("布署→部署"), found("发布署名文章，作出布署。"));
        assertEquals(List.of(), found("既使群众满意又使企业便利。"));
        // one finding for a word inside a longer one, both found in the same pass
        assertEquals(List.of("针贬时弊→针砭时弊", "针贬→针砭"), found("针贬时弊，针贬。"));
    }

    @Test
    void theSeedsTheCleanReportsAndTheDomainNotesHoldNoneButOneUsage() throws IOException {
        List<String> all = new ArrayList<>();
        List<Path> texts = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(texts::add);
        }
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/reports"))) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(texts::add);
        }
        Path domain = Path.of("..", "..", "shared", "DOMAIN.md");
        if (Files.isRegularFile(domain)) {
            texts.add(domain);
        }
        for (Path p : texts) {
            for (String f : found(Files.readString(p, StandardCharsets.UTF_8))) {
                all.add(p.getFileName() + " " + f);
            }
        }
        // seed 002 writes 其它 once, a usage official writing avoids; nothing else is miswritten
        assertEquals(List.of("002_ada55667925c30fd.txt 其它→其他"), all);
    }

    @Test
    void aBadEntryIsAClearError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(Reference.WORDS_FILE),
                "{\"words\": [{\"wrong\": \"按步就班\", \"right\": \"按部就班\", \"reason\": \"r\"}]}", StandardCharsets.UTF_8);
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> Reference.load(dir));
        assertTrue(e.getMessage().contains("按步就班") && e.getMessage().contains("source"), e.getMessage());
        Files.writeString(dir.resolve(Reference.WORDS_FILE),
                "{\"words\": [{\"wrong\": \"截止\", \"right\": \"截止至\", \"reason\": \"r\", \"source\": \"s\"}]}",
                StandardCharsets.UTF_8);
        e = assertThrows(KnowledgeException.class, () -> Reference.load(dir));
        assertTrue(e.getMessage().contains("right"), e.getMessage());
    }
}

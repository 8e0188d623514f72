package reportcheck.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportcheck.facts.PatternList;

/** rules/data/lists: every list a rule names exists and compiles; a broken entry names its file and line. */
class PatternListsTest {
    private static final Path RULES = Path.of("rules");

    @Test
    void everyListTheRulesNameIsThere() throws Exception {
        Set<String> loaded = PatternLists.load(RULES.resolve("data").resolve(PatternLists.DIR)).stream()
                .map(PatternList::getName).collect(Collectors.toSet());
        Pattern named = Pattern.compile("PatternList\\(name == \"([^\"]+)\"\\)");
        int used = 0;
        try (var files = Files.list(RULES)) {
            for (Path drl : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Matcher m = named.matcher(Files.readString(drl));
                while (m.find()) {
                    assertTrue(loaded.contains(m.group(1)), drl + " names a list that is not there: " + m.group(1));
                    used++;
                }
            }
        }
        assertTrue(used >= 10, "rules use the lists: " + used);
    }

    @Test
    void entriesAreFoldedAndJoinedLongestFirst(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("fields.txt"), "# a comment\n来源\n\n浏览次数\n字号：\n");
        PatternList l = PatternLists.load(dir).get(0);
        assertEquals("fields", l.getName());
        assertEquals(List.of("来源", "浏览次数", "字号:"), l.getEntries());
        assertEquals("(?:浏览次数|字号:|来源)", l.getRegex());
    }

    @Test
    void aBrokenEntryNamesItsFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.txt"), "# list\n来源\n[未闭合\n");
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> PatternLists.load(dir));
        assertTrue(e.getMessage().contains("bad.txt") && e.getMessage().contains("第3行"), e.getMessage());
    }

    @Test
    void anEmptyListIsRefusedAndAMissingFolderIsNoLists(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("empty.txt"), "# nothing yet\n");
        assertThrows(KnowledgeException.class, () -> PatternLists.load(dir));
        assertFalse(PatternLists.load(dir.resolve("absent")) == null);
        assertEquals(List.of(), PatternLists.load(dir.resolve("absent")));
    }
}

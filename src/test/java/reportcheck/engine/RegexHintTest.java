package reportcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import reportcheck.text.Normalizer;

class RegexHintTest {
    private static String chars(BitSet b) {
        StringBuilder sb = new StringBuilder();
        b.stream().forEach(c -> sb.append((char) c));
        return sb.toString();
    }

    @Test
    void picksTheRarestRequiredCharacters() {
        assertEquals("?", chars(RegexHint.of("年\\?+月")));
        assertEquals("_", chars(RegexHint.of("_{2,}")));
        assertEquals("待", chars(RegexHint.of("(?<![有亟尚仍])(?<e>待(填写?|补充))(?![完健])")));
        assertEquals("Xx×Ｘｘ", chars(RegexHint.of(
                "(?<![A-Za-z0-9])(?<e>[XxＸｘ×]{2,}|[XＸ×](?=[年月日号个项件起人次名家局区县市%]))(?![A-Za-z])")));
        assertEquals(":", chars(RegexHint.of("(?<e>(来源|发布时间)\\s*:)(?=\\s*$)")));
        assertEquals("\t ", chars(RegexHint.of("(?<e>(?<=[\\p{IsHan}])[ \\t]+(万|亿)?(起|件)|年[ \\t]+月)")));
    }

    @Test
    void givesNoHintWhenAMatchNeedNotHoldAKnownCharacter() {
        assertNull(RegexHint.of("a?b*"));
        assertNull(RegexHint.of("x|\\d+"));
        assertNull(RegexHint.of("[^abc]+"));
        assertNull(RegexHint.of("(?i)xx"));
        assertNull(RegexHint.of("\\u4E00"));
        assertNull(RegexHint.of("(a)\\1"));
        assertNull(RegexHint.of("\\Qa\\E"));
        assertNull(RegexHint.of("^$"));
        assertNull(RegexHint.of("\\p{IsHan}{2,}"));
        assertNull(RegexHint.of("[\\p{IsHan}x]"));
    }

    /** Whenever a pattern matches, the text holds one of its hint's characters. */
    @Test
    void aHintNeverHidesAMatch() throws Exception {
        List<String> patterns = new ArrayList<>(drlPatterns());
        patterns.addAll(List.of("(a|b)c+", "[0-9]{2}年", "x{0}y", "(?:ab)+|cd", "\\.\\?\\(", "[a-c\\-]z",
                "((?=x)x)", "(?<=年)\\s+月"));
        assertTrue(patterns.size() > 10, "the rules' patterns were found: " + patterns.size());
        List<String> texts = texts();
        int matched = 0;
        for (String regex : patterns) {
            BitSet hint = RegexHint.of(regex);
            Pattern p = Pattern.compile(regex);
            for (String t : texts) {
                Matcher m = p.matcher(t);
                if (m.find()) {
                    matched++;
                    assertTrue(hint == null || RegexHint.mayMatch(RegexHint.table(hint), t, 0, t.length()),
                            regex + " matches \"" + m.group() + "\" in a text its hint rejects");
                }
            }
        }
        assertTrue(matched > 50, "enough matches to mean something: " + matched);
    }

    private static List<String> drlPatterns() throws Exception {
        List<String> out = new ArrayList<>();
        Pattern call = Pattern.compile("Spans\\.(?:find|has)\\([^,]+,\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\)");
        try (Stream<Path> s = Files.walk(Path.of("rules"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Matcher m = call.matcher(Files.readString(f));
                while (m.find()) {
                    out.add(m.group(1).replaceAll("\\\\(.)", "$1"));
                }
            }
        }
        return out;
    }

    private static List<String> texts() throws Exception {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("rules/fixtures"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    out.add(Normalizer.fold(line.replace("⟦", "").replace("⟧", "")));
                }
            }
        }
        String alphabet = "XxＸ×待填补充【】_ 　\t?？:：()（）略年月日件起人次点击率来源abc0123456789-.xyzz";
        Random r = new Random(7);
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(12); k > 0; k--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            out.add(Normalizer.fold(sb.toString()));
        }
        return out;
    }
}

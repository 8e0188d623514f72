package reportcheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rewritten \p{IsHan} matches exactly the characters the property matches, in every position. */
class HanClassTest {
    @Test
    void rewritesThePropertyInsideAndOutsideClassesOnly() {
        assertEquals("[\\x{4E00}-\\x{9FFC}\\p{IsHan}]{2}", HanClass.fast("\\p{IsHan}{2}"));
        assertEquals("[\\x{4E00}-\\x{9FFC}\\p{IsHan}”》]", HanClass.fast("[\\p{IsHan}”》]"));
        assertEquals("[^\\x{4E00}-\\x{9FFC}\\p{IsHan}\\s]", HanClass.fast("[^\\p{IsHan}\\s]"));
        assertEquals("[]a][\\x{4E00}-\\x{9FFC}\\p{IsHan}]", HanClass.fast("[]a]\\p{IsHan}"));
        // an escaped backslash before "p{IsHan}" is no property; \P{IsHan} and quoting are left alone
        assertEquals("\\\\p{IsHan}", HanClass.fast("\\\\p{IsHan}"));
        assertEquals("\\P{IsHan}", HanClass.fast("\\P{IsHan}"));
        assertEquals("\\Q[\\E\\p{IsHan}", HanClass.fast("\\Q[\\E\\p{IsHan}"));
        String none = "法治(?:政府)";
        assertTrue(none == HanClass.fast(none), "a pattern without the property is returned as it is");
    }

    @Test
    void everyCodePointMatchesAsBefore() {
        List<String> forms = List.of("\\p{IsHan}", "[\\p{IsHan}”》]", "[^\\p{IsHan}\\s]", "[\\p{IsHan}&&[^一]]",
                "[a[\\p{IsHan}]]");
        for (String form : forms) {
            Matcher before = Pattern.compile(form).matcher("");
            Matcher after = Pattern.compile(HanClass.fast(form)).matcher("");
            for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
                String s = Character.toString(cp);
                if (before.reset(s).matches() != after.reset(s).matches()) {
                    assertEquals(before.matches(), after.matches(), form + " at U+" + Integer.toHexString(cp));
                }
            }
        }
    }

    @Test
    void searchesOfTheSeedsFindTheSameMatches() throws Exception {
        List<String> patterns = List.of(
                "(?<e>(?:[\\p{IsHan}”》]{1,4}+|(?<![\\d.])\\d{1,6}(?:\\.\\d{1,4})?%)(?<!^[一二三四五六七八九十]{1,3})\\.)",
                "(?<=\\p{IsHan})[ 　]+(?=\\p{IsHan})", "\\p{IsHan}{2,8}?(?:局|委|办)", "[^\\p{IsHan}，。]{3,}",
                "(?<![\\p{IsHan}])\\d+(?=\\p{IsHan})");
        List<String> texts = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("seeds"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(f));
            }
        }
        texts.add("⺁⻊⼀々〇〡𠀀𪜀 法治政府。建设 年度. 增长15.2%.");
        int found = 0;
        for (String p : patterns) {
            for (String t : texts) {
                List<String> a = matches(Pattern.compile(p), t);
                assertEquals(a, matches(Pattern.compile(HanClass.fast(p)), t), p);
                found += a.size();
            }
        }
        assertTrue(found > 100, "enough matches to mean something: " + found);
    }

    private static List<String> matches(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }
}

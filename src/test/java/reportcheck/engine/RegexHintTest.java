package reportcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import reportcheck.text.RegexHint;
import reportcheck.text.StartChars;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import reportcheck.fixtures.Fixture;
import reportcheck.fixtures.Fixtures;
import reportcheck.support.Engine;
import reportcheck.text.Normalizer;

class RegexHintTest {
    private static List<List<String>> req(String regex) {
        return RegexHint.of(regex).requirements();
    }

    @Test
    void wordsAndMarksAMatchMustHold() {
        assertEquals(List.of(List.of("法制政府")), req("(?<![执立司依])法制政府"));
        assertEquals(List.of(List.of("__")), req("(?<![A-Za-z0-9_.])_{2,}(?![A-Za-z0-9_])"));
        assertEquals(List.of(List.of("待"), List.of("填", "补充")), req("(?<![有亟尚仍])(?<e>待(填写?|补充))(?![完健])"));
        assertEquals(List.of(List.of("年?"), List.of("月")), req("年\\?+月"));
        assertEquals(List.of(List.of("X", "x", "Ｘ", "ｘ", "×")), req(
                "(?<![A-Za-z0-9])(?<e>[XxＸｘ×]{2,}|[XＸ×](?=[年月日号个项件起人次名家局区县市%]))(?![A-Za-z])"));
        assertEquals(List.of(List.of("【")), req("【\\s*】|【[^】]{0,12}(待|补充|数据|\\?)[^】]{0,12}】"));
        assertEquals(List.of(List.of("目前", "到目前为止", "今年以来")), req("截[至止]到?目前|到目前为止|今年以来"));
        assertTrue(req("(?<e>(来源|发布时间)\\s*:)(?=\\s*$)").contains(List.of(":")));
        // a positive look-around needs what it looks for, a negative one nothing; a named back reference
        // needs nothing more than its group
        assertEquals(List.of(List.of("县县", "区区"), List.of("县", "区")), req("(?<=\\p{IsHan})(?=县县|区区)(?<e>(?<c>[县区])\\k<c>)(?!委)"));
        assertEquals(List.of(List.of("年")), req("(?<!今)(?<=年)\\s*(?!底)"));
        assertEquals(List.of(List.of(",", "、")), req("(?<c>\\p{IsHan}{2})[,、]\\k<c>"));
    }

    /**
     * A requirement the pattern makes several times is kept once, so the few places the hint keeps
     * go to different words: the sixteen-character guideline's pattern needs a mark three times,
     * and with the mark kept once its 执法 and 司法 filter too (before, three copies of the mark and
     * 立法, a pair found in most paragraphs of these reports, let nearly every paragraph through).
     */
    @Test
    void aRequirementMadeSeveralTimesIsKeptOnce() {
        String regex = "\\p{IsHan}{2}立法[、,]\\p{IsHan}{2}执法[、,]\\p{IsHan}{2}司法[、,]\\p{IsHan}{2}[守普]法";
        assertEquals(List.of(List.of("、", ","), List.of("立法"), List.of("执法"), List.of("司法")), req(regex));
        RegexHint hint = RegexHint.of(regex);
        assertFalse(RegexHint.mayMatchIn(hint, "推进科学立法、民主立法、依法立法，加强立法、备案工作。"));
        assertTrue(RegexHint.mayMatchIn(hint, "坚持科学立法、规范执法、公正司法、全民守法。"));
        assertEquals(List.of(List.of(",", ";", ":", "。", "、")), req("[,;:。、]\\s*[,;:。、]"));
    }

    /**
     * Each branch of an alternation contributes its rarest requirement. A year with marks in place of
     * digits needs both 年 and a mark; 年 stands in nearly every paragraph of a report, so the mark is
     * the filter, and a paragraph with years but no mark is passed over without a search.
     */
    @Test
    void aBranchIsFilteredByItsRarerRequirementNotByACommonCharacter() {
        String regex = "[Xx×]{2,}|(?<![0-9])(?=[0-9]*[Xx×*])(?=[Xx×*]*[0-9])[0-9Xx×*]{4}(?=年)";
        assertEquals(List.of(List.of("X", "x", "×", "*")), req(regex));
        RegexHint hint = RegexHint.of(regex);
        assertFalse(RegexHint.mayMatchIn(hint, "2023年，全年办理行政复议案件12起，2024年将继续推进。"));
        assertTrue(RegexHint.mayMatchIn(hint, "20XX年，全年办理行政复议案件12起。"));
        // a Latin letter is rarer than a digit in these reports, so it is tried first
        assertEquals(List.of(List.of("a", "b"), List.of("1", "2")), req("[12](?:a|b)"));
        // a supplementary character, whose quantifier applies to both its units, gives no hint
        assertNull(RegexHint.of("a\uD840\uDC00?b"));
    }

    @Test
    void givesNoHintWhenAMatchNeedNotHoldAKnownCharacter() {
        for (String regex : List.of("a?b*", "x|\\d+", "[^abc]+", "(?i)xx", "\\u4E00", "(a)\\1", "\\Qa\\E", "^$",
                "\\p{IsHan}{2,}", "[\\p{IsHan}x]", "(ab)?")) {
            assertNull(RegexHint.of(regex), regex);
        }
    }

    /** Whenever a pattern the rules use matches, its hint lets the text through. */
    @Test
    void aHintNeverHidesAMatch() throws Exception {
        for (Fixture f : Fixtures.load(Engine.RULES)) {
            Engine.check(f.text());
        }
        List<String> patterns = new ArrayList<>(Spans.patterns());
        assertTrue(patterns.size() > 20, "the rules' patterns were collected: " + patterns.size());
        patterns.addAll(List.of("(a|b)c+", "[0-9]{2}年", "x{0}y", "(?:ab)+|cd", "\\.\\?\\(", "[a-c\\-]z", "((?=x)x)",
                "(?<=年)\\s+月", "ab?c", "a_{2,}b", "(年|月)日?(号|时)"));
        List<String> texts = texts();
        int matched = 0;
        for (String regex : patterns) {
            RegexHint hint = RegexHint.of(regex);
            Pattern p = Pattern.compile(regex);
            for (String t : texts) {
                Matcher m = p.matcher(t);
                if (m.find()) {
                    matched++;
                    // the message is built only on failure: a pattern without a hint has no requirements to name
                    assertTrue(hint == null || hint.mayMatch(t, 0, t.length()),
                            () -> regex + " matches \"" + m.group() + "\" in a text its hint " + hint.requirements() + " rejects");
                }
            }
        }
        assertTrue(matched > 200, "enough matches to mean something: " + matched);
    }

    @Test
    void aHintLooksOnlyInsideItsRegion() {
        RegexHint h = RegexHint.of("法制政府");
        String text = "法制政府建设。法治政府建设。";
        assertTrue(h.mayMatch(text, 0, 7));
        assertTrue(!h.mayMatch(text, 7, text.length()));
        assertTrue(!h.mayMatch(text, 0, 3), "a word cut by the region's end is not in it");
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
        String alphabet = "XxＸ×待填补充【】_ 　\t?？:：()（）略年月日号时件起人次点击率来源abc0123456789-.xyzz法制政府";
        Random r = new Random(7);
        for (int n = 0; n < 5000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(14); k > 0; k--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            out.add(Normalizer.fold(sb.toString()));
        }
        return out;
    }
}

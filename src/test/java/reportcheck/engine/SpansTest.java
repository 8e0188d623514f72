package reportcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import reportcheck.text.RegexHint;
import reportcheck.text.StartChars;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import reportcheck.facts.Span;
import reportcheck.fixtures.Fixture;
import reportcheck.fixtures.Fixtures;
import reportcheck.support.Engine;
import reportcheck.text.SourceText;

class SpansTest {
    @Test
    void startCharactersOfAPattern() {
        StartChars s = StartChars.of("(?<!截[至止]到?|到|至)目前(?!为止)|今年|[0-9]{2}年");
        assertNotNull(s);
        for (char c : "目今0123456789".toCharArray()) {
            assertTrue(s.canStart(c), String.valueOf(c));
        }
        for (char c : "截到至年前为".toCharArray()) {
            assertFalse(s.canStart(c), "a look-behind consumes nothing: " + c);
        }
        StartChars opt = StartChars.of("^\\s*(?:[-•]\\s*)?【");
        assertTrue(opt.canStart(' ') && opt.canStart('-') && opt.canStart('•') && opt.canStart('【'));
        assertFalse(opt.canStart('a'));
        StartChars neg = StartChars.of("[^,。]{2}");
        assertTrue(neg.canStart('a') && neg.canStart('\uD840'));
        assertFalse(neg.canStart('。'));
        assertTrue(StartChars.of("\\x{2E80}|\\u4E00x").canStart('\u2E80'));
        StartChars ranges = StartChars.of("[\\x{2E80}-\\x{2EFF}\\x{F900}-\\x{FAFF}]+|\\?[a-c]");
        assertTrue(ranges.canStart('\u2E80') && ranges.canStart('\u2EFF') && ranges.canStart('\uFA00') && ranges.canStart('?'));
        assertFalse(ranges.canStart('\u2F00') || ranges.canStart('a'));
        assertTrue(StartChars.of("\\x{2E80}|\\u4E00x").canStart('\u4E00'));
    }

    @Test
    void noStartCharactersWhenAMatchMayBeEmptyOrBeginWithAnything() {
        for (String regex : List.of("a?b*", "(?=x)", "^$", "\\p{IsHan}x", "[\\p{IsHan}x]", ".x", "(?i)xx", "(a)\\1b",
                "\\Qa\\E", "x|", "(?:ab)*", "[a[b]]", "\uD840\uDC00?x", "\\bx?", "\\S")) {
            assertNull(StartChars.of(regex), regex);
        }
    }

    /**
     * Trying a pattern only at its start characters finds what the engine's scan of the fact finds,
     * for every pattern the rules use that has start characters, over every line of the fixtures and
     * seeds, whole texts, and stretches that begin and end inside lines (where a look-behind or ^
     * must not see past the fact's start), wherever the pattern's hint lets the stretch through.
     */
    @Test
    void triesAtStartCharactersFindWhatTheScanFinds() throws Exception {
        List<String> patterns = rulePatterns(p -> StartChars.of(p) != null);
        patterns.addAll(List.of("^年", "年$", "(?<=年)\\d", "(?<![0-9])\\d{2}", "\\b[a-z]+\\b", "(?<!^.{0,3})法",
                "(?<e>年)(?=\\d*$)", "[^,。]+(?=。)"));
        assertTrue(patterns.size() > 30, "the rules' patterns were collected: " + patterns.size());
        compareWithScan(patterns, Spans::tried);
    }

    /**
     * Trying a pattern only within the reach of its matches around the characters every match
     * needs finds what the engine's scan finds, for every pattern the rules use whose reach is
     * known, and for patterns whose look-arounds need characters outside the match.
     */
    @Test
    void triesNearNeededCharactersFindWhatTheScanFinds() throws Exception {
        List<String> patterns = rulePatterns(p -> Spans.triedNear(new Span(new SourceText("x"), 0, 1), p) != null);
        int fromRules = patterns.size();
        List<String> own = List.of("(?<=法治.{0,3})政府", "年(?=.{0,12}法)", "\\d(?=[^。]{0,30}年)", "(?<=年)\\d",
                "(?<e>[\\p{IsHan}”》]{1,4}+\\.)", "(?=[^.]{0,12}+\\.)[\\p{IsHan}]{1,3}", "(?<![立执]法)\\p{IsHan}{2}法[、,]",
                "(?<!年)(?=.{0,5}年)\\p{IsHan}{2}", "[,;:。、]\\s?[,;:。、]", "(?<e>(?:19|20)\\d{2})(?=年)",
                "^\\s{0,3}[一二三]、", "法$", "(?:法|年){2,3}");
        for (String p : own) {
            assertNotNull(Spans.triedNear(new Span(new SourceText("x"), 0, 1), p), "the reach of " + p + " is known");
        }
        patterns.addAll(own);
        assertTrue(fromRules > 15, "the rules' patterns with a known reach were collected: " + fromRules);
        compareWithScan(patterns, Spans::triedNear);
    }

    /** Patterns the rules searched with over their fixtures, those that pass {@code keep}. */
    private static List<String> rulePatterns(java.util.function.Predicate<String> keep) throws Exception {
        for (Fixture f : Fixtures.load(Engine.RULES)) {
            Engine.check(f.text());
        }
        List<String> patterns = new ArrayList<>();
        for (String p : Spans.patterns()) {
            if (keep.test(p)) {
                patterns.add(p);
            }
        }
        return patterns;
    }

    /**
     * Compares {@code tries} with the engine's scan over every line of the fixtures and seeds,
     * whole texts, and stretches that begin and end inside lines (where a look-behind or ^ must not
     * see past the fact's start), wherever the pattern's hint lets the stretch through.
     */
    private static void compareWithScan(List<String> patterns, java.util.function.BiFunction<Span, String, List<Span>> tries)
            throws Exception {
        Random r = new Random(11);
        int compared = 0;
        int matches = 0;
        for (SourceText t : texts()) {
            List<Span> regions = regions(t, r);
            for (String regex : patterns) {
                RegexHint hint = RegexHint.of(regex);
                for (Span where : regions) {
                    // where the hint rules a match out, Spans.find tries neither way
                    if (hint != null && !hint.mayMatch(t.folded(), where.getOffset(), where.getEnd())) {
                        continue;
                    }
                    List<String> scanned = shown(Spans.scanned(where, regex));
                    List<Span> t1 = tries.apply(where, regex);
                    if (t1 == null) {
                        assertNotNull(t1, regex + " gave an empty match");
                    }
                    List<String> tried = shown(t1);
                    if (!scanned.equals(tried)) {
                        assertEquals(scanned, tried, regex + " in [" + where.getOffset() + "," + where.getEnd() + ") \""
                                + where.getText() + "\"");
                    }
                    compared++;
                    matches += scanned.size();
                }
            }
        }
        assertTrue(matches > 500, "enough matches to mean something: " + matches + " in " + compared);
    }

    /** The fixtures and seeds, and a text of Chinese and Latin letters with spaces in odd places. */
    private static List<SourceText> texts() throws Exception {
        List<SourceText> texts = new ArrayList<>();
        try (Stream<Path> s = Stream.concat(Files.walk(Path.of("rules/fixtures")), Files.walk(Path.of("seeds")))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(new SourceText(Files.readString(f).replace("⟦", "").replace("⟧", "")));
            }
        }
        texts.add(new SourceText("2023年 年12 法治年\n 年年13年。法 abc法。\n"));
        return texts;
    }

    /** The whole text, each line, and a stretch inside each longer line. */
    private static List<Span> regions(SourceText t, Random r) {
        List<Span> regions = new ArrayList<>();
        regions.add(new Span(t, 0, t.original().length()));
        for (int line = 1; line <= t.lineCount(); line++) {
            int a = t.lineStart(line);
            int b = t.lineEnd(line);
            regions.add(new Span(t, a, b));
            if (b - a > 4) {
                int x = a + r.nextInt(b - a);
                regions.add(new Span(t, x, x + r.nextInt(b - x + 1)));
            }
        }
        return regions;
    }

    /**
     * The filter added to the rules ahead of a search ({@link Spans#may}) is false only where the
     * engine's scan finds nothing, for every pattern the rules searched with (computed ones too),
     * over the fixtures and seeds: it may leave out a fact only when the search would find nothing
     * there. Where the pattern's hint rules the stretch out, RegexHintTest shows the same.
     */
    @Test
    void theFilterIsFalseOnlyWhereTheScanFindsNothing() throws Exception {
        List<String> patterns = rulePatterns(p -> true);
        assertTrue(patterns.size() > 40, "the rules' patterns were collected: " + patterns.size());
        java.util.Map<String, RegexHint> hints = new java.util.HashMap<>();
        for (String regex : patterns) {
            hints.put(regex, RegexHint.of(regex));
        }
        Random r = new Random(12);
        int filtered = 0;
        int byStarts = 0;
        for (SourceText t : texts()) {
            for (Span where : regions(t, r)) {
                for (String regex : patterns) {
                    if (Spans.may(where, regex)) {
                        continue;
                    }
                    filtered++;
                    RegexHint hint = hints.get(regex);
                    if (hint != null && !hint.mayMatch(t.folded(), where.getOffset(), where.getEnd())) {
                        continue; // the hint's part: RegexHintTest
                    }
                    byStarts++;
                    List<String> scanned = shown(Spans.scanned(where, regex));
                    if (!scanned.isEmpty()) {
                        assertEquals(List.of(), scanned, regex + " in \"" + where.getText() + "\"");
                    }
                }
            }
        }
        assertTrue(byStarts > 1000 && filtered > byStarts, "filtered " + filtered + ", by start characters alone " + byStarts);
    }

    @Test
    void aPatternWithoutAHintIsFilteredByItsStartCharacters() {
        String radicals = "[\\x{2E80}-\\x{2EFF}\\x{2F00}-\\x{2FDF}]+";
        assertNull(RegexHint.of(radicals), "no character every match needs");
        SourceText t = new SourceText("加强法治建设。\n\u2F2F作规则。\n");
        assertFalse(Spans.may(new Span(t, t.lineStart(1), t.lineEnd(1)), radicals));
        assertTrue(Spans.may(new Span(t, t.lineStart(2), t.lineEnd(2)), radicals));
        assertEquals(1, Spans.find(new Span(t, t.lineStart(2), t.lineEnd(2)), radicals).size());
    }

    private static List<String> shown(List<Span> spans) {
        return spans.stream().map(s -> s.getOffset() + "-" + s.getEnd()).toList();
    }
}

package reportcheck.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import reportcheck.finding.Finding;
import reportcheck.input.LoadedReport;
import reportcheck.support.Engine;
import reportcheck.support.Invariants;
import reportcheck.text.SourceText;

/**
 * Properties of the whole pipeline over texts built from pieces of the seed reports and rule
 * fixtures, cut at random places, mixed with punctuation, numbers, ordinals, odd characters and
 * every kind of line break.
 */
class FindingPropertiesTest {
    private static final List<String> LINES = corpusLines();

    @Property(tries = 150)
    void everyFindingPointsAtItsExactText(@ForAll("reports") String text) {
        SourceText src = new SourceText(text);
        LoadedReport report = new LoadedReport("p.txt", src, "txt", "UTF-8");
        Invariants.factsLieInText(src, Engine.checker().facts(report));
        Invariants.findingsPointAtText(src, Engine.checker().check(report));
    }

    @Property(tries = 60)
    void theSameTextGivesTheSameFindings(@ForAll("reports") String text) {
        List<Finding> first = Engine.check(text);
        List<Finding> second = Engine.check(new String(text.toCharArray()));
        assertEquals(first, second);
    }

    @Provide
    Arbitrary<String> reports() {
        Arbitrary<String> whole = Arbitraries.of(LINES);
        Arbitrary<String> cut = Combinators.combine(whole, Arbitraries.integers().between(0, 400),
                Arbitraries.integers().between(0, 400)).as((l, a, b) -> {
                    int s = Math.min(a, l.length());
                    int e = Math.min(l.length(), s + b);
                    // never split a surrogate pair: a cut report is still text
                    while (s > 0 && s < l.length() && Character.isLowSurrogate(l.charAt(s))) {
                        s--;
                    }
                    while (e < l.length() && e > 0 && Character.isLowSurrogate(l.charAt(e))) {
                        e++;
                    }
                    return l.substring(s, e);
                });
        Arbitrary<String> punctuation = Arbitraries.of("。", "，", "、", "；", "：", ":", "？", "?", "!", "《", "》", "〈",
                "〉", "（", "）", "(", ")", "【", "】", "—", "-", "~", "……", "“", "”", "XX", "×", "__", "　", " ", "\t",
                "年", "月", "日", "2023年", "2021—2025年", "3月13日", "一、", "（一）", "（一）、", "1.", "1、", "（1）",
                "第一部分", "始终", "起", "件", "人次", "%", "约", "余", "（略）", "待补充", "点击率：", "\uFEFF", "\u200B");
        Arbitrary<String> numbers = Arbitraries.integers().between(0, 30000).map(String::valueOf);
        Arbitrary<String> breaks = Arbitraries.of("\n", "\r\n", "\r", "\n\n", "\r\r\n");
        Arbitrary<String> odd = Arbitraries.strings().ofMinLength(1).ofMaxLength(4);
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, whole), net.jqwik.api.Tuple.of(4, cut), net.jqwik.api.Tuple.of(5, punctuation),
                net.jqwik.api.Tuple.of(2, numbers), net.jqwik.api.Tuple.of(5, breaks), net.jqwik.api.Tuple.of(1, odd));
        return piece.list().ofMinSize(1).ofMaxSize(60).map(ps -> String.join("", ps));
    }

    private static List<String> corpusLines() {
        List<String> out = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("seeds"));
                Stream<Path> fixtures = Files.walk(Engine.RULES.resolve("fixtures"))) {
            for (Path p : Stream.concat(seeds, fixtures).filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String l : Files.readString(p).split("\r?\n|\r")) {
                    if (!l.isBlank()) {
                        out.add(l.replace("⟦", "").replace("⟧", ""));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}

package reportcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportcheck.analysis.FactBuilder;
import reportcheck.analysis.Facts;
import reportcheck.facts.Genre;
import reportcheck.facts.Located;
import reportcheck.facts.Paragraph;
import reportcheck.facts.PartBody;
import reportcheck.facts.PartListing;
import reportcheck.facts.PublicationDeadline;
import reportcheck.facts.Span;
import reportcheck.facts.StatisticsPeriod;
import reportcheck.input.LoadedReport;
import reportcheck.knowledge.Knowledge;
import reportcheck.support.Engine;
import reportcheck.text.SourceText;

/** The facts a report's genre needs, as the rules' conditions say, and nothing lost by leaving the others out. */
class FactDemandTest {
    private static final String LAW = "law-government";
    private static final String INFO = "info-disclosure";
    private static final List<Class<?>> INFO_ONLY = List.of(PartListing.class, PartBody.class, StatisticsPeriod.class,
            PublicationDeadline.class);

    @Test
    void theBundledRulesMatchTheOpeningsListOfPartsOnlyInInformationDisclosureReports() {
        RuleBase rules = RuleBase.load(Engine.RULES);
        for (Class<?> type : INFO_ONLY) {
            assertFalse(rules.matchesFacts(LAW, type), type.getSimpleName());
            assertTrue(rules.matchesFacts(INFO, type), type.getSimpleName());
        }
        // matched in both: as facts, and (Span) as what a search in a condition's from gives
        for (Class<?> type : List.of(Paragraph.class, Span.class, Genre.class)) {
            assertTrue(rules.matchesFacts(LAW, type) && rules.matchesFacts(INFO, type), type.getSimpleName());
        }
    }

    /** A rule base of one DRL file of an office's own: the package's head, then {@code body}. */
    private static RuleBase office(Path dir, String body) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("office.drl"), """
                package office;
                import reportcheck.facts.*;
                global reportcheck.engine.FindingSink sink;
                """ + body);
        return RuleBase.load(dir);
    }

    /** One rule that does nothing, with these conditions, for this genre (null: for all). */
    private static RuleBase rules(Path dir, String when, String genre) throws IOException {
        return office(dir, """
                rule "an office's own rule"
                    @id("office.own") @category("structure") @severity("info") @title("本单位的规则")%s
                when
                    %s
                then
                end
                """.formatted(genre == null ? "" : " @genre(\"" + genre + "\")", when));
    }

    /** A rule an office adds counts as soon as it is loaded, for the genres it names, or all. */
    @Test
    void aRuleAddedForAGenreOrForAllMakesItsFactsNeeded(@TempDir Path tmp) throws IOException {
        RuleBase none = rules(tmp.resolve("none"), "Document()", null);
        assertFalse(none.matchesFacts(LAW, PartListing.class));
        RuleBase any = rules(tmp.resolve("any"), "$l : PartListing(stated != null)", null);
        assertTrue(any.matchesFacts(LAW, PartListing.class) && any.matchesFacts("other", PartListing.class));
        assertFalse(any.matchesFacts(LAW, PartBody.class));
        RuleBase info = rules(tmp.resolve("info"), "not PartBody(bare)", INFO);
        assertTrue(info.matchesFacts(INFO, PartBody.class));
        assertFalse(info.matchesFacts(LAW, PartBody.class));
        // a pattern of a superclass matches every fact under it
        RuleBase located = rules(tmp.resolve("located"), "$x : Located(line > 0)", null);
        assertTrue(located.matchesFacts(LAW, PartListing.class) && located.matchesFacts(LAW, StatisticsPeriod.class));
        RuleBase object = rules(tmp.resolve("object"), "exists Object()", LAW);
        assertTrue(object.matchesFacts(LAW, PartBody.class));
        assertFalse(object.matchesFacts(INFO, PartBody.class));
        RuleBase collected = rules(tmp.resolve("collected"),
                "$d : Document()\n    $n : Number(intValue > 1) from accumulate(PartBody(bare), count(1))", null);
        assertTrue(collected.matchesFacts(LAW, PartBody.class));
    }

    /** A rule that extends another matches the conditions it inherits, for its own genres. */
    @Test
    void aRuleThatExtendsAnotherNeedsTheFactsOfBoth(@TempDir Path tmp) throws IOException {
        RuleBase rules = office(tmp, """
                rule "parent"
                    @id("office.parent") @category("structure") @severity("info") @title("上级规则") @genre("info-disclosure")
                when
                    $l : PartListing()
                then
                end
                rule "child" extends "parent"
                    @id("office.child") @category("structure") @severity("info") @title("下级规则") @genre("law-government")
                when
                    Document()
                then
                end
                """);
        assertTrue(rules.matchesFacts(LAW, PartListing.class));
        assertFalse(rules.matchesFacts(LAW, PartBody.class));
    }

    /**
     * A query may be run from any rule's consequence, and the genre filter does not apply to it:
     * what it matches is needed for every genre, whatever genre it names.
     */
    @Test
    void aQueryNeedsItsFactsForEveryGenre(@TempDir Path tmp) throws IOException {
        RuleBase rules = office(tmp, """
                query "periods"
                    @id("office.periods") @category("structure") @severity("info") @title("统计期限") @genre("info-disclosure")
                    $s : StatisticsPeriod()
                end
                """);
        assertTrue(rules.matchesFacts(LAW, StatisticsPeriod.class) && rules.matchesFacts(INFO, StatisticsPeriod.class));
        assertFalse(rules.matchesFacts(LAW, PartListing.class));
    }

    private static String describe(Object fact) {
        return fact.getClass().getSimpleName() + (fact instanceof Located l ? "@" + l.getOffset() + "-" + l.getEnd() : "");
    }

    /**
     * On every seed and fixture report, the facts built for the rules' demand are all the facts
     * less those of the kinds no rule for the report's genre matches, in the same order; the
     * information-disclosure seeds keep their list of parts; and the findings are the same.
     */
    @Test
    void leavingOutWhatNoRuleMatchesChangesNoFinding() throws IOException {
        RuleBase rules = RuleBase.load(Engine.RULES);
        Knowledge knowledge = Knowledge.loadRecognising(Engine.RULES);
        FactBuilder all = new FactBuilder(knowledge);
        FactBuilder demanded = new FactBuilder(knowledge, rules::matchesFacts);
        Checker everything = new Checker(rules, all);
        Checker needed = new Checker(rules, demanded);
        List<Path> reports = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            reports.addAll(s.sorted().toList());
        }
        try (Stream<Path> s = Files.walk(Path.of("rules/fixtures"))) {
            reports.addAll(s.filter(f -> f.toString().endsWith(".txt")).sorted().toList());
        }
        int leftOut = 0;
        int listings = 0;
        for (Path f : reports) {
            SourceText text = new SourceText(Files.readString(f).replace("⟦", "").replace("⟧", ""));
            Facts full = all.build(f.toString(), text);
            Facts less = demanded.build(f.toString(), text);
            String genre = full.all().stream().filter(Genre.class::isInstance).map(g -> ((Genre) g).getId()).findFirst().orElseThrow();
            // written out, not asked of the rule base: a wrong "not needed" would drop a fact on both sides
            List<String> expected = full.all().stream().filter(x -> genre.equals(INFO) || !INFO_ONLY.contains(x.getClass()))
                    .map(FactDemandTest::describe).toList();
            assertEquals(expected, less.all().stream().map(FactDemandTest::describe).toList(), f.toString());
            leftOut += full.all().size() - less.all().size();
            listings += (int) less.all().stream().filter(PartListing.class::isInstance).count();
            LoadedReport report = new LoadedReport(f.toString(), text, "txt", "UTF-8");
            assertEquals(everything.check(report).toString(), needed.check(report).toString(), f.toString());
        }
        assertTrue(reports.size() > 100 && leftOut > 20 && listings > 0,
                reports.size() + " reports, " + leftOut + " facts left out, " + listings + " lists of parts kept");
    }
}

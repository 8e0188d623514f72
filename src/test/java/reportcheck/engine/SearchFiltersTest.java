package reportcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SearchFiltersTest {
    private static String rule(String lhs) {
        return "package p;\nrule \"r\"\n    @id(\"x.y\")\nwhen\n" + lhs + "then\n    sink.at(kcontext, $m, \"a\", \"b\");\nend\n";
    }

    /** The rule comes back from {@link SearchFilters#add} as it went in: no filter is added. */
    private static void assertLeftAlone(String drl) {
        assertEquals(drl, SearchFilters.add(drl));
    }

    @Test
    void addsTheFilterToThePatternThatBindsTheSearchedFact() {
        String in = rule("    $p : Paragraph(role == \"body\")\n    $m : Span() from Spans.find($p, \"X(?=起)\")\n");
        String out = rule("    $p : Paragraph(role == \"body\", Spans.may(this, \"X(?=起)\"))\n    $m : Span() from Spans.find($p, \"X(?=起)\")\n");
        assertEquals(out, SearchFilters.add(in));
    }

    @Test
    void anEmptyPatternGetsTheFilterAlone() {
        String in = rule("    $h : Heading()\n    $m : Span() from Spans.find($h, \"。$\")\n");
        assertEquals(rule("    $h : Heading(Spans.may(this, \"。$\"))\n    $m : Span() from Spans.find($h, \"。$\")\n"),
                SearchFilters.add(in));
    }

    @Test
    void aPatternOverSeveralLinesWithParenthesesInStringsAndCommentsKeepsItsLines() {
        String in = rule("    $p : Paragraph(role in (\"body\", \"heading\"),\n"
                + "                   // a note (with a parenthesis\n"
                + "                   text not matches \".*\\\\)\\\"(.*\")\n"
                + "    $m : Span() from Spans.find($p, \"[(（]\\\\s*[)）]\")\n");
        String out = SearchFilters.add(in);
        assertEquals(in.lines().count(), out.lines().count());
        assertEquals(in.replace("\\\"(.*\")\n", "\\\"(.*\", Spans.may(this, \"[(（]\\\\s*[)）]\"))\n"), out);
    }

    @Test
    void aSearchUnderNotOrExistsIsLeftAlone() {
        // the rule looks for paragraphs WITHOUT a match: a filter on $p would drop exactly those
        String negated = rule("    $p : Paragraph()\n    not (\n        $m : Span() from Spans.find($p, \"。\")\n    )\n");
        assertLeftAlone(negated);
        String inline = rule("    $p : Paragraph()\n    not ($m : Span() from Spans.find($p, \"。\"))\n");
        assertLeftAlone(inline);
    }

    @Test
    void aBindingInsideNotOrARuleWithATopLevelOrIsLeftAlone() {
        String inner = rule("    not ( $p : Paragraph() and Heading() )\n    $q : Paragraph()\n    $m : Span() from Spans.find($q, \"。\")\n");
        assertEquals(rule("    not ( $p : Paragraph() and Heading() )\n    $q : Paragraph(Spans.may(this, \"。\"))\n    $m : Span() from Spans.find($q, \"。\")\n"),
                SearchFilters.add(inner));
        String or = rule("    $p : Paragraph() or $p : Heading()\n    $m : Span() from Spans.find($p, \"。\")\n");
        assertLeftAlone(or);
    }

    @Test
    void aComputedPatternIsFilteredWhenWhatItNamesIsBoundBeforeTheSearchedFact() {
        String computed = rule("    $l : PatternList(name == \"a\")\n    $p : Paragraph()\n    $m : Span() from Spans.find($p, $l.getRegex())\n");
        assertEquals(rule("    $l : PatternList(name == \"a\")\n    $p : Paragraph(Spans.may(this, $l.getRegex()))\n"
                + "    $m : Span() from Spans.find($p, $l.getRegex())\n"), SearchFilters.add(computed));
        String call = rule("    $p : Paragraph(role == \"body\")\n    $m : Span() from Spans.find($p, thisYear())\n");
        assertEquals(rule("    $p : Paragraph(role == \"body\", Spans.may(this, thisYear()))\n    $m : Span() from Spans.find($p, thisYear())\n"),
                SearchFilters.add(call));
    }

    @Test
    void aComputedPatternOverSeveralLinesIsCopiedOnOneKeepingTheLines() {
        String in = rule("    $w : PatternList()\n    $p : Paragraph()\n    $m : Span() from Spans.find($p, Spans.regex(\"(?!\", $w.getRegex(),\n"
                + "        \")(?=局)\"))  // a note\n");
        String out = SearchFilters.add(in);
        assertEquals(in.replace("    $p : Paragraph()\n", "    $p : Paragraph(Spans.may(this, Spans.regex(\"(?!\", $w.getRegex(), \")(?=局)\")))\n"), out);
        assertEquals(in.lines().count(), out.lines().count());
    }

    @Test
    void aComputedPatternNamingWhatIsBoundLaterOrHoldingACommentIsLeftAlone() {
        // $t is bound in the searched fact's own pattern, $d after it: neither exists where the filter would go
        String own = rule("    $p : Paragraph($t : text)\n    $m : Span() from Spans.find($p, $t)\n");
        assertLeftAlone(own);
        String later = rule("    $p : Paragraph()\n    $d : Document()\n    $m : Span() from Spans.find($p, vague($d))\n");
        assertLeftAlone(later);
        String self = rule("    $p : Paragraph()\n    $m : Span() from Spans.find($p, pick($p))\n");
        assertLeftAlone(self);
        String commented = rule("    $l : PatternList()\n    $p : Paragraph()\n    $m : Span() from Spans.find($p, Spans.regex(\"a\", // why\n"
                + "        $l.getRegex()))\n");
        assertLeftAlone(commented);
        // something after the search on its line (a second condition) is left alone too
        String more = rule("    $l : PatternList()\n    $p : Paragraph()\n    $m : Span() from Spans.find($p, $l.getRegex()) and Heading()\n");
        assertLeftAlone(more);
    }

    @Test
    void anOrAtTheTopOfTheConditionsAfterTheSearchLeavesTheRuleAlone() {
        // $p and (the search or a heading): a filter on $p would drop the heading branch's matches
        String or = rule("    $p : Paragraph()\n    $m : Span() from Spans.find($p, \"X\")\n    or Heading()\n");
        assertLeftAlone(or);
    }

    @Test
    void twoSearchesOfOneFactAddTwoFiltersSeparatedByAComma() {
        String two = rule("    $p : Paragraph()\n    $a : Span() from Spans.find($p, \"甲\")\n    $m : Span() from Spans.find($p, \"乙\")\n");
        assertEquals(rule("    $p : Paragraph(Spans.may(this, \"甲\"), Spans.may(this, \"乙\"))\n    $a : Span() from Spans.find($p, \"甲\")\n"
                + "    $m : Span() from Spans.find($p, \"乙\")\n"), SearchFilters.add(two));
    }

    @Test
    void aComputedPatternIsFilteredOnlyWhereItMeansTheSameInTheFactsPattern() {
        // $w bound inside a not before $p, and again after it: not in scope where the filter would go
        String scoped = rule("    not ( $w : PatternList(name == \"off\") )\n    $p : Paragraph()\n    $w : PatternList(name == \"on\")\n"
                + "    $m : Span() from Spans.find($p, $w.getRegex())\n");
        assertLeftAlone(scoped);
        String commented = rule("    // $w : PatternList() was here\n    $p : Paragraph()\n    $w : PatternList()\n"
                + "    $m : Span() from Spans.find($p, $w.getRegex())\n");
        assertLeftAlone(commented);
        // a bare name (a global, say) would read as the fact's own field inside its pattern
        String bare = rule("    $p : Paragraph()\n    $m : Span() from Spans.find($p, Spans.regex(\"a\", text))\n");
        assertLeftAlone(bare);
        // a condition between the fact and the search may be what keeps the pattern computable
        String guarded = rule("    $l : PatternList()\n    $p : Paragraph()\n    eval($l.getRegex() != null)\n"
                + "    $m : Span() from Spans.find($p, $l.getRegex())\n");
        assertLeftAlone(guarded);
        // a literal cannot fail, guard or not
        String literal = rule("    $l : PatternList()\n    $p : Paragraph()\n    eval($l.getRegex() != null)\n"
                + "    $m : Span() from Spans.find($p, \"X\")\n");
        assertEquals(literal.replace("    $p : Paragraph()\n", "    $p : Paragraph(Spans.may(this, \"X\"))\n"), SearchFilters.add(literal));
        // comments between the fact and the search, functions, classes and methods are fine
        String fine = rule("    $l : PatternList()\n    $p : Paragraph() // the paragraph\n    // and its search\n"
                + "    $m : Span() from Spans.find($p, Spans.regex(\"(?:\", $l.getRegex(), units(), \")$\"))\n");
        assertEquals(fine.replace("    $p : Paragraph() //",
                "    $p : Paragraph(Spans.may(this, Spans.regex(\"(?:\", $l.getRegex(), units(), \")$\"))) //"), SearchFilters.add(fine));
    }

    @Test
    void aFileWithWindowsLineEndsGetsItsFilters() {
        String in = rule("    $p : Paragraph()\n    $m : Span() from Spans.find($p, \"X\")  // note\n").replace("\n", "\r\n");
        assertEquals(in.replace("Paragraph()", "Paragraph(Spans.may(this, \"X\"))"), SearchFilters.add(in));
    }

    @Test
    void literalsJoinedOverSeveralLinesBecomeOneKeepingTheLines() {
        String in = rule("    $p : Paragraph()\n    $m : Span() from Spans.find($p, \"X{2,}\"\n        + \"|\\\\*{2}\")\n");
        String out = SearchFilters.add(in);
        assertEquals(rule("    $p : Paragraph(Spans.may(this, \"X{2,}|\\\\*{2}\"))\n    $m : Span() from Spans.find($p, \"X{2,}|\\\\*{2}\"\n)\n"), out);
        assertEquals(in.lines().count(), out.lines().count());
        // a function call among the pieces is left as written, and filtered as it is
        String call = rule("    $p : Paragraph()\n    $m : Span() from Spans.find($p, \"a\" + units())\n");
        assertEquals(rule("    $p : Paragraph(Spans.may(this, \"a\" + units()))\n    $m : Span() from Spans.find($p, \"a\" + units())\n"),
                SearchFilters.add(call));
    }
}

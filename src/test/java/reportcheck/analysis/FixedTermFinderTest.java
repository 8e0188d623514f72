package reportcheck.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import reportcheck.facts.FixedTerm;
import reportcheck.facts.FixedTermUse;
import reportcheck.facts.Paragraph;
import reportcheck.text.SourceText;

class FixedTermFinderTest {
    private static final FixedTerm DUTY = new FixedTerm("t1", "(?<e>第一负责人)(?=职责)", "第一责任人", "固定提法", "", "error");
    private static final FixedTerm LAW_GOV = new FixedTerm("t2", "法制政府", "法治政府", "固定提法", "", "error");

    /** One paragraph per line, each with the role given for it. */
    private static List<Paragraph> paragraphs(String text, String... roles) {
        SourceText src = new SourceText(text);
        List<Paragraph> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < roles.length; i++) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            out.add(new Paragraph(src, start, end, i, roles[i], null, "measures", 0));
            start = end + 1;
        }
        return out;
    }

    private static List<String> found(List<FixedTermUse> uses) {
        return uses.stream().map(u -> u.getTerm().getId() + "@" + u.getLine() + ":" + u.getColumn() + " " + u.getText()).toList();
    }

    @Test
    void findsEachWrongTermWhereItIsWrittenQuotingItsNarrowedPart() {
        String text = "某局2024年法制政府建设年度报告\n主要负责人履行推进法治建设第一负责人职责。\n全面推进法制政府建设，法制政府建设取得成效。";
        List<FixedTermUse> uses = new FixedTermFinder(List.of(DUTY, LAW_GOV))
                .find(paragraphs(text, "title", "body", "body"));
        assertEquals(List.of("t1@2:14 第一负责人", "t2@1:8 法制政府", "t2@3:5 法制政府", "t2@3:12 法制政府"), found(uses));
    }

    /**
     * Passing over the terms whose needed words the report lacks changes nothing: every term of
     * the data, searched in every line of the fixtures and seeds (each line a body paragraph)
     * without that step, finds the same uses.
     */
    @Test
    void theTermsPassedOverWouldHaveFoundNothing() throws Exception {
        List<FixedTerm> all = reportcheck.knowledge.Reference.load(reportcheck.support.Engine.RULES.resolve("data")).terms();
        FixedTermFinder finder = new FixedTermFinder(all);
        int uses = 0;
        int texts = 0;
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("rules/fixtures"))) {
            List<java.nio.file.Path> paths = new ArrayList<>(files.filter(f -> f.toString().endsWith(".txt")).sorted().toList());
            try (var seeds = java.nio.file.Files.list(java.nio.file.Path.of("seeds"))) {
                paths.addAll(seeds.sorted().toList());
            }
            for (java.nio.file.Path f : paths) {
                String text = java.nio.file.Files.readString(f).replace("⟦", "").replace("⟧", "");
                String[] roles = new String[(int) text.lines().count()];
                java.util.Arrays.fill(roles, "body");
                List<Paragraph> ps = paragraphs(text, roles);
                List<String> everyTerm = new ArrayList<>();
                for (FixedTerm t : all) {
                    for (Paragraph p : ps) {
                        int[] at = reportcheck.text.FoldedSearch.scanned(p.sourceText(), p.getOffset(), p.getEnd(), t.getPattern());
                        for (int k = 0; k < at.length; k += 2) {
                            everyTerm.add(t.getId() + "@" + at[k] + "-" + at[k + 1]);
                        }
                    }
                }
                List<String> found = finder.find(ps).stream().map(u -> u.getTerm().getId() + "@" + u.getOffset() + "-" + u.getEnd()).toList();
                assertEquals(everyTerm, found, f.toString());
                uses += found.size();
                texts++;
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(all.size() > 100 && texts > 100 && uses > 50,
                all.size() + " terms, " + texts + " texts, " + uses + " uses");
    }

    @Test
    void leavesOutLinesThatAreNoPartOfTheReportAndTermsTheReportLacks() {
        String text = "法制政府网 首页 > 政务公开\n推进法治建设第一责任人职责落实到位。\n填报说明：法制政府";
        List<FixedTermUse> uses = new FixedTermFinder(List.of(DUTY, LAW_GOV))
                .find(paragraphs(text, "residue", "body", "note"));
        assertEquals(List.of(), found(uses));
        assertEquals(List.of(), found(new FixedTermFinder(List.of(DUTY)).find(List.of())));
    }
}

package reportcheck.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import reportcheck.facts.Clause;
import reportcheck.knowledge.Knowledge;
import reportcheck.text.SourceText;

/** Only sentences and clauses the report writes more than once are Clause facts (and what duplicate.clause reads beside them). */
class RepeatedClauseFactsTest {
    private static List<String> clauses(String text) {
        FactBuilder fb = new FactBuilder(Knowledge.loadRecognising(Path.of("rules")));
        return fb.build("t.txt", new SourceText(text)).all().stream().filter(Clause.class::isInstance)
                .map(o -> ((Clause) o).getKind() + ":" + ((Clause) o).getText()).toList();
    }

    @Test
    void aClauseWrittenOnceIsNoFactAndOneWrittenTwiceIsTwo() {
        String text = "某局2024年法治政府建设年度报告\n一、主要举措和成效\n"
                + "今年以来，认真组织年度执法人员专题培训，全年共办理行政复议案件十二起。\n"
                + "二、存在的不足\n基层执法力量仍然不足，认真组织年度执法人员专题培训。\n";
        // each copy stands second in its sentence, so its sentence is kept too: duplicate.clause passes
        // over a clause with a sentence of its key before it
        assertEquals(List.of("sentence:今年以来，认真组织年度执法人员专题培训，全年共办理行政复议案件十二起",
                "clause:认真组织年度执法人员专题培训",
                "sentence:基层执法力量仍然不足，认真组织年度执法人员专题培训",
                "clause:认真组织年度执法人员专题培训"), clauses(text));
    }

    @Test
    void aReportWithoutRepetitionHasNoClauseFacts() {
        assertEquals(List.of(), clauses("某局2024年法治政府建设年度报告\n一、主要举措和成效\n今年以来，认真组织专题培训。\n"));
    }
}

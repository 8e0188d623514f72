package reportcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import reportcheck.finding.Finding;
import reportcheck.finding.Severity;
import reportcheck.text.SourceText;

class EvidenceSpanTest {
    private static String cut(String text, EvidenceSpan s) {
        return text.substring(s.start(), s.end());
    }

    @Test
    void codePointColumnsAfterCharactersOutsideTheBmp() {
        // 𠀀 and 𪚥 are one column each but two chars: a char-based conversion would be off by two
        String text = "标题\r\n𠀀𪚥行政执法案件??起，完成。\r\n第三行";
        Finding f = Results.at(text, "??起", 0, "placeholder.question-mark", Severity.ERROR);
        assertEquals(2, f.line());
        assertEquals(9, f.column());
        EvidenceSpan s = EvidenceSpan.of(new SourceText(text), f);
        assertEquals("??起", cut(text, s));
    }

    @Test
    void evidenceOverTwoLines() {
        String text = "某某局\n关于2023年的报告\n正文";
        Finding f = Results.at(text, "某某局\n关于", 0, "structure.title", Severity.WARNING);
        assertEquals(1, f.line());
        assertEquals(2, f.endLine());
        EvidenceSpan s = EvidenceSpan.of(new SourceText(text), f);
        assertEquals("某某局\n关于", cut(text, s));
        assertEquals(List.of(0, 3), List.of(s.onLine(new SourceText(text), 1)[0], s.onLine(new SourceText(text), 1)[1]));
    }

    @Test
    void aPlaceThatDoesNotHoldTheEvidenceFallsBackToTheNearestCopyOnItsLine() {
        String text = "甲乙丙，甲乙丙，甲乙丙";
        Finding moved = new Finding("duplicate.x", "duplicate", Severity.INFO, "t", 1, 6, 1, 9, "甲乙丙", "m", "s",
                List.of());
        EvidenceSpan s = EvidenceSpan.of(new SourceText(text), moved);
        assertEquals(4, s.start());
        Finding absent = new Finding("duplicate.x", "duplicate", Severity.INFO, "t", 1, 1, 1, 3, "丁戊", "m", "s",
                List.of());
        assertNull(EvidenceSpan.of(new SourceText(text), absent));
    }

    @Test
    void wholeDocumentFindingsAndLinesOutOfRangeHaveNoSpan() {
        SourceText st = new SourceText("一行");
        assertNull(EvidenceSpan.of(st, Results.whole("missing-section.part", "下一年度安排")));
        assertNull(EvidenceSpan.of(st, new Finding("a.b", "a", Severity.INFO, "t", 9, 1, 9, 2, "一", "m", "s",
                List.of())));
    }
}

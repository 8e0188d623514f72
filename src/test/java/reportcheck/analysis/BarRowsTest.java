package reportcheck.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarRowsTest {
    @Test
    void aRowPrintedWithoutBarsIsALabelAndThreeOrMoreNumbers() {
        assertTrue(BarRows.isRow("四、结转下年度继续办理 0 0 0 0 0 0 0"));
        assertTrue(BarRows.isRow("行政许可\u300012\u30003\u3000/\u3000"));
        assertTrue(BarRows.isRow("（一）维持行政行为 1 2 3.5 \t"));
        assertFalse(BarRows.isRow("共办理 1 2 3 件。"));
        assertFalse(BarRows.isRow("2024年 12 3"));
        assertFalse(BarRows.isRow("全年办理行政复议案件12件，同比增长3件。"));
    }

    /**
     * Looking at a line's end first changes nothing: on every line of the seeds, the clean reports
     * and the fixtures, and on rows made up around the edge cases, a line without bars is a row
     * exactly when the pattern alone says so.
     */
    @Test
    void theLookAtTheLinesEndDecidesAsThePatternWould() {
        List<String> lines = new ArrayList<>(List.of("四、结转下年度继续办理 0 0 0 0 0 0 0", "合计 1 2 3\n", "合计 1 2 3\u3000\u3000",
                "合计 1 2 3a", "合计 / / /", "合计 -1 -2 -3", "合计 1.5 2 3。", " 1 2 3", "a 1 2", ""));
        lines.addAll(reportcheck.support.SampleLines.folded());
        int rows = 0;
        for (String line : lines) {
            if (line.indexOf('|') >= 0) {
                continue;
            }
            boolean pattern = BarRows.SPACED.matcher(line).matches();
            assertEquals(pattern, BarRows.isRow(line), line);
            rows += pattern ? 1 : 0;
        }
        assertTrue(lines.size() > 1000 && rows >= 4, lines.size() + " lines, " + rows + " rows");
    }
}

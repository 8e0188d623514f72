package reportcheck.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import reportcheck.facts.Figure;
import reportcheck.text.SourceText;

/** The year a figure is counted for: the last one named before it in its own sentence. */
class FigurePeriodTest {
    private static List<String> periods(String text) {
        SourceText src = new SourceText(text);
        List<Figure> out = new ArrayList<>();
        for (Line l : FactBuilder.lines(src)) {
            FigureExtractor.extract(src, l, out);
        }
        return out.stream().map(g -> g.getNumber() + g.getUnit() + "=" + g.getPeriod()).toList();
    }

    @Test
    void eachFigureTakesTheLastYearBeforeItInItsSentence() {
        assertEquals(Arrays.asList("12件=2023", "5件=2024", "7件=2024", "9件=null", "3件=2022"),
                periods("2023年办理行政复议12件，2024年办理5件、行政诉讼7件。全年另有9件，2025年起另计。2021年、2022年各有3件"));
    }

    @Test
    void aYearAfterTheFigureOrInAnotherLineDoesNotCount() {
        assertEquals(List.of("8件=null", "6人=null", "4起=2020"),
                periods("共办理8件（2024年）。\n2023年\n培训6人。2020年受理4起。"));
    }

    @Test
    void aNumberOfMoreThanFourDigitsBeforeYearIsReadAsTheTextGivesIt() {
        // "12024年": the pattern takes its last four digits, as it always did
        assertEquals(List.of("3件=2024"), periods("编号12024年受理3件。"));
    }
}

package reportcheck.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import reportcheck.summary.Summary;
import reportcheck.summary.SummaryCsv;
import reportcheck.summary.SummaryHtml;
import reportcheck.summary.SummaryJson;

/** Writes {@code summary.csv}, {@code summary.json} and {@code summary.html}, each complete or absent. */
public final class SummaryFiles {
    /**
     * The summary files, in the output folder itself. No report's checklist takes these names:
     * {@link InputWalker} reserves the output name {@code summary}, so a report called
     * {@code summary.txt} gets {@code summary-2.json} and so on.
     */
    public static final List<String> NAMES = List.of(Summary.CSV, Summary.JSON, Summary.HTML);

    private SummaryFiles() {
    }

    /**
     * Writes the three files, each whole or not at all; one that fails does not stop the others.
     * Returns a line for each that could not be written (its name and the system's reason).
     */
    public static List<String> write(OutputWriter writer, Summary summary) {
        List<String> problems = new ArrayList<>();
        write(writer, Summary.CSV, w -> SummaryCsv.write(summary, w), problems);
        write(writer, Summary.JSON, w -> SummaryJson.write(summary, w), problems);
        write(writer, Summary.HTML, w -> SummaryHtml.write(summary, w), problems);
        return problems;
    }

    private static void write(OutputWriter writer, String name, OutputWriter.Content content, List<String> problems) {
        try {
            writer.write(name, content);
        } catch (IOException e) {
            problems.add("无法写出汇总 " + name + "：" + OutputGuard.explain(e));
        }
    }
}

package reportcheck.batch;

import java.io.IOException;
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

    public static void write(OutputWriter writer, Summary summary) throws IOException {
        writer.write(Summary.CSV, w -> SummaryCsv.write(summary, w));
        writer.write(Summary.JSON, w -> SummaryJson.write(summary, w));
        writer.write(Summary.HTML, w -> SummaryHtml.write(summary, w));
    }
}

package reportcheck.batch;

import java.io.IOException;
import reportcheck.summary.Summary;
import reportcheck.summary.SummaryCsv;
import reportcheck.summary.SummaryHtml;
import reportcheck.summary.SummaryJson;

/** Writes {@code summary.csv}, {@code summary.json} and {@code summary.html}, each complete or absent. */
public final class SummaryFiles {
    private SummaryFiles() {
    }

    public static void write(OutputWriter writer, Summary summary) throws IOException {
        writer.write(Summary.CSV, w -> SummaryCsv.write(summary, w));
        writer.write(Summary.JSON, w -> SummaryJson.write(summary, w));
        writer.write(Summary.HTML, w -> SummaryHtml.write(summary, w));
    }
}

package reportcheck.facts;

import java.util.List;
import reportcheck.text.SourceText;

/**
 * Where a report that stops mid-sentence stops: the last characters of its last paragraph, which
 * has no closing punctuation and no signature, date or closing words after it (a saved page cut
 * by its site, a draft pasted in part). Its parts that would come after the cut are listed, so
 * that their absence is not taken for a defect of the report.
 */
public final class Truncation extends Located {
    private final List<String> partsAfter;
    private final List<String> partNamesAfter;

    public Truncation(SourceText src, int offset, int end, List<String> partsAfter, List<String> partNamesAfter) {
        super(src, offset, end);
        this.partsAfter = List.copyOf(partsAfter);
        this.partNamesAfter = List.copyOf(partNamesAfter);
    }

    /** Ids of the profile's parts that are not found before the cut and normally follow it. */
    public List<String> getPartsAfter() {
        return partsAfter;
    }

    /** Their names, in profile order, for the message. */
    public List<String> getPartNamesAfter() {
        return partNamesAfter;
    }
}

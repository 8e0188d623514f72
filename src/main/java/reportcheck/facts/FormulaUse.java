package reportcheck.facts;

import java.util.List;
import reportcheck.text.SourceText;

/**
 * A fixed formula written in a paragraph (found by the items all its editions share), and the
 * editions whose own items appear in it. Two editions in one formula means they were mixed.
 */
public final class FormulaUse extends Located {
    private final String family;
    private final List<String> editions;

    public FormulaUse(SourceText src, int offset, int end, String family, List<String> editions) {
        super(src, offset, end);
        this.family = family;
        this.editions = List.copyOf(editions);
    }

    public String getFamily() {
        return family;
    }

    /** Ids of the editions with at least one of their own items here, in data order. */
    public List<String> getEditions() {
        return editions;
    }

    public int getEditionCount() {
        return editions.size();
    }

    /** The one edition whose own items appear, or null when there are none or several. */
    public String getOnlyEdition() {
        return editions.size() == 1 ? editions.get(0) : null;
    }
}

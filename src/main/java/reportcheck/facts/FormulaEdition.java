package reportcheck.facts;

import java.util.List;

/**
 * One edition of a fixed formula, from {@code rules/data/fixed-terms.json}: the goal of the
 * 2021—2025 outline has seven items, that of the 2015—2020 outline six. Editions of one formula
 * share a {@link #getFamily()}; {@link #getUniqueItems()} are the items no other edition has.
 */
public final class FormulaEdition {
    private final String id;
    private final String family;
    private final String source;
    private final int yearFrom;
    private final int yearTo;
    private final List<String> items;
    private final List<String> uniqueItems;

    public FormulaEdition(String id, String family, String source, int yearFrom, int yearTo, List<String> items,
            List<String> uniqueItems) {
        this.id = id;
        this.family = family;
        this.source = source;
        this.yearFrom = yearFrom;
        this.yearTo = yearTo;
        this.items = List.copyOf(items);
        this.uniqueItems = List.copyOf(uniqueItems);
    }

    public String getId() {
        return id;
    }

    public String getFamily() {
        return family;
    }

    /** The title of the document the edition comes from, in 《》. */
    public String getSource() {
        return source;
    }

    /** First year the edition is the current one. */
    public int getYearFrom() {
        return yearFrom;
    }

    /** Last year the edition is the current one. */
    public int getYearTo() {
        return yearTo;
    }

    public List<String> getItems() {
        return items;
    }

    public List<String> getUniqueItems() {
        return uniqueItems;
    }

    /** The items joined with 、, as the formula is written. */
    public String getText() {
        return String.join("、", items);
    }

    @Override
    public String toString() {
        return "FormulaEdition[" + id + "]";
    }
}

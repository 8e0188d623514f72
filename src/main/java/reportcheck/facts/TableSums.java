package reportcheck.facts;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Sums over table cells for the rules' messages and comparisons; cells are taken in row order. */
public final class TableSums {
    private TableSums() {
    }

    public static boolean allNumbers(Collection<?> cells) {
        return !cells.isEmpty() && cells.stream().allMatch(c -> ((TableCell) c).isNumber());
    }

    public static boolean allBlankish(Collection<?> cells) {
        return !cells.isEmpty() && cells.stream().allMatch(c -> ((TableCell) c).isBlankish());
    }

    public static double sum(Collection<?> cells) {
        return ordered(cells).stream().mapToDouble(c -> c.isNumber() ? c.getValue() : 0).sum();
    }

    /** "3+0+1 = 4". */
    public static String formula(Collection<?> cells) {
        return ordered(cells).stream().map(c -> number(c.getValue())).collect(Collectors.joining("+"))
                + " = " + number(sum(cells));
    }

    /** Only the non-zero parts, each with its row: "（一）予以公开 2 + 1.属于国家秘密 1 = 3"; "0" when none. */
    public static String namedFormula(Collection<?> cells) {
        String parts = ordered(cells).stream().filter(c -> c.getValue() != 0)
                .map(c -> c.getRowLabel() + " " + number(c.getValue())).collect(Collectors.joining(" + "));
        return parts.isEmpty() ? "各项均为0" : parts + " = " + number(sum(cells));
    }

    public static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static List<TableCell> ordered(Collection<?> cells) {
        return cells.stream().map(c -> (TableCell) c)
                .sorted(Comparator.comparingInt(TableCell::getOffset).thenComparingInt(TableCell::getColumnIndex))
                .toList();
    }
}

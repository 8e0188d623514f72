package reportcheck.analysis;

import java.util.regex.Pattern;

/**
 * Tells a table row flattened into a line of text ("行政许可 | 1532", "一、本年新收… | 38 | 5 | 46")
 * from a heading or a paragraph: its row labels carry ordinals (一、 （一） 1.) that are not the
 * report's headings, and its repeated header rows are not repeated paragraphs. A navigation bar
 * ("首页 | 政务公开") is not a table row.
 */
final class BarRows {
    private static final Pattern CELL_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?|/|—|-|");
    private static final Pattern NAV = Pattern.compile(">>|»|首页|当前位置");
    /** Words of a table's header cells: a row of menu items has none of them. */
    private static final Pattern HEADER = Pattern.compile("第.{1,4}条|数量|件数|总计|合计|信息内容|情况|结果|金额|单位|人数|比例");

    static final Pattern SPACED = Pattern.compile("^[^。；;]{1,60}?(?:[ \\t\\u3000]+(?:-?\\d+(?:\\.\\d+)?|/)){3,}[ \\t\\u3000]*$");

    private BarRows() {
    }

    /**
     * Whether the line ends, before any spaces, with a digit or a slash, as every line SPACED matches
     * does: a line of prose ends otherwise, and is spared the pattern's sixty tries of its opening.
     */
    private static boolean endsInANumber(String line) {
        int k = line.length() - 1;
        while (k >= 0 && (line.charAt(k) == ' ' || line.charAt(k) == '\t' || line.charAt(k) == '\u3000')) {
            k--;
        }
        return k >= 0 && (line.charAt(k) >= '0' && line.charAt(k) <= '9' || line.charAt(k) == '/');
    }

    static boolean isRow(String folded) {
        if (folded.indexOf('|') < 0) {
            // a row printed without bars, as a PDF or a copied page gives it: a short label, then three
            // or more numbers apart ("四、结转下年度继续办理 0 0 0 0 0 0 0"); no heading ends that way
            return endsInANumber(folded) && SPACED.matcher(folded).matches();
        }
        if (NAV.matcher(folded).find()) {
            return false;
        }
        String[] cells = folded.split("\\|", -1);
        boolean numberCell = false;
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i].strip();
            // a leading or trailing bar leaves an empty edge cell: not a blank cell of the table
            boolean edge = (i == 0 || i == cells.length - 1) && c.isEmpty();
            // an empty cell between two bars is a blank cell of the table
            if (c.length() > 60 || c.endsWith("。")) {
                return false;
            }
            numberCell |= !edge && CELL_NUMBER.matcher(c).matches();
        }
        return numberCell || HEADER.matcher(folded).find();
    }
}

package reportcheck.facts;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A family of local documents whose title is fixed but for the place, from
 * {@code rules/data/title-families.json}: 某市法治政府建设实施方案（2021—2025年） is one entry, not
 * one per city. Analysis compares cited titles with it ({@link FamilyTitle}); it is not a fact of
 * the session.
 */
public final class TitleFamily {
    private final String id;
    private final String name;
    private final List<Pattern> shapes;
    private final List<String> middles;
    private final Pattern place;
    private final List<int[]> spans;
    private final boolean slips;
    private final List<String> neighbours;
    private final String source;

    /**
     * @param shapes  each title shape as a whole-title pattern with a group "place"
     * @param middles the fixed part of the shapes that start with the place (法治政府建设实施方案)
     * @param spans   the editions' year ranges, {from, to}
     */
    public TitleFamily(String id, String name, List<Pattern> shapes, List<String> middles, Pattern place,
            List<int[]> spans, boolean slips, List<String> neighbours, String source) {
        this.id = id;
        this.name = name;
        this.shapes = List.copyOf(shapes);
        this.middles = List.copyOf(middles);
        this.place = place;
        this.spans = spans.stream().map(int[]::clone).toList();
        this.slips = slips;
        this.neighbours = List.copyOf(neighbours);
        this.source = source;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<Pattern> getShapes() {
        return shapes;
    }

    public List<String> getMiddles() {
        return middles;
    }

    /** What a place name looks like in this family's titles. */
    public Pattern getPlace() {
        return place;
    }

    /** The end year of the edition that starts in {@code from}, or null when no edition starts then. */
    public Integer endOf(int from) {
        for (int[] s : spans) {
            if (s[0] == from) {
                return s[1];
            }
        }
        return null;
    }

    public boolean isSpan(int from, int to) {
        Integer end = endOf(from);
        return end != null && end == to;
    }

    /** Whether a title one character away from a shape is taken for a slip of the pen. */
    public boolean isSlips() {
        return slips;
    }

    /** Legitimate fixed parts one character away from a shape's (法治社区建设实施方案). */
    public List<String> getNeighbours() {
        return neighbours;
    }

    public String getSource() {
        return source;
    }
}

package reportcheck.facts;

/**
 * Two paragraphs of one report whose texts are nearly the same, found by the analysis so that
 * rules need not compare every pair. {@code similarity} is 1 − edit distance / longer length.
 */
public final class SimilarParagraphs {
    private final Paragraph first;
    private final Paragraph second;
    private final double similarity;
    private final int distance;

    public SimilarParagraphs(Paragraph first, Paragraph second, double similarity, int distance) {
        this.first = first;
        this.second = second;
        this.similarity = similarity;
        this.distance = distance;
    }

    public Paragraph getFirst() {
        return first;
    }

    public Paragraph getSecond() {
        return second;
    }

    /** Line of the first paragraph: a plain property, so a rule's join on it can be indexed. */
    public int getFirstLine() {
        return first.getLine();
    }

    /** Line of the second paragraph, for the same reason. */
    public int getSecondLine() {
        return second.getLine();
    }

    public double getSimilarity() {
        return similarity;
    }

    /** Edit distance in characters between the two compact keys. */
    public int getDistance() {
        return distance;
    }
}

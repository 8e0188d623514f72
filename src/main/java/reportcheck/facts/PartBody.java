package reportcheck.facts;

import reportcheck.text.SourceText;

/**
 * The text under a part's level-1 heading, up to the next level-1 heading or the signature:
 * located at the heading. Bare when nothing stands under it, or only 「无」.
 */
public final class PartBody extends Located {
    // compiled once: rules ask every heading's body whether it is bare
    private static final java.util.regex.Pattern PUNCT = java.util.regex.Pattern.compile("[\\s。.,;:!、]");
    private static final java.util.regex.Pattern BARE = java.util.regex.Pattern.compile("(暂)?无?");
    private final String partId;
    private final String body;

    public PartBody(SourceText src, int offset, int end, String partId, String body) {
        super(src, offset, end);
        this.partId = partId;
        this.body = body;
    }

    public String getPartId() {
        return partId;
    }

    /** The folded text under the heading, lines joined. */
    public String getBody() {
        return body;
    }

    /** Nothing under the heading but punctuation and 「无」「暂无」. */
    public boolean isBare() {
        return BARE.matcher(PUNCT.matcher(body).replaceAll("")).matches();
    }
}

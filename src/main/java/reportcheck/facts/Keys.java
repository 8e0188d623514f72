package reportcheck.facts;

/** Comparison keys shared by facts, so that two facts compare the same way everywhere. */
public final class Keys {
    private Keys() {
    }

    /**
     * Folded text without any white space: the very string given when it holds none, so that a
     * caller may tell by identity that the text, and so every stretch of it, is its own key.
     */
    public static String compact(String folded) {
        int first = 0;
        while (first < folded.length() && !skipped(folded.charAt(first))) {
            first++;
        }
        if (first == folded.length()) {
            return folded;
        }
        // most keys hold no white space: the loop above proved it and the text is its own key
        StringBuilder sb = new StringBuilder(folded.length()).append(folded, 0, first);
        for (int i = first + 1; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!skipped(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean skipped(char c) {
        if (c > '\u3000') {
            // no white space above the ideographic space: ideographs, the bulk of a report, end here
            return c == '\uFEFF';
        }
        return Character.isWhitespace(c) || c == '\u200B';
    }
}

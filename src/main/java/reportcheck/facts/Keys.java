package reportcheck.facts;

/** Comparison keys shared by facts, so that two facts compare the same way everywhere. */
public final class Keys {
    private Keys() {
    }

    /** Folded text without any white space. */
    public static String compact(String folded) {
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u200B' && c != '\uFEFF') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}

package reportcheck.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * What reportcheck prints to a terminal, with control characters shown as {@code \x1B} or
 * {@code \u202E} instead of acted on. Messages quote file names and report text, and a file
 * named with an escape sequence could otherwise move the cursor, rewrite the screen or reverse
 * the text around it. Line breaks and tabs pass; a carriage return does not (it would let a name
 * overwrite the start of its own line).
 */
final class EscapingWriter extends FilterWriter {
    EscapingWriter(Writer out) {
        super(out);
    }

    /** Whether {@code c} must be shown rather than written: C0 and C1 controls, DEL, bidi and line-separator marks. */
    static boolean isControl(char c) {
        return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069'
                || c == '\u200E' || c == '\u200F' || c == '\u061C' || c == '\u2028' || c == '\u2029';
    }

    static String escape(char c) {
        return c < 0x100 ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c);
    }

    /** {@code s} with every control character escaped. */
    static String escape(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isControl(c)) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                sb.append(escape(c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    @Override
    public void write(int c) throws IOException {
        if (isControl((char) c)) {
            out.write(escape((char) c));
        } else {
            out.write(c);
        }
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        write(new String(buf, off, len), 0, len);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        String e = escape(s.substring(off, off + len));
        out.write(e, 0, e.length());
    }
}

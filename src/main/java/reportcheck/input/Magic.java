package reportcheck.input;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import reportcheck.text.Signatures;

/**
 * Content tests the readers share beyond the byte signatures of {@link Signatures}: where a PDF
 * header may stand, and the first bytes as text to look for markup in.
 */
final class Magic {
    private Magic() {
    }

    /** PDF readers accept junk before the header, so the signature is looked for in the first kilobyte. */
    static boolean isPdf(byte[] b) {
        return sniffText(b, 1024).contains("%PDF-");
    }

    /**
     * The first {@code limit} bytes as text good enough to look for ASCII markup: UTF-16 when a
     * byte-order mark says so, else one char per byte, which keeps ASCII intact in UTF-8 and GB18030.
     */
    static String sniffText(byte[] b, int limit) {
        int n = Math.min(b.length, limit);
        if (Signatures.startsWith(b, 0xFF, 0xFE)) {
            return new String(b, 2, Math.max(0, n - 2), StandardCharsets.UTF_16LE);
        }
        if (Signatures.startsWith(b, 0xFE, 0xFF)) {
            return new String(b, 2, Math.max(0, n - 2), StandardCharsets.UTF_16BE);
        }
        return new String(b, 0, n, StandardCharsets.ISO_8859_1);
    }

    static String lowerName(java.nio.file.Path file) {
        return file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}

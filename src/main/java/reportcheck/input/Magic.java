package reportcheck.input;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Signatures at the start of a file, so that the content, not the name, decides how a file is read. */
final class Magic {
    private Magic() {
    }

    static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** A ZIP archive: .docx and the other Office Open XML files, OpenDocument, OFD, plain archives. */
    static boolean isZip(byte[] b) {
        return starts(b, 'P', 'K', 3, 4) || starts(b, 'P', 'K', 5, 6);
    }

    /** The OLE2 compound file of Word 97-2003, Excel 97-2003, WPS and encrypted Office files. */
    static boolean isOle2(byte[] b) {
        return starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
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
        if (starts(b, 0xFF, 0xFE)) {
            return new String(b, 2, Math.max(0, n - 2), StandardCharsets.UTF_16LE);
        }
        if (starts(b, 0xFE, 0xFF)) {
            return new String(b, 2, Math.max(0, n - 2), StandardCharsets.UTF_16BE);
        }
        return new String(b, 0, n, StandardCharsets.ISO_8859_1);
    }

    static String lowerName(java.nio.file.Path file) {
        return file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}

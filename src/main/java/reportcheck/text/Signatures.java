package reportcheck.text;

/**
 * The byte signatures at the start of a file that say what it is, kept in one place: the
 * readers use them to pick a reader by content, the text decoder to name a binary file that
 * reached it instead of calling it undecodable text.
 */
public final class Signatures {
    private Signatures() {
    }

    /** Whether {@code b} starts with the bytes {@code prefix} (each given as 0..255). */
    public static boolean startsWith(byte[] b, int... prefix) {
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

    /** The image format the bytes start with (PNG, JPEG, GIF, BMP, TIFF, WebP), or null. */
    public static String image(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "PNG";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "JPEG";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "GIF";
        }
        // BMP: "BM", then a file size and two reserved fields that are zero
        if (startsWith(b, 'B', 'M') && b.length > 14 && b[6] == 0 && b[7] == 0) {
            return "BMP";
        }
        if (startsWith(b, 'I', 'I', 42, 0) || startsWith(b, 'M', 'M', 0, 42)) {
            return "TIFF";
        }
        if (startsWith(b, 'R', 'I', 'F', 'F') && b.length >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B') {
            return "WebP";
        }
        return null;
    }

    /** A ZIP archive: .docx and the other Office Open XML files, OpenDocument, OFD, plain archives. */
    public static boolean zip(byte[] b) {
        return startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 'P', 'K', 5, 6);
    }

    /** The OLE2 compound file of Word 97-2003, Excel 97-2003, WPS and encrypted Office files. */
    public static boolean ole2(byte[] b) {
        return startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
    }
}

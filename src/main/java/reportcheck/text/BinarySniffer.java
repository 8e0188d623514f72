package reportcheck.text;

/**
 * Recognises bytes that are not text at all, so that a renamed image or archive gets a message
 * naming what it is instead of a decoding error.
 */
public final class BinarySniffer {
    private BinarySniffer() {
    }

    /** A short Chinese description of the binary kind, or null when the bytes may be text. */
    public static String describe(byte[] b) {
        String image = Signatures.image(b);
        if (image != null) {
            return image + " 图片";
        }
        if (Signatures.startsWith(b, '%', 'P', 'D', 'F')) {
            return "PDF 文件";
        }
        if (Signatures.zip(b)) {
            return "ZIP 压缩包或 Office 文档";
        }
        if (Signatures.ole2(b)) {
            return "旧版 Office 二进制文档（.doc/.xls）";
        }
        int limit = Math.min(b.length, 8192);
        int controls = 0;
        for (int i = 0; i < limit; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return "二进制文件（含空字节）";
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        if (limit > 0 && controls * 20 > limit) {
            return "二进制文件（控制字符过多）";
        }
        return null;
    }
}

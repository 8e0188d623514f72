package reportcheck.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a plain-text report.
 *
 * <p>Order: a byte-order mark decides (UTF-8, UTF-16LE/BE); otherwise UTF-16 recognised by its
 * zero bytes; otherwise strict UTF-8; otherwise
 * strict GB18030, which covers GBK and GB2312 files saved on Chinese Windows. Bytes that are
 * neither are refused rather than decoded into replacement characters, because a checklist
 * quoting mojibake would mislead an editor.
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    /** The decoded text and the name of the encoding that was detected. */
    public record Decoded(String text, String encoding) {
    }

    public static Decoded decode(byte[] bytes) throws UnreadableReportException {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8"), "UTF-8 (BOM)");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE"), "UTF-16LE");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE"), "UTF-16BE");
        }
        String kind = BinarySniffer.describe(bytes);
        // zero bytes make text look binary; UTF-16 without a mark has them in every line break
        Decoded utf16 = kind != null && kind.startsWith("二进制文件") ? utf16WithoutMark(bytes) : null;
        if (utf16 != null) {
            return utf16;
        }
        if (kind != null) {
            throw new UnreadableReportException("不是文本文件（看起来是" + kind + "），无法作为 .txt 报告读取");
        }
        try {
            return new Decoded(strict(bytes, 0, StandardCharsets.UTF_8), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            try {
                String text = strict(bytes, 0, GB18030);
                if (looksLikeChinese(text)) {
                    return new Decoded(text, "GB18030");
                }
            } catch (CharacterCodingException notGb) {
                // fall through to the refusal below
            }
        }
        throw new UnreadableReportException(
                "无法识别文本编码：既不是 UTF-8 也不是 GB18030/GBK；请另存为 UTF-8 后重试");
    }

    /**
     * UTF-16 saved without a byte-order mark (some editors do). Its line breaks and any ASCII
     * carry a zero byte, which no UTF-8 or GB18030 text has, so only bytes with a zero are tried:
     * each byte order must decode strictly to text without control characters that reads as
     * Chinese (the wrong order turns Chinese into Hangul and ASCII into rare ideographs), with a
     * line break or at least 16 characters, so that a short binary fragment is not taken. When
     * both would do, the zero bytes decide: UTF-16LE puts an ASCII character's zero second.
     */
    static Decoded utf16WithoutMark(byte[] bytes) {
        if (bytes.length < 2 || bytes.length % 2 != 0) {
            return null;
        }
        int zerosEven = 0;
        int zerosOdd = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    zerosEven++;
                } else {
                    zerosOdd++;
                }
            }
        }
        if (zerosEven + zerosOdd == 0) {
            return null;
        }
        String le = plainText(bytes, StandardCharsets.UTF_16LE);
        String be = plainText(bytes, StandardCharsets.UTF_16BE);
        if (le != null && (be == null || zerosOdd >= zerosEven)) {
            return new Decoded(le, "UTF-16LE（无字节顺序标记）");
        }
        return be == null ? null : new Decoded(be, "UTF-16BE（无字节顺序标记）");
    }

    /** The bytes as text in {@code cs}, or null when they do not read as a Chinese text file. */
    private static String plainText(byte[] bytes, Charset cs) {
        String text;
        try {
            text = strict(bytes, 0, cs);
        } catch (CharacterCodingException e) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == 0x7F || c == 0xFFFE
                    || c == 0xFFFF) {
                return null;
            }
        }
        // a few bytes with a zero in them are a binary fragment, not a report: a line break or some length, and Chinese
        boolean lines = text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 || text.length() >= 16;
        boolean han = text.chars().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF);
        return lines && han && looksLikeChinese(text) ? text : null;
    }

    private static String strict(byte[] bytes, int skip, Charset cs, String name) throws UnreadableReportException {
        try {
            return strict(java.util.Arrays.copyOfRange(bytes, skip, bytes.length), 0, cs);
        } catch (CharacterCodingException e) {
            throw new UnreadableReportException("文件声明为 " + name + "（字节顺序标记），但内容无法按 " + name + " 解码", e);
        }
    }

    private static String strict(byte[] bytes, int skip, Charset cs) throws CharacterCodingException {
        if (cs == StandardCharsets.UTF_8) {
            // the String constructor decodes faster and puts U+FFFD for what it cannot decode: text
            // without one was all valid, and decodes the same either way
            String lenient = new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
            if (lenient.indexOf('\uFFFD') < 0) {
                return lenient;
            }
        }
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return dec.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
    }

    /**
     * GB18030 maps almost any byte sequence to some character, so a successful decode proves
     * little; require that most non-ASCII characters are common CJK ideographs or punctuation.
     */
    static boolean looksLikeChinese(String text) {
        int nonAscii = 0;
        int cjk = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            nonAscii++;
            if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)
                    || c == '\u201C' || c == '\u201D' || c == '\u2014' || c == '\u2026') {
                cjk++;
            }
        }
        return nonAscii == 0 || cjk * 10 >= nonAscii * 9;
    }
}

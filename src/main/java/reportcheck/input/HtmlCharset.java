package reportcheck.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reportcheck.text.Signatures;
import reportcheck.text.TextDecoder;
import reportcheck.text.UnreadableReportException;

/**
 * Decodes a saved web page: a byte-order mark decides, then the charset the page declares
 * ({@code <meta charset>}, {@code http-equiv} Content-Type, the XML declaration), then the
 * plain-text detection (UTF-8, else GB18030).
 *
 * <p>Like browsers, labels for the GB family (gb2312, gbk, x-gbk…) are decoded as GB18030, a
 * superset: pages labelled gb2312 routinely contain GBK characters. Decoding is strict; a page
 * whose bytes do not fit its declared charset is tried with the detection before it is refused.
 */
final class HtmlCharset {
    private static final Pattern META = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_DECL = Pattern.compile(
            "^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlCharset() {
    }

    static TextDecoder.Decoded decode(byte[] bytes) throws UnreadableReportException {
        if (Signatures.startsWith(bytes, 0xEF, 0xBB, 0xBF) || Signatures.startsWith(bytes, 0xFF, 0xFE) || Signatures.startsWith(bytes, 0xFE, 0xFF)) {
            return TextDecoder.decode(bytes);
        }
        String label = declared(bytes);
        Charset cs = charset(label);
        if (cs != null) {
            try {
                String text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                return new TextDecoder.Decoded(text, cs.name() + "（网页声明 " + label + "）");
            } catch (CharacterCodingException wrongLabel) {
                try {
                    TextDecoder.Decoded d = TextDecoder.decode(bytes);
                    return new TextDecoder.Decoded(d.text(), d.encoding() + "（网页声明的 " + label + " 与内容不符）");
                } catch (UnreadableReportException e) {
                    throw new UnreadableReportException("网页声明的编码是 " + label + "，但内容无法按它解码，也不是 UTF-8 或 GB18030；"
                            + "请在浏览器中打开后重新“另存为”网页再检查", e);
                }
            }
        }
        return TextDecoder.decode(bytes);
    }

    /** The charset label the page declares in its first 4 KB, or null. */
    static String declared(byte[] bytes) {
        String head = Magic.sniffText(bytes, 4096);
        Matcher x = XML_DECL.matcher(head);
        if (x.find()) {
            return x.group(1);
        }
        Matcher m = META.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    static Charset charset(String label) {
        if (label == null) {
            return null;
        }
        String l = label.toLowerCase(Locale.ROOT);
        switch (l) {
            case "gb2312", "gbk", "x-gbk", "gb_2312-80", "gb_2312", "chinese", "csgb2312", "iso-ir-58", "cp936",
                    "windows-936", "ms936", "gb18030", "euc-cn":
                return Charset.forName("GB18030");
            case "utf-8", "utf8", "unicode-1-1-utf-8", "unicode", "utf-16", "utf-16le", "utf-16be":
                // a page without a byte-order mark that says utf-16 is UTF-8 in practice (as browsers assume)
                return StandardCharsets.UTF_8;
            default:
                try {
                    return Charset.isSupported(l) ? Charset.forName(l) : null;
                } catch (IllegalArgumentException e) {
                    return null;
                }
        }
    }
}

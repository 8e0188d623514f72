package reportcheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String TEXT = "某区司法局2023年法治政府建设年度报告\n一、主要举措和成效（略）";

    @Test
    void decodesUtf8WithAndWithoutBom() throws Exception {
        byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
        assertEquals(TEXT, TextDecoder.decode(plain).text());
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain);
        TextDecoder.Decoded d = TextDecoder.decode(bom);
        assertEquals(TEXT, d.text(), "the BOM is not part of the text");
        assertEquals("UTF-8 (BOM)", d.encoding());
    }

    /**
     * A replacement character written in the file is text like any other; bytes that are not
     * UTF-8 are never turned into one (the quick decoding stands aside for the strict one).
     */
    @Test
    void aReplacementCharacterInTheFileIsKeptAndBrokenUtf8IsNotReplaced() throws Exception {
        String withMark = "第\uFFFD页：乱码示例";
        TextDecoder.Decoded d = TextDecoder.decode(withMark.getBytes(StandardCharsets.UTF_8));
        assertEquals(withMark, d.text());
        assertEquals("UTF-8", d.encoding());
        byte[] cut = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] broken = concat(java.util.Arrays.copyOf(cut, 7), java.util.Arrays.copyOfRange(cut, 8, cut.length));
        assertThrows(UnreadableReportException.class, () -> TextDecoder.decode(broken),
                "a UTF-8 sequence cut short is refused, not decoded with a replacement character");
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, broken);
        assertThrows(UnreadableReportException.class, () -> TextDecoder.decode(bom));
    }

    @Test
    void decodesUtf16WithBom() throws Exception {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(TEXT, TextDecoder.decode(le).text());
        assertEquals(TEXT, TextDecoder.decode(be).text());
    }

    @Test
    void decodesGb18030AndGbk() throws Exception {
        for (String cs : new String[] {"GB18030", "GBK"}) {
            TextDecoder.Decoded d = TextDecoder.decode(TEXT.getBytes(Charset.forName(cs)));
            assertEquals(TEXT, d.text(), cs);
            assertEquals("GB18030", d.encoding());
        }
    }

    @Test
    void refusesBinaryNamingWhatItIs() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        UnreadableReportException e = assertThrows(UnreadableReportException.class, () -> TextDecoder.decode(png));
        assertTrue(e.getMessage().contains("PNG"), e.getMessage());
        // the same signature table as the readers: a WebP image is named too, though it holds no NUL early
        byte[] webp = {'R', 'I', 'F', 'F', 0x24, 0x10, 1, 1, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' '};
        e = assertThrows(UnreadableReportException.class, () -> TextDecoder.decode(webp));
        assertTrue(e.getMessage().contains("WebP 图片"), e.getMessage());
        byte[] nul = {'a', 'b', 0, 'c'};
        assertThrows(UnreadableReportException.class, () -> TextDecoder.decode(nul));
    }

    @Test
    void refusesBytesThatAreNeitherUtf8NorChinese() {
        // Latin-1 accented text: invalid UTF-8, and as GB18030 it would decode to unrelated ideographs
        byte[] latin1 = "Ã©tÃ© Ã  la plage, dÃ©jÃ  vu".getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer.wrap(latin1);
        UnreadableReportException e = assertThrows(UnreadableReportException.class, () -> TextDecoder.decode(latin1));
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

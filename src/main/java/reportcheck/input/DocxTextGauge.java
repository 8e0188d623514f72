package reportcheck.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import reportcheck.text.UnreadableReportException;

/**
 * Measures a .docx's body text by streaming its main part, before POI builds the whole document
 * in memory (about ten bytes of heap per byte of XML). A document.xml that expands to hundreds
 * of megabytes, under the ZIP-bomb ratio, would otherwise take gigabytes to be refused by the
 * length limit after reading; streamed, it is refused once the text passes the limit, holding
 * only the parser's buffer.
 *
 * <p>It counts the characters of {@code w:t} elements outside text boxes, fallbacks and moved-away
 * text, which the reader does not take either, so the count never exceeds the text the reader
 * would return (that also has line breaks and list labels). A main part of more than {@link
 * #XML_BYTES_PER_CHAR} bytes of XML per allowed character is refused as well: markup of that
 * weight around little text is no real report. Anything the gauge cannot parse is left to POI,
 * which reports it in its own words.
 */
final class DocxTextGauge {
    /** Bytes of XML allowed per character of the limit; a heavily formatted real report uses a few dozen at most. */
    static final long XML_BYTES_PER_CHAR = 64;

    private static final String W = WordXml.W;

    private DocxTextGauge() {
    }

    /** Refuses the document if its body text is over {@code maxChars}; 0 means no limit. */
    static void check(java.nio.file.Path file, int maxChars, String advice) throws UnreadableReportException {
        if (maxChars <= 0) {
            return;
        }
        long maxXml = XML_BYTES_PER_CHAR * maxChars;
        try (ZipFile zip = new ZipFile(file.toFile(), java.nio.charset.StandardCharsets.ISO_8859_1)) {
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements();) {
                ZipEntry e = en.nextElement();
                // a ZIP bomb (over POI's expansion ratio) is POI's to refuse, in its own words
                if (e.getName().equals("word/document.xml") && !overRatio(e)) {
                    try (Counted in = new Counted(zip.getInputStream(e))) {
                        measure(in, maxChars, maxXml, advice);
                    }
                }
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            // damaged or odd: POI reads it next and says what is wrong
        }
    }

    /** Whether the entry claims to expand more than POI's ZIP-bomb ratio allows. */
    private static boolean overRatio(ZipEntry e) {
        long packed = e.getCompressedSize();
        long size = e.getSize();
        return packed > 0 && size > 0 && (double) packed / size < ZipSecureFile.getMinInflateRatio();
    }

    private static void measure(Counted in, int maxChars, long maxXml, String advice)
            throws XMLStreamException, UnreadableReportException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        XMLStreamReader x = f.createXMLStreamReader(in);
        long chars = 0;
        int skipped = 0;
        boolean inText = false;
        try {
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    if (skipped > 0 || skips(x)) {
                        skipped++;
                    } else {
                        inText = W.equals(x.getNamespaceURI()) && "t".equals(x.getLocalName());
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    if (skipped > 0) {
                        skipped--;
                    }
                    inText = false;
                } else if (inText && skipped == 0 && (ev == XMLStreamConstants.CHARACTERS
                        || ev == XMLStreamConstants.CDATA)) {
                    chars += x.getTextLength();
                    if (chars > maxChars) {
                        throw new UnreadableReportException("报告正文超过上限（" + maxChars + " 字，可用 --max-chars 调整），"
                                + "已停止读取；" + advice);
                    }
                }
                if (in.count > maxXml) {
                    throw new UnreadableReportException(String.format(java.util.Locale.ROOT,
                            "文档正文的 XML 超过 %.0f MB，而文字不到 %d 字：排版数据大得异常（文件可能已损坏或经过恶意构造），"
                                    + "已停止读取；请用 Word 或 WPS 打开后重新另存为 .docx 再检查", maxXml / 1048576.0, maxChars));
                }
            }
        } finally {
            x.close();
        }
    }

    /** Parts of the body the reader leaves out: text boxes, alternative content, moved-away text. */
    private static boolean skips(XMLStreamReader x) {
        String name = x.getLocalName();
        return "txbxContent".equals(name) || "Fallback".equals(name) || "moveFrom".equals(name)
                || "del".equals(name) && W.equals(x.getNamespaceURI());
    }

    /** Counts the bytes the parser has taken from the decompressed part. */
    private static final class Counted extends FilterInputStream {
        long count;

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}

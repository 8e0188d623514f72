package reportcheck.support;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;

/**
 * Writes a text report as Word would hold it after a typist used automatic numbering: heading
 * labels ("一、", "(一)", "1.", "(1)") become list numbering with the label text taken out of the
 * paragraph; where the report's own ordinal is not the next one Word would count, a new list
 * instance restarts the level there (w:startOverride), as "restart numbering at" does in Word.
 * Blank lines become empty paragraphs. A header and a footer are added; readers must ignore them.
 */
public final class DocxWriter {
    /** The label forms of the four heading levels, as lvlText with the characters the seeds use. */
    static final String[] LVL_TEXT = {"%1、", "(%2)", "%3.", "(%4)"};
    static final String[] NUM_FMT = {"chineseCounting", "chineseCounting", "decimal", "decimal"};
    private static final Pattern[] LABEL = {
        Pattern.compile("^([一二三四五六七八九十]{1,3})、"),
        Pattern.compile("^\\(([一二三四五六七八九十]{1,3})\\)"),
        Pattern.compile("^(\\d{1,2})\\.(?![\\d.])"),
        Pattern.compile("^\\((\\d{1,2})\\)")};

    private DocxWriter() {
    }

    public static void write(List<String> lines, Path out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("内部资料 注意保存");
            doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("— 1 —");
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger abs = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum(), numbering));
            BigInteger num = numbering.addNum(abs);
            int[] counters = new int[4];
            Arrays.fill(counters, 0);
            for (String line : lines) {
                XWPFParagraph p = doc.createParagraph();
                int level = -1;
                Matcher m = null;
                // a table row written with bars keeps its row label as text: it is no heading
                for (int l = 0; l < 4 && level < 0 && !line.contains(" | "); l++) {
                    m = LABEL[l].matcher(line);
                    if (m.find()) {
                        level = l;
                    }
                }
                if (level < 0) {
                    if (!line.isEmpty()) {
                        p.createRun().setText(line);
                    }
                    continue;
                }
                int ordinal = ordinal(m.group(1));
                if (ordinal != counters[level] + 1) {
                    num = numbering.addNum(abs);
                    CTNumLvl o = numbering.getNum(num).getCTNum().addNewLvlOverride();
                    o.setIlvl(BigInteger.valueOf(level));
                    o.addNewStartOverride().setVal(BigInteger.valueOf(ordinal));
                }
                counters[level] = ordinal;
                for (int d = level + 1; d < 4; d++) {
                    counters[d] = 0;
                }
                p.setNumID(num);
                p.setNumILvl(BigInteger.valueOf(level));
                p.createRun().setText(line.substring(m.end()));
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                doc.write(os);
            }
        }
    }

    static int ordinal(String s) {
        if (Character.isDigit(s.charAt(0))) {
            return Integer.parseInt(s);
        }
        String digits = "一二三四五六七八九";
        if (s.length() == 1) {
            return s.equals("十") ? 10 : digits.indexOf(s) + 1;
        }
        int tens = s.startsWith("十") ? 1 : digits.indexOf(s.charAt(0)) + 1;
        char last = s.charAt(s.length() - 1);
        return tens * 10 + (last == '十' ? 0 : digits.indexOf(last) + 1);
    }

    private static org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum abstractNum() throws IOException {
        StringBuilder xml = new StringBuilder("<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"multilevel\"/>");
        for (int l = 0; l < 4; l++) {
            xml.append("<w:lvl w:ilvl=\"").append(l).append("\"><w:start w:val=\"1\"/><w:numFmt w:val=\"")
                    .append(NUM_FMT[l]).append("\"/><w:lvlText w:val=\"").append(LVL_TEXT[l])
                    .append("\"/><w:lvlJc w:val=\"left\"/></w:lvl>");
        }
        xml.append("</w:abstractNum></w:numbering>");
        try {
            return NumberingDocument.Factory.parse(xml.toString()).getNumbering().getAbstractNumArray(0);
        } catch (XmlException e) {
            throw new IOException(e);
        }
    }
}

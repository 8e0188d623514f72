package reportcheck.input;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;

/**
 * The labels Word draws before numbered paragraphs of a binary .doc, rebuilt from the list
 * tables HWPF exposes, as {@link ListNumbering} does for .docx: counters per list, a level's use
 * restarts the levels below it, a list override's start applies where that override first
 * numbers a level, and the level's number text ("%1、" is stored as "\u0000、") is filled with each
 * level's counter in its number format. A bullet gets no label: it carries no ordinal.
 */
final class DocListLabels {
    private static final int LEVELS = 9;
    private static final int UNSET = Integer.MIN_VALUE;
    /** MS-DOC's number formats (nfc) in order, named as OOXML names them for {@link NumberFormats}. */
    private static final String[] FORMATS = {"decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter",
        "ordinal", "cardinalText", "ordinalText", "hex", "chicago", "ideographDigital", "japaneseCounting", "aiueo",
        "iroha", "decimalFullWidth", "decimalHalfWidth", "japaneseLegal", "japaneseDigitalTenThousand",
        "decimalEnclosedCircle", "decimalFullWidth2", "aiueoFullWidth", "irohaFullWidth", "decimalZero", "bullet",
        "ganada", "chosung", "decimalEnclosedFullstop", "decimalEnclosedParen", "decimalEnclosedCircleChinese",
        "ideographEnclosedCircle", "ideographTraditional", "ideographZodiac", "ideographZodiacTraditional",
        "taiwaneseCounting", "ideographLegalTraditional", "taiwaneseCountingThousand", "taiwaneseDigital",
        "chineseCounting", "chineseLegalSimplified", "chineseCountingThousand"};
    private static final int NFC_BULLET = 23;
    private static final int NFC_NONE = 255;

    private final Map<Integer, int[]> counters = new HashMap<>();
    private final Set<String> usedOverrides = new HashSet<>();
    private final boolean hasLists;

    DocListLabels(HWPFDocument doc) {
        this.hasLists = doc.getListTables() != null;
    }

    /** The label of this paragraph ("一、", "（1）"), or "" when it is not numbered, has a bullet or cannot be told. */
    String next(Paragraph p) {
        if (!hasLists || !p.isInList()) {
            return "";
        }
        try {
            return label(p.getList(), p.getIlfo(), p.getIlvl());
        } catch (RuntimeException e) {
            // a list reference to a definition that is not there: the text is read without its label
            return "";
        }
    }

    private String label(HWPFList list, int ilfo, int ilvl) {
        if (ilvl < 0 || ilvl >= LEVELS) {
            return "";
        }
        char level = (char) ilvl;
        int[] c = counters.computeIfAbsent(list.getLsid(), k -> {
            int[] a = new int[LEVELS];
            Arrays.fill(a, UNSET);
            return a;
        });
        if (list.isStartAtOverridden(level) && usedOverrides.add(ilfo + "/" + ilvl)) {
            c[ilvl] = list.getStartAt(level) - 1;
        }
        c[ilvl] = c[ilvl] == UNSET ? list.getStartAt(level) : c[ilvl] + 1;
        for (int deeper = ilvl + 1; deeper < LEVELS; deeper++) {
            c[deeper] = UNSET;
        }
        int nfc = list.getNumberFormat(level);
        String text = list.getNumberText(level);
        if (nfc == NFC_BULLET || nfc == NFC_NONE || text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < LEVELS) {
                int value = c[ch] == UNSET ? list.getStartAt(ch) : c[ch];
                int kFmt = list.getNumberFormat(ch);
                sb.append(kFmt == NFC_BULLET ? "" : NumberFormats.format(value, name(kFmt)));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    private static String name(int nfc) {
        return nfc == NFC_NONE ? "none" : nfc >= 0 && nfc < FORMATS.length ? FORMATS[nfc] : "decimal";
    }
}

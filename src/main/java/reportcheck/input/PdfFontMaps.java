package reportcheck.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Looks at the character maps of a PDF's fonts before PDFBox builds them. PDFBox expands every
 * range of a map ("bfrange") into one entry per code, inside a single call that no interrupt
 * reaches; a damaged or hostile map with a range of billions of codes took minutes and gigabytes
 * (found by fuzzing). A real font maps at most 65,536 codes, so a map that claims far more, or
 * whose text alone is megabytes, is refused before any text is extracted.
 */
final class PdfFontMaps {
    /** Codes mapped by ranges in one map; a CJK font needs at most 65,536. */
    static final long MAX_RANGE_CODES = 1L << 20;
    /** Decoded size of one map; real ones are tens of kilobytes. */
    static final int MAX_MAP_BYTES = 4 << 20;
    /** Form XObjects nest; deeper than this is not followed (PDFBox has its own limits). */
    private static final int MAX_DEPTH = 16;

    private PdfFontMaps() {
    }

    /** Whether any font map on any page, or in the forms the pages draw, is beyond the limits. */
    static boolean oversized(PDDocument doc) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PDPage page : doc.getPages()) {
            COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
            if (oversized(resources, seen, 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean oversized(COSDictionary resources, Set<COSBase> seen, int depth) {
        if (resources == null || depth > MAX_DEPTH || !seen.add(resources)) {
            return false;
        }
        COSDictionary fonts = resources.getCOSDictionary(COSName.FONT);
        if (fonts != null) {
            for (COSName name : fonts.keySet()) {
                COSDictionary font = fonts.getCOSDictionary(name);
                if (font == null || !seen.add(font)) {
                    continue;
                }
                if (oversized(font.getCOSStream(COSName.TO_UNICODE))
                        || font.getDictionaryObject(COSName.ENCODING) instanceof COSStream encoding && oversized(encoding)) {
                    return true;
                }
                // Type 3 glyphs are content streams with resources of their own
                if (oversized(font.getCOSDictionary(COSName.RESOURCES), seen, depth + 1)) {
                    return true;
                }
            }
        }
        COSDictionary xobjects = resources.getCOSDictionary(COSName.XOBJECT);
        if (xobjects != null) {
            for (COSName name : xobjects.keySet()) {
                if (xobjects.getDictionaryObject(name) instanceof COSStream form
                        && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE))
                        && oversized(form.getCOSDictionary(COSName.RESOURCES), seen, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean oversized(COSStream map) {
        if (map == null) {
            return false;
        }
        byte[] bytes;
        try (InputStream in = map.createInputStream()) {
            bytes = in.readNBytes(MAX_MAP_BYTES + 1);
        } catch (IOException | RuntimeException e) {
            return false; // unreadable: PDFBox will report it, or skip the map, when it gets there
        }
        return bytes.length > MAX_MAP_BYTES || rangeCodes(new String(bytes, StandardCharsets.ISO_8859_1)) > MAX_RANGE_CODES;
    }

    /**
     * How many codes the "bfrange" sections of a map cover: each entry is a low code, a high
     * code and a target (a code or an array). Saturates at Long.MAX_VALUE for absurd codes.
     */
    static long rangeCodes(String map) {
        long total = 0;
        int from = 0;
        while (true) {
            int start = map.indexOf("beginbfrange", from);
            if (start < 0) {
                return total;
            }
            int end = map.indexOf("endbfrange", start);
            if (end < 0) {
                end = map.length();
            }
            List<String> tokens = tokens(map, start + "beginbfrange".length(), end);
            for (int i = 0; i + 2 < tokens.size(); i += 3) {
                long low = code(tokens.get(i));
                long high = code(tokens.get(i + 1));
                if (low < 0 || high < 0) {
                    return Long.MAX_VALUE;
                }
                if (high >= low) {
                    total += high - low + 1;
                    if (total > MAX_RANGE_CODES) {
                        return total;
                    }
                }
            }
            from = end;
        }
    }

    /** The hex strings and arrays between two offsets, arrays as "[". */
    private static List<String> tokens(String s, int from, int to) {
        List<String> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c == '<') {
                int close = s.indexOf('>', i);
                if (close < 0 || close > to) {
                    break;
                }
                out.add(s.substring(i + 1, close));
                i = close + 1;
            } else if (c == '[') {
                int close = s.indexOf(']', i);
                out.add("[");
                i = close < 0 || close > to ? to : close + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * A hex code's value, read as PDF reads hex strings (an odd last digit is followed by 0);
     * -1 when it has more than 8 digits, as no font code does.
     */
    private static long code(String hex) {
        String digits = hex.replaceAll("[^0-9A-Fa-f]", "");
        if (digits.length() % 2 == 1) {
            digits += "0";
        }
        if (digits.length() > 8) {
            return -1;
        }
        return digits.isEmpty() ? 0 : Long.parseLong(digits, 16);
    }
}

package reportcheck.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A .docx written part by part from XML text, for the cases a test must state exactly: list
 * definitions, tracked changes, content controls, hostile XML. {@link #body} wraps paragraphs in
 * a document; numbering and styles parts are added when given.
 */
public final class RawDocx {
    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private RawDocx() {
    }

    /** A document.xml whose body holds {@code bodyXml} (w: prefix bound). */
    public static String body(String bodyXml) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"" + W
                + "\" xmlns:r=\"" + REL + "\"><w:body>" + bodyXml + "<w:sectPr/></w:body></w:document>";
    }

    /** A paragraph of plain text with optional paragraph properties. */
    public static String p(String pPr, String text) {
        return "<w:p>" + (pPr.isEmpty() ? "" : "<w:pPr>" + pPr + "</w:pPr>") + (text.isEmpty() ? ""
                : "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>") + "</w:p>";
    }

    public static String numPr(int numId, int ilvl) {
        return "<w:numPr><w:ilvl w:val=\"" + ilvl + "\"/><w:numId w:val=\"" + numId + "\"/></w:numPr>";
    }

    public static void write(Path out, String document, String numbering, String styles) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.wordprocessingml.document.main+xml\"/>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/relationships\">");
        if (numbering != null) {
            types.append("<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.numbering+xml\"/>");
            rels.append("<Relationship Id=\"rIdN\" Type=\"" + REL + "/numbering\" Target=\"numbering.xml\"/>");
            parts.put("word/numbering.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering xmlns:w=\"" + W
                    + "\">" + numbering + "</w:numbering>");
        }
        if (styles != null) {
            types.append("<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.styles+xml\"/>");
            rels.append("<Relationship Id=\"rIdS\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/>");
            parts.put("word/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles xmlns:w=\"" + W + "\">"
                    + styles + "</w:styles>");
        }
        types.append("</Types>");
        rels.append("</Relationships>");
        try (OutputStream os = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(os)) {
            put(zip, "[Content_Types].xml", types.toString());
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                    + REL + "/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            put(zip, "word/document.xml", document);
            put(zip, "word/_rels/document.xml.rels", rels.toString());
            for (Map.Entry<String, String> e : parts.entrySet()) {
                put(zip, e.getKey(), e.getValue());
            }
        }
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}

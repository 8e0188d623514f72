package reportcheck.input;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.w3c.dom.Node;

/**
 * The paragraphs of a Word document as a reader goes through them, which is what line numbers
 * of a .docx report count: line N is the Nth entry of {@link #lines}.
 *
 * <p>Read: the main text in document order, including paragraphs inside content controls and
 * tables. A table is read row by row, and within a row cell by cell from left to right; every
 * paragraph of a cell is its own line, like any other paragraph, so a finding in a table points
 * at the cell's paragraph. Numbered paragraphs get the label Word draws for them in front.
 * Tracked changes read as if accepted (insertions kept, deletions dropped).
 *
 * <p>Not read, always: headers and footers, footnotes and endnotes (their reference marks are
 * dropped too), comments, text boxes, and a table of contents, which only repeats the headings.
 */
public final class DocxParagraphs {
    /** Marks POI writes in run text for note references; the note itself is not part of the body. */
    private static final Pattern NOTE_REF = Pattern.compile("\\[(?:footnoteRef|endnoteRef):-?\\d+\\]");

    /**
     * One paragraph: the POI paragraph (null for text of a content-control table cell, which POI
     * does not expose as paragraphs), the list label Word draws before it ("" if none), and its text.
     */
    public record Entry(XWPFParagraph paragraph, String label, String text) {
        /** The line as the report sees it: label and text, with manual line breaks joined. */
        public String line() {
            return ParagraphText.oneLine(label + text);
        }
    }

    private final List<Entry> out = new ArrayList<>();
    /** The top-level tables, cell by cell, as ranges of {@link #out}; turned into grids by {@link DocxTables}. */
    private final List<List<List<DocxTables.Span>>> tables = new ArrayList<>();
    private int tableDepth;
    private final DocxStyles styles;
    private final ListNumbering numbering;

    private DocxParagraphs(XWPFDocument doc) {
        styles = new DocxStyles(doc);
        numbering = new ListNumbering(doc, styles);
    }

    /** Every paragraph read, blank ones included. */
    public static List<Entry> all(XWPFDocument doc) {
        DocxParagraphs walk = new DocxParagraphs(doc);
        walk.container(doc.getDocument().getBody(), doc);
        return walk.out;
    }

    /** The lines, as {@link #lines} gives them, and the top-level tables with their cells placed on those lines. */
    public record Read(List<Entry> lines, List<reportcheck.text.TableGrid> tables) {
    }

    /** One walk for both lines and tables. */
    public static Read read(XWPFDocument doc) {
        DocxParagraphs walk = new DocxParagraphs(doc);
        walk.container(doc.getDocument().getBody(), doc);
        return new Read(walk.out.stream().filter(e -> !ParagraphText.isBlank(e.line())).toList(),
                DocxTables.grids(walk.out, walk.tables));
    }

    /** The paragraphs that have text: entry N-1 is line N of the report. */
    public static List<Entry> lines(XWPFDocument doc) {
        return all(doc).stream().filter(e -> !ParagraphText.isBlank(e.line())).toList();
    }

    private void container(XmlObject xml, IBody body) {
        try (XmlCursor c = xml.newCursor()) {
            c.selectPath("./*");
            while (c.toNextSelection()) {
                XmlObject o = c.getObject();
                String name = o.getDomNode().getLocalName();
                if (o instanceof CTP p) {
                    XWPFParagraph para = body.getParagraph(p);
                    paragraph(para != null ? para : new XWPFParagraph(p, body));
                } else if (o instanceof CTTbl t) {
                    XWPFTable table = body.getTable(t);
                    table(table != null ? table : new XWPFTable(t, body));
                } else if ("sdt".equals(name) && !isTableOfContents(o.getDomNode())) {
                    try (XmlCursor k = o.newCursor()) {
                        for (boolean more = k.toFirstChild(); more; more = k.toNextSibling()) {
                            if ("sdtContent".equals(k.getName().getLocalPart())) {
                                container(k.getObject(), body);
                            }
                        }
                    }
                } else if ("customXml".equals(name)) {
                    container(o, body);
                }
            }
        }
    }

    private void table(XWPFTable table) {
        List<List<DocxTables.Span>> rows = tableDepth == 0 ? new ArrayList<>() : null;
        tableDepth++;
        for (XWPFTableRow row : table.getRows()) {
            List<DocxTables.Span> cells = new ArrayList<>();
            for (ICell cell : row.getTableICells()) {
                int first = out.size();
                if (cell instanceof XWPFTableCell tc) {
                    container(tc.getCTTc(), tc);
                    cells.add(DocxTables.span(tc, first, out.size()));
                } else if (cell instanceof XWPFSDTCell sc) {
                    for (String line : sc.getContent().getText().split("\n")) {
                        out.add(new Entry(null, "", line));
                    }
                    cells.add(new DocxTables.Span(first, out.size(), 1, false));
                }
            }
            if (rows != null) {
                rows.add(cells);
            }
        }
        tableDepth--;
        if (rows != null) {
            tables.add(rows);
        }
    }

    private void paragraph(XWPFParagraph p) {
        if (styles.isTocEntry(p)) {
            return;
        }
        String label = numbering.next(p);
        String text = text(p);
        // Word puts a tab or a space after the label; it is layout, and the text reads on as a
        // typist writes it ("一、标题", "①要点"), except where Latin words would run together
        if (!label.isEmpty() && !text.isEmpty()
                && ParagraphText.needsSpace(label.charAt(label.length() - 1), text.charAt(0))) {
            label += " ";
        }
        out.add(new Entry(p, label, text));
    }

    /** The visible text of a paragraph: runs (not deleted ones), hyperlinks, fields and inline content controls. */
    static String text(XWPFParagraph p) {
        StringBuilder sb = new StringBuilder();
        for (IRunElement r : p.getIRuns()) {
            if (r instanceof XWPFRun run) {
                if (run.getCTR().sizeOfDelTextArray() == 0) {
                    sb.append(NOTE_REF.matcher(run.text()).replaceAll(""));
                }
            } else if (r instanceof XWPFSDT sdt) {
                sb.append(sdt.getContent().getText());
            } else {
                sb.append(r);
            }
        }
        return sb.toString();
    }

    /** Word wraps a table of contents in a content control whose gallery is "Table of Contents". */
    private static boolean isTableOfContents(Node sdt) {
        Node part = WordXml.child(WordXml.child(WordXml.child(sdt, "sdtPr"), "docPartObj"), "docPartGallery");
        String gallery = WordXml.attr((org.w3c.dom.Element) part, "val");
        return gallery != null && gallery.startsWith("Table of Contents");
    }
}

package reportcheck.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of a web page as a reader sees it, one block per line.
 *
 * <p>Dropped: what is not report text (scripts, styles, forms, embedded objects, hidden
 * elements), navigation, and the page's own header and footer; a header or footer inside an
 * article or main element is the report's own (its title, its date) and stays. Then, when the
 * page has one, only its article is read ({@link HtmlArticle}): the site's menus, breadcrumb,
 * toolbars and footer built from divs go too. Kept: the article whole, including the residue in
 * it (发布时间, 来源 lines), which the artifact rules report. Block elements and {@code <br>} end a line; the cells of a table row stay on one
 * line, separated by a tab. Items of an ordered list get the number the browser draws.
 */
final class HtmlText {
    private static final String DROPPED = "script, style, noscript, template, nav, aside, form, iframe, object, "
            + "embed, svg, canvas, select, button, [hidden], [aria-hidden=true], [style~=(?i)display\\s*:\\s*none], "
            + "[style~=(?i)visibility\\s*:\\s*hidden]";
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
            "table", "ul", "ol", "dl", "dt", "dd", "section", "article", "main", "blockquote", "pre", "address",
            "figure", "figcaption", "caption", "center", "hr", "fieldset", "details", "summary", "header", "footer",
            "body", "thead", "tbody", "tfoot");

    private final List<String> lines = new ArrayList<>();
    /** Where each table cell's text stands: {1-based line, start, end} in that line; see {@link HtmlTables}. */
    private final java.util.Map<Element, int[]> cells = new java.util.HashMap<>();
    /** Cells whose text starts on the line being built, and a cell entered but not yet started. */
    private final List<int[]> open = new ArrayList<>();
    private Element pendingCell;
    private final StringBuilder line = new StringBuilder();
    private boolean pendingSpace;
    private boolean pendingBreak;

    private HtmlText() {
    }

    static List<String> paragraphs(Document doc) {
        return read(doc).lines();
    }

    /** The lines, and the document's tables as grids placed on them. */
    record Read(List<String> lines, List<reportcheck.text.TableGrid> tables) {
    }

    static Read read(Document doc) {
        doc.select(DROPPED).remove();
        for (Element e : doc.select("header, footer")) {
            if (e.closest("article, main") == null) {
                e.remove();
            }
        }
        if (doc.body() != null) {
            HtmlArticle.keepArticle(doc.body());
        }
        HtmlText t = new HtmlText();
        Element root = doc.body() != null ? doc.body() : doc;
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                t.enter(node);
            }

            @Override
            public void tail(Node node, int depth) {
                t.leave(node);
            }
        }, root);
        t.flush();
        return new Read(t.lines, HtmlTables.grids(root, t.cells, t.lines));
    }

    private void enter(Node node) {
        if (node instanceof TextNode text) {
            boolean pre = node.parent() instanceof Element p && p.closest("pre") != null;
            append(text.getWholeText(), pre);
        } else if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("br") || BLOCKS.contains(tag)) {
                flush();
            }
            if ((tag.equals("td") || tag.equals("th")) && e.elementSiblingIndex() > 0) {
                line.append('\t');
                pendingSpace = false;
            }
            if (tag.equals("td") || tag.equals("th")) {
                pendingCell = e;
            }
            if (tag.equals("li")) {
                line.append(ListLabels.label(e));
            }
        }
    }

    private void leave(Node node) {
        int[] at = node instanceof Element e ? cells.get(e) : null;
        if (at != null && at[0] == 0) {
            at[2] = line.length();
        }
        if (node instanceof Element e && e == pendingCell) {
            pendingCell = null;
        }
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
            flush();
        }
    }

    /**
     * HTML collapses runs of white space to one space. A line break in the source between two
     * Chinese characters shows as nothing (CSS Text 3 segment breaks), so it is dropped there.
     */
    private void append(String s, boolean pre) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (pre && c == '\n') {
                flush();
            } else if (!pre && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')) {
                pendingSpace = true;
                pendingBreak |= c == '\n' || c == '\r';
            } else {
                if (pendingSpace && line.length() > 0 && line.charAt(line.length() - 1) != '\t') {
                    boolean cjkBreak = pendingBreak && ParagraphText.isWide(line.charAt(line.length() - 1))
                            && ParagraphText.isWide(c);
                    if (!cjkBreak) {
                        line.append(' ');
                    }
                }
                pendingSpace = false;
                pendingBreak = false;
                if (pendingCell != null) {
                    int[] at = {0, line.length(), -1};
                    cells.put(pendingCell, at);
                    open.add(at);
                    pendingCell = null;
                }
                line.append(c);
            }
        }
    }

    /** Ends the line; an indent written with ideographic or no-break spaces is text and stays. */
    private void flush() {
        String raw = line.toString();
        String s = raw.replaceAll("^[ \t]+|[ \t]+$", "");
        if (!ParagraphText.isBlank(s)) {
            lines.add(s);
            int lead = raw.indexOf(s);
            for (int[] at : open) {
                at[0] = lines.size();
                at[1] = Math.max(0, at[1] - lead);
                at[2] = at[2] < 0 ? s.length() : Math.min(s.length(), Math.max(at[1], at[2] - lead));
            }
        }
        open.clear();
        line.setLength(0);
        pendingSpace = false;
        pendingBreak = false;
    }
}

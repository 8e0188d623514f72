package reportcheck.render;

import java.math.BigInteger;
import java.util.Calendar;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * Adds Word comments to a document: the comment itself in the comments part, and in the text a
 * {@code commentRangeStart} before the first commented run, a {@code commentRangeEnd} after
 * the last and the reference run Word hangs the comment on. Ids go on from any comment the
 * document already has.
 */
final class DocxComments {
    /** Author and initials of every comment reportcheck writes: how {@link DocxOwnComments} knows its own. */
    static final String AUTHOR = "reportcheck";
    static final String INITIALS = "RC";
    private final XWPFComments part;
    private final Calendar date = Calendar.getInstance();
    private long nextId;

    DocxComments(XWPFDocument doc) {
        XWPFComments existing = doc.getDocComments();
        part = existing != null ? existing : doc.createComments();
        long max = -1;
        for (XWPFComment c : part.getComments()) {
            try {
                max = Math.max(max, Long.parseLong(c.getId()));
            } catch (NumberFormatException e) {
                // a foreign id format; ours start after the numeric ones
            }
        }
        nextId = max + 1;
    }

    /**
     * Comments the runs from {@code first} to {@code last} (in document order) with one paragraph
     * per entry of {@code lines}; the first line is set in bold.
     */
    void add(CTR first, CTR last, List<String> lines) {
        BigInteger id = BigInteger.valueOf(nextId++);
        XWPFComment comment = part.createComment(id);
        comment.setAuthor(AUTHOR);
        comment.setInitials(INITIALS);
        // without a date WPS and LibreOffice show 0000-00-00; the copy is made now, so it is dated now
        comment.setDate(date);
        for (int i = 0; i < lines.size(); i++) {
            XWPFRun run = comment.createParagraph().createRun();
            run.setText(lines.get(i));
            run.setBold(i == 0);
        }
        String idText = id.toString();
        try (XmlCursor c = first.newCursor()) {
            element(c, "commentRangeStart", idText);
        }
        try (XmlCursor c = last.newCursor()) {
            c.toEndToken();
            c.toNextToken();
            element(c, "commentRangeEnd", idText);
            c.toNextToken();
            c.beginElement(new QName(DocxRuns.W, "r"));
            element(c, "commentReference", idText);
        }
    }

    /** Inserts an empty element with a {@code w:id} at the cursor, leaving the cursor inside it. */
    private static void element(XmlCursor c, String name, String id) {
        c.beginElement(new QName(DocxRuns.W, name));
        c.insertAttributeWithValue(new QName(DocxRuns.W, "id"), id);
    }
}

package reportcheck.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * Takes reportcheck's own comments out of a document before it is commented again, so that
 * checking a {@code .reviewed.docx} gives one set of comments, not a second one beside the first.
 *
 * <p>Ours are the comments whose author is {@value DocxComments#AUTHOR} and whose initials are
 * {@value DocxComments#INITIALS}, both as {@link DocxComments} writes them: a reviewer's comment
 * (any other author or initials, including replies to ours) stays, with its anchors. Of ours, the
 * comment, its {@code commentRangeStart}/{@code commentRangeEnd} and the run holding its
 * {@code commentReference} go; the runs split to fit their anchors stay split, which changes
 * nothing a reader sees. The text of comments is never part of what is checked: the readers
 * take the body only.
 */
final class DocxOwnComments {
    private static final String NS = "declare namespace w='" + DocxRuns.W + "' ";

    private DocxOwnComments() {
    }

    /** Whether a comment is one reportcheck wrote. */
    static boolean isOurs(XWPFComment c) {
        return DocxComments.AUTHOR.equals(c.getAuthor()) && DocxComments.INITIALS.equals(c.getInitials());
    }

    /** The document without reportcheck's comments; the same bytes when it has none. */
    static byte[] strip(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFComments part = doc.getDocComments();
            if (part == null) {
                return docx;
            }
            Set<String> ids = new HashSet<>();
            List<XWPFComment> all = part.getComments();
            for (int i = all.size() - 1; i >= 0; i--) {
                if (isOurs(all.get(i))) {
                    ids.add(all.get(i).getId());
                    part.removeComment(i);
                }
            }
            if (ids.isEmpty()) {
                return docx;
            }
            XmlObject body = doc.getDocument();
            remove(body, ".//w:commentRangeStart", ids, false);
            remove(body, ".//w:commentRangeEnd", ids, false);
            remove(body, ".//w:commentReference", ids, true);
            ByteArrayOutputStream out = new ByteArrayOutputStream(docx.length);
            doc.write(out);
            return out.toByteArray();
        }
    }

    /**
     * Removes the elements at {@code path} whose {@code w:id} is one of {@code ids}; for a
     * comment reference, the run it stands in when the run holds nothing else but formatting.
     */
    private static void remove(XmlObject root, String path, Set<String> ids, boolean reference) {
        List<XmlObject> found = new ArrayList<>();
        try (XmlCursor c = root.newCursor()) {
            c.selectPath(NS + path);
            while (c.toNextSelection()) {
                String id = c.getAttributeText(new javax.xml.namespace.QName(DocxRuns.W, "id"));
                if (ids.contains(id)) {
                    found.add(c.getObject());
                }
            }
        }
        for (XmlObject o : found) {
            try (XmlCursor c = o.newCursor()) {
                if (reference && onlyThisInRun(c)) {
                    c.toParent();
                }
                c.removeXml();
            }
        }
    }

    private static boolean onlyThisInRun(XmlCursor at) {
        try (XmlCursor c = at.newCursor()) {
            if (!c.toParent() || !"r".equals(c.getName().getLocalPart())) {
                return false;
            }
            for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
                String name = c.getName().getLocalPart();
                if (!name.equals("rPr") && !name.equals("commentReference")) {
                    return false;
                }
            }
            return true;
        }
    }
}

package reportcheck.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import reportcheck.facts.Heading;
import reportcheck.facts.PartMention;
import reportcheck.facts.Roles;
import reportcheck.facts.Truncation;
import reportcheck.knowledge.PartSpec;
import reportcheck.knowledge.Profile;
import reportcheck.text.SourceText;

/**
 * Decides whether a report stops mid-sentence. Real texts saved from a site or pasted in part
 * often do; everything that should come after the cut then looks missing, so the cut is found
 * once here and the parts after it are listed.
 *
 * <p>A proper end is closing punctuation, a signature (an organ's name), a date, closing words
 * (特此报告), a table row, or the last of a list of unpunctuated items (headings of one level with
 * no text under them). A heading standing alone at the end has nothing under it: the text was
 * cut right after it, or inside it.
 */
final class TextEnd {
    /** Folded closing punctuation: 。！？；…and closing quotes and brackets (full-width folded to ASCII). */
    private static final String SENTENCE_ENDS = "。.!?;";
    /** Closing quotes and brackets, which end a sentence only after one of the marks above. */
    private static final String CLOSING_MARKS = "\"”’'」』)》〉]】";
    /** How an organ's name ends: a signature line without a date is still a signature. */
    private static final Pattern ORGAN = Pattern.compile(
            "(局|委|办|院|府|厅|部|处|室|所|队|会|中心|组|站|馆|署|庭|司|社|校|学|协|联|镇|乡|街道)(\\s*\\(.{1,6}\\))?$");
    /**
     * Other proper last lines: a date the layout did not take for the signature date (no day,
     * dotted), an attachment list, contact lines, distribution lines (抄送).
     */
    private static final Pattern OTHER_END = Pattern.compile(
            "^.{0,30}?(\\d{4}|[〇零○O一二三四五六七八九]{4})\\s*年\\s*[\\d一二三四五六七八九十]{1,3}\\s*月(\\s*[\\d一二三四五六七八九十]{1,3}\\s*日)?$"
            + "|^.{0,30}?\\d{4}\\s*[-./]\\s*\\d{1,2}(\\s*[-./]\\s*\\d{1,2})?$"
            + "|^(附件|联系人|联系电话|电话|传真|抄送|抄报|印发)");
    /**
     * A short note in brackets after the last sentence (…监督权。(记者 某某), …。(此件主动公开)); a heading
     * number standing after a full stop ((二)) is where a cut text may stop, so it is no note.
     */
    private static final Pattern NOTE_AFTER_SENTENCE = Pattern.compile(
            "(?<=[。.!?;])\\s*\\((?![一二三四五六七八九十\\d]{1,3}\\))[^()。.!?;]{1,16}\\)$");
    private static final Pattern TABLE_CELLS = Pattern.compile("\\t|\\S\\s{2,}\\S.*\\S\\s{2,}\\S");
    /** How much of the last paragraph the finding quotes. */
    private static final int QUOTE = 15;

    private TextEnd() {
    }

    static Truncation truncation(SourceText src, List<Line> lines, Layout layout, List<Heading> headings,
            List<PartMention> parts, Profile profile) {
        // web residue, notes, and page numbers or web addresses (digits or letters, no Chinese) are not the text's end
        int j = lines.size() - 1;
        while (j >= 0 && (Roles.RESIDUE.equals(layout.role(lines.get(j).number(), ""))
                || Roles.NOTE.equals(layout.role(lines.get(j).number(), "")) || pageMark(lines.get(j).folded()))) {
            j--;
        }
        if (j < 0 || layout.firstBodyLine() == 0 || lines.get(j).number() < layout.firstBodyLine()) {
            return null;
        }
        Line last = lines.get(j);
        String role = layout.role(last.number(), Roles.BODY);
        String f = last.folded();
        if (Roles.DATE.equals(role) || Roles.CLOSING.equals(role) || Roles.ADDRESSEE.equals(role)
                || Roles.TITLE.equals(role) || (Roles.ISSUER.equals(role) && ORGAN.matcher(f).find())
                || closes(f) || TABLE_CELLS.matcher(f).find()
                || OTHER_END.matcher(f).find()
                || endsItemList(last, lines.get(Math.max(0, j - 1)), headings) && !cutPartHeading(last, headings, profile)) {
            return null;
        }
        int from = last.end();
        for (int n = 0; n < QUOTE && from > last.start(); n++) {
            from = src.original().offsetByCodePoints(from, -1);
        }
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (PartSpec p : partsAfter(parts, profile)) {
            ids.add(p.id());
            names.add(p.name());
        }
        return new Truncation(src, from, last.end(), ids, names);
    }

    /**
     * Whether a line ends a sentence. A closing quote or bracket does so only after a sentence's
     * own mark (…。” or …。）): after a word it closes a phrase, and the text may have been cut
     * right after it (…召开第二次联席（扩大）). An ellipsis is how sites mark a text they cut
     * (…开展法治建设“...); no report ends on one.
     */
    static boolean closes(String f) {
        String t = NOTE_AFTER_SENTENCE.matcher(f.stripTrailing()).replaceFirst("");
        if (t.isEmpty() || t.endsWith("...") || t.endsWith("…")) {
            return false;
        }
        int i = t.length() - 1;
        while (i > 0 && CLOSING_MARKS.indexOf(t.charAt(i)) >= 0) {
            i--;
        }
        return SENTENCE_ENDS.indexOf(t.charAt(i)) >= 0;
    }

    private static boolean pageMark(String f) {
        return f.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && f.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /**
     * Whether the last line closes a list of bare items: it and the line before are headings of
     * one level, both ending in a word (a list punctuated otherwise, or one item ending in a comma,
     * is prose cut off).
     */
    private static boolean endsItemList(Line last, Line before, List<Heading> headings) {
        Heading h = headingAt(last, headings);
        Heading b = before == last ? null : headingAt(before, headings);
        return h != null && b != null && !h.isRunIn() && !b.isRunIn() && h.getLevel() == b.getLevel()
                && endsInWord(last.folded()) && endsInWord(before.folded());
    }

    /**
     * Whether the last line is a part's heading cut short ("四、政府信息公", "五、存在的主"): its
     * words begin a part's name and stop before its end. Headings with nothing under them are a
     * list when each is whole; a genre whose tables a saved page drops has such runs of headings.
     */
    private static boolean cutPartHeading(Line last, List<Heading> headings, Profile profile) {
        Heading h = headingAt(last, headings);
        if (h == null) {
            return false;
        }
        String words = h.getNorm().strip();
        return words.length() >= 2 && profile.parts().stream()
                .anyMatch(p -> p.name().startsWith(words) && p.name().length() > words.length());
    }

    private static boolean endsInWord(String f) {
        return Character.isLetterOrDigit(f.codePointBefore(f.length()));
    }

    private static Heading headingAt(Line l, List<Heading> headings) {
        for (Heading h : headings) {
            if (h.getOffset() == l.start()) {
                return h;
            }
        }
        return null;
    }

    /**
     * The required parts with no heading of their own that would come after the cut: those placed
     * after the last part found with a usual place, or beside it (same position), and those with no
     * usual place (position 0) unless the cut falls in the closing part. With no part heading before
     * the cut, that is every part not found.
     */
    private static List<PartSpec> partsAfter(List<PartMention> parts, Profile profile) {
        Set<String> present = new HashSet<>();
        for (PartMention m : parts) {
            // a part stands in the text by a heading of its own, themed headings or the report's outline;
            // lead words in the body or a passing phrase do not say where it stands
            if (!PartMention.BODY.equals(m.getKind()) && !PartMention.PASSING.equals(m.getKind())) {
                present.add(m.getPartId());
            }
        }
        // a cut inside the duty part (no usual place) says nothing about which parts came before;
        // a part with no usual place still comes before the closing part (the next year's plan)
        int position = 0;
        int closing = 0;
        for (PartSpec p : profile.parts()) {
            closing = Math.max(closing, p.position());
            if (present.contains(p.id())) {
                position = Math.max(position, p.position());
            }
        }
        List<PartSpec> out = new ArrayList<>();
        for (PartSpec p : profile.parts()) {
            boolean after = p.position() == 0 ? position < closing : p.position() >= position;
            if (p.required() && !present.contains(p.id()) && after) {
                out.add(p);
            }
        }
        return out;
    }
}

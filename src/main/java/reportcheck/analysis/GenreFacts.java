package reportcheck.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reportcheck.facts.Document;
import reportcheck.facts.Heading;
import reportcheck.facts.Paragraph;
import reportcheck.facts.PartBody;
import reportcheck.facts.PartListing;
import reportcheck.facts.PartMention;
import reportcheck.facts.PublicationDeadline;
import reportcheck.facts.Roles;
import reportcheck.facts.StatisticsPeriod;
import reportcheck.knowledge.Deadline;
import reportcheck.knowledge.Profile;
import reportcheck.text.SourceText;

/**
 * Facts about a report's frame that a genre with fixed parts judges: what its opening says of its
 * parts, what stands under each part's heading, the period its figures cover and the deadline
 * that applies to its issuer. Built for every report; only a genre's own rules join on them.
 */
final class GenreFacts {
    private static final String NUM = "[一二三四五六七八九十]|\\d{1,2}";
    /** "共分六个部分", "等六部分组成", "分为六个部分", "包括以下六个方面". */
    private static final Pattern STATED = Pattern.compile(
            "(?:共(?!和国)|分为|分成|由|包括|包含)[^。]{0,240}?(?<!第)(" + NUM + ")\\s*(?:个)?部分");
    /** The list of names after 包括/由/包含, up to 等…部分, 共…部分 or the sentence end. */
    private static final Pattern LIST = Pattern.compile(
            "(?:包括|由|包含|分为)\\s*:?([^。;]{6,400}?)(?:(?:等|共)?\\s*(?:" + NUM + ")\\s*(?:个)?(?:部分|方面)|。|;|$)");
    private static final Pattern PERIOD = Pattern.compile(
            "统计(?:期限|时限|时间|周期|区间|范围|期间|时段)?[^。\\d]{0,12}?(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"
            + "\\s*(?:起)?\\s*(?:至|到|—|-|~|－)\\s*(?:(\\d{4})\\s*年)?\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern LEAD = Pattern.compile("^(.+?)(?:关于)?\\d{4}\\s*年");
    private static final Pattern OF_REPORT = Pattern.compile("(?s).*(报告|全文).*");
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("[、,;]|以及|(?:及|和|与)(?=其他)");
    private static final Pattern LEADING_AND = Pattern.compile("^(及|和|与|以及)");

    private GenreFacts() {
    }

    /** The facts of these kinds that {@code wanted} asks for (none of a kind no rule for the genre matches). */
    static List<Object> build(SourceText src, Profile profile, Document doc, List<Heading> headings,
            List<Paragraph> paragraphs, List<PartMention> parts, java.util.function.Predicate<Class<?>> wanted) {
        List<Object> out = new ArrayList<>();
        boolean listings = wanted.test(PartListing.class);
        boolean periods = wanted.test(StatisticsPeriod.class);
        boolean bodies = wanted.test(PartBody.class);
        List<Heading> level1 = headings.stream().filter(h -> h.getLevel() == 1).toList();
        // the opening: before the second level-1 heading, for some reports open with 「一、总体情况」 and
        // say what the report holds in its first paragraph
        int firstHeading = level1.size() < 2 ? Integer.MAX_VALUE : level1.get(1).getOffset();
        // the parts that follow: the profile's parts that have a level-1 heading (a flattened table's
        // row labels "一、本年新收…" may pass for level-1 headings, the parts' headings do not)
        int partHeadings = (int) parts.stream()
                .filter(pm -> PartMention.HEADING.equals(pm.getKind()) && pm.getLevel() == 1)
                .map(PartMention::getPartId).distinct().count();
        // whether a listed item names a part, by item: the lists of an opening repeat their items
        Map<String, Boolean> names = new HashMap<>();
        for (Paragraph p : listings || periods ? paragraphs : List.<Paragraph>of()) {
            String f = src.folded().substring(p.getOffset(), p.getEnd());
            if (listings && Roles.BODY.equals(p.getRole()) && p.getOffset() < firstHeading) {
                PartListing l = listing(src, p, f, profile, partHeadings, names);
                if (l != null) {
                    out.add(l);
                }
            }
            // the period is stated after 统计: most paragraphs are spared the search
            Matcher m = periods && f.contains("统计") ? PERIOD.matcher(f) : null;
            if (m != null && m.find()) {
                int fromYear = Integer.parseInt(m.group(1));
                int[] from = {fromYear, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
                int[] to = {m.group(4) == null ? fromYear : Integer.parseInt(m.group(4)),
                        Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6))};
                out.add(new StatisticsPeriod(src, p.getOffset() + m.start(), p.getOffset() + m.end(), from, to));
            }
        }
        for (PartMention pm : parts) {
            if (bodies && PartMention.HEADING.equals(pm.getKind()) && pm.getLevel() == 1) {
                out.add(new PartBody(src, pm.getOffset(), pm.getEnd(), pm.getPartId(),
                        body(src, pm, level1, paragraphs)));
            }
        }
        PublicationDeadline d = wanted.test(PublicationDeadline.class) ? deadline(profile, doc) : null;
        if (d != null) {
            out.add(d);
        }
        return out;
    }

    /** The opening's statement of its parts in this paragraph, or null when it makes none. */
    private static PartListing listing(SourceText src, Paragraph p, String f, Profile profile, int headings,
            Map<String, Boolean> names) {
        Matcher s = STATED.matcher(f);
        Integer stated = null;
        // a number of parts is stated with 部分: a paragraph without it is spared the search
        boolean mayState = f.contains("部分");
        while (mayState && s.find()) {
            // the report's own parts: the sentence speaks of the report ("本报告…", "全文…")
            int from = Math.max(f.lastIndexOf('。', s.start()) + 1, 0);
            if (OF_REPORT.matcher(f.substring(from, s.end())).matches()) {
                stated = Numerals.parseAny(s.group(1));
                break;
            }
        }
        Integer listed = null;
        int start = stated == null ? -1 : s.start();
        int end = stated == null ? -1 : s.end();
        Matcher l = LIST.matcher(f);
        while (l.find()) {
            String[] split = ITEM_SEPARATOR.split(l.group(1));
            if (split.length < 3) {
                // joining items only makes fewer: a list of the report's parts has three or more
                continue;
            }
            List<String> items = new ArrayList<>();
            for (String item : split) {
                String t = LEADING_AND.matcher(item.strip()).replaceFirst("");
                if (t.isEmpty()) {
                    continue;
                }
                // a part's name may hold a 、 itself ("政府信息公开行政复议、行政诉讼情况")
                int last = items.size() - 1;
                if (last >= 0 && !named(profile, items.get(last), names)
                        && named(profile, items.get(last) + "、" + t, names)) {
                    items.set(last, items.get(last) + "、" + t);
                } else {
                    items.add(t);
                }
            }
            long named = items.stream().filter(i -> named(profile, i, names)).count();
            // a list of the report's parts names at least three of them; other lists are not about parts
            if (items.size() >= 3 && named >= 3) {
                listed = items.size();
                // the list is the evidence: it says both what and how many
                start = l.start();
                end = l.end();
                break;
            }
        }
        if (stated == null && listed == null) {
            return null;
        }
        return new PartListing(src, p.getOffset() + start, p.getOffset() + end, stated, listed, headings);
    }

    private static boolean named(Profile profile, String item, Map<String, Boolean> names) {
        return names.computeIfAbsent(item, i -> profile.parts().stream().anyMatch(ps -> ps.headingMatches(i)));
    }

    /** The folded text under a part's heading, up to the next level-1 heading or the signature. */
    private static String body(SourceText src, PartMention pm, List<Heading> level1, List<Paragraph> paragraphs) {
        int stop = Integer.MAX_VALUE;
        for (Heading h : level1) {
            if (h.getOffset() > pm.getOffset()) {
                stop = h.getOffset();
                break;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : paragraphs) {
            boolean content = Roles.BODY.equals(p.getRole()) || Roles.TABLE.equals(p.getRole())
                    || Roles.HEADING.equals(p.getRole()) && p.getOffset() >= pm.getEnd();
            if (content && p.getOffset() >= pm.getEnd() && p.getOffset() < stop) {
                sb.append(src.folded(), p.getOffset(), p.getEnd()).append('\n');
            }
        }
        // a heading run into its text ("五、存在的主要问题及改进情况：无。") carries its body on its line
        int lineEnd = src.lineEnd(pm.getLine());
        if (lineEnd > pm.getEnd()) {
            sb.insert(0, src.folded().substring(pm.getEnd(), lineEnd));
        }
        return sb.toString().strip();
    }

    /** The deadline for the issuer the signature (else the title's lead words) names, or null. */
    private static PublicationDeadline deadline(Profile profile, Document doc) {
        String issuer = doc.getIssuer();
        if (issuer == null && doc.getTitle() != null) {
            Matcher m = LEAD.matcher(reportcheck.text.Normalizer.fold(doc.getTitle()).replaceAll("\\s+", ""));
            issuer = m.find() ? m.group(1) : null;
        }
        if (issuer == null) {
            return null;
        }
        String f = reportcheck.text.Normalizer.fold(issuer).replaceAll("\\s+", "");
        for (Deadline d : profile.deadlines()) {
            if (d.issuerPattern().matcher(f).find()) {
                return new PublicationDeadline(d.kind(), issuer.strip(), d.month(), d.day(), d.basis());
            }
        }
        return null;
    }
}

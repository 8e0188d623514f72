package reportcheck.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reportcheck.facts.Keys;
import reportcheck.facts.Roles;
import reportcheck.facts.TitleUnit;
import reportcheck.text.SourceText;

/**
 * Finds the frame around the body: web residue and the title block at the top, then an
 * addressee; closing words, the issuer and the date at the bottom (GB/T 9704-2012 7.3.5).
 */
final class LayoutAnalyzer {
    /** Lines a web page wraps around a report: navigation bars and page metadata. */
    static final Pattern RESIDUE = Pattern.compile(
            "^(>>|»|当前位置|您(?:现在|当前)的位置|您的位置|首页\\s*(?:[>›→]|&gt;)|.*\\|.*\\|)|^(发布时间|发布日期|来源|信息来源|点击率|点击数|浏览次数|浏览量|阅读次数|作者|责任编辑|字号|【字体|打印|关闭)"
            + "|^(【\\s*(打印|关闭|字号|字体|收藏|返回|分享)[^】]{0,8}】\\s*)+$"
            // the page's own dates: a header clock (今天是…星期四, or its bare label when the clock did not
            // render: "今天是:"), update and index lines; never the report's year
            + "|^[^。]{0,30}今天是\\s*:?\\s*(\\d{4}\\s*年|$)|^(更新时间|更新日期|发文日期|成文日期|发布机构|索引号|(时间|日期)\\s*:)"
            + "|\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*(星期|周)[一二三四五六日天]"
            // a public-information page's catalogue fields, bare or in brackets or bullets ("[ 索引号 ] …",
            // "• 主题分类"; "- 标题: …" repeats the headline as a field, no second title), and page fields
            // anywhere in a short line ("栏目:政策文件 发布时间:2023-01-12")
            + "|^[-•·\\s]*[\\[【|]?\\s*(索引号|发文字号|发布机构|成文日期|主题分类|体裁分类|组配分类|公开方式|公开范围"
            + "|发文机关|发文单位|效力状态|发布单位|文号|关键词|主题词|分类|名称|标题|服务对象|有效性|栏目|发布日期|发布时间|发文日期|更新时间"
            + "|来源|信息来源|文章来源)\\s*([\\]】:|]|$)|^\\[\\s+\\p{IsHan}{2,6}\\s+\\]"
            + "|(发布时间|发布日期|更新时间|文章来源|信息来源|浏览次数|点击率|点击数)\\s*:"
            + "|^(转自\\s*:|朗读$|无障碍)|简体\\s*\\|?\\s*繁体|全网资源每日更新|^下面是小编"
            + "|^[【\\[]?大[】\\]]?\\s*[【\\[]?中[】\\]]?\\s*[【\\[]?小[】\\]]?$|^扫一扫|^分享到|^[大中小]$"
            // a site footer copied below the signature
            + "|^(主办单位|主办\\s*:|承办单位|承办\\s*:|协办单位|版权所有|技术支持\\s*:|(?i:copyright)|©)|ICP备|公网安备|网站标识码");
    /**
     * RESIDUE's alternatives one by one, each passed over when the line lacks the characters its
     * every match needs ({@link reportcheck.text.RegexHint}), and one anchored at the line's start
     * tried there only: the whole alternation tried at every character of a line cost 20
     * microseconds a line, most of it the eight words searched for before a colon.
     */
    private record ResiduePart(Pattern pattern, boolean atStart, reportcheck.text.RegexHint hint) {
        boolean in(String line) {
            return reportcheck.text.RegexHint.mayMatchIn(hint, line)
                    && (atStart ? pattern.matcher(line).lookingAt() : pattern.matcher(line).find());
        }
    }

    private static final List<ResiduePart> RESIDUE_PARTS = reportcheck.text.RegexAlternatives.of(RESIDUE.pattern()).stream()
            .map(a -> new ResiduePart(Pattern.compile(a), a.startsWith("^"), reportcheck.text.RegexHint.of(a))).toList();

    /** Whether RESIDUE finds a match in the line: as {@code RESIDUE.matcher(line).find()}, for less. */
    static boolean residueIn(String line) {
        for (ResiduePart p : RESIDUE_PARTS) {
            if (p.in(line)) {
                return true;
            }
        }
        return false;
    }

    /** A catalogue label alone on its line, its value printed on the next. */
    private static final Pattern BARE_LABEL = Pattern.compile(
            "^(索引号|发文字号|发文单位|发文机关|发布机构|成文日期|发文日期|发布日期|发布时间|主题分类|体裁分类|效力状态"
            + "|公开方式|来源|信息来源)\\s*:?$");
    private static final int MAX_RESIDUE = 200;
    private static final Pattern BULLET = Pattern.compile("^\\s*[-•·]\\s*");
    private static final String CN_DIGIT = "[〇零○O一二三四五六七八九]";
    private static final String NUM = "(\\d{1,2}|[一二三四五六七八九十]{1,3})";
    static final Pattern DATE_LINE = Pattern.compile(
            "^(?:(.{2,40}?)\\s+)?(\\d{4}|" + CN_DIGIT + "{4})\\s*年\\s*" + NUM + "\\s*月\\s*" + NUM + "\\s*日$");
    /** A note under the signature ((此件公开发布)), or a page number a copy from a printed page kept. */
    private static final Pattern NOTE = Pattern.compile(
            "^\\(.{2,16}\\)$|^[-—–\\s]*\\d{1,3}[-—–\\s]*$|^第\\s*\\d{1,3}\\s*页(\\s*[,/]?\\s*共\\s*\\d{1,3}\\s*页)?$");
    private static final Pattern CLOSING = Pattern.compile("^(特此(报告|函告|通报)|以上报告|妥否)");
    private static final Pattern TITLE_WORD = Pattern.compile("报告|总结|情况|要点|年报|工作");
    private static final Pattern SENTENCE_PUNCT = Pattern.compile("[。,;!?]");
    private static final Pattern NUMBERED_LINE = Pattern.compile("^[一二三四五六七八九十(（\\d].*");

    private LayoutAnalyzer() {
    }

    static Layout analyse(SourceText src, List<Line> lines) {
        Map<Integer, String> roles = Layout.newRoles();
        List<TitleUnit> titles = new ArrayList<>();
        Line addressee = null;
        int i = 0;
        // top: residue, then a run of title-like lines (residue may follow), then an addressee
        while (i < lines.size() && (residue(lines.get(i)) || catalogueValue(lines.get(i)))) {
            roles.put(lines.get(i++).number(), Roles.RESIDUE);
        }
        // a saved page prints its own headline, then page information, then the document with its
        // title (标题 / 发布时间… / 标题): the headline is the page's, not a second title of the report
        while (true) {
            int blockStart = i;
            List<TitleUnit> block = new ArrayList<>();
            int unitStart = -1;
            while (i < lines.size() && titleLike(lines.get(i))) {
                Line l = lines.get(i);
                roles.put(l.number(), Roles.TITLE);
                if (unitStart < 0) {
                    unitStart = i;
                }
                if (TITLE_WORD.matcher(l.folded()).find() || i + 1 >= lines.size() || !titleLike(lines.get(i + 1))) {
                    block.add(unit(src, lines.get(unitStart), l));
                    unitStart = -1;
                }
                i++;
            }
            int k = i;
            while (k < lines.size() && (residue(lines.get(k)) || catalogueValue(lines.get(k)))) {
                k++;
            }
            if (block.isEmpty() || k == i || k >= lines.size() || !sameTitle(src, lines, blockStart, i, k)) {
                titles.addAll(block);
                break;
            }
            for (int n = blockStart; n < k; n++) {
                roles.put(lines.get(n).number(), Roles.RESIDUE);
            }
            i = k;
        }
        while (i < lines.size() && (residue(lines.get(i)) || catalogueRow(lines, i))) {
            roles.put(lines.get(i++).number(), Roles.RESIDUE);
        }
        if (i < lines.size() && addresseeLike(lines.get(i))) {
            addressee = lines.get(i);
            roles.put(addressee.number(), Roles.ADDRESSEE);
            i++;
        }
        int firstBody = i < lines.size() ? lines.get(i).number() : 0;

        // bottom: notes, then the date, then the issuer, then closing words
        Line issuer = null;
        Line date = null;
        int[] dateParts = null;
        int j = lines.size() - 1;
        // a saved web page ends with page controls ("【打印本页】【关闭窗口】") after the signature
        // a table row flattened into a line (a saved page cut inside a table) is text, not page residue
        while (j >= i && (NOTE.matcher(lines.get(j).folded()).matches()
                || residue(lines.get(j)) && !BarRows.isRow(lines.get(j).folded()))) {
            Line l = lines.get(j--);
            roles.put(l.number(), residue(l) ? Roles.RESIDUE : Roles.NOTE);
        }
        if (j >= i) {
            Matcher m = DATE_LINE.matcher(lines.get(j).folded());
            if (m.matches()) {
                date = lines.get(j);
                dateParts = new int[] {year(m.group(2)), Numerals.parseAny(m.group(3)), Numerals.parseAny(m.group(4))};
                roles.put(date.number(), Roles.DATE);
                if (m.group(1) != null && issuerLike(m.group(1))) {
                    issuer = date;
                }
                j--;
            }
        }
        if (issuer == null && j >= i && issuerLike(lines.get(j).folded())) {
            issuer = lines.get(j);
            roles.put(issuer.number(), Roles.ISSUER);
            j--;
        }
        if (j >= i && CLOSING.matcher(lines.get(j).folded()).find()) {
            roles.put(lines.get(j).number(), Roles.CLOSING);
        }
        return new Layout(roles, titles, addressee, issuer, date, dateParts, firstBody);
    }

    /**
     * Web residue is a short line; a long one that happens to hold two "|" or open with "来源"
     * is a paragraph (a report pasted without line breaks is one long line), and must be checked.
     */
    private static boolean residue(Line l) {
        // a catalogue prints its fields as bullet items ("- 日期:2026-02-12", "• 来源:…")
        return l.end() - l.start() <= MAX_RESIDUE && residueIn(BULLET.matcher(l.folded()).replaceFirst(""));
    }

    /**
     * Whether the title-like lines from {@code k} on give the same title as lines {@code from} to
     * {@code to} (exclusive), as a page's headline repeats the document's title, or one holds the
     * other (the headline may leave out the issuer). Keys as {@link #unit} makes them.
     */
    private static boolean sameTitle(SourceText src, List<Line> lines, int from, int to, int k) {
        int end = k;
        while (end < lines.size() && titleLike(lines.get(end))) {
            end++;
        }
        if (end == k) {
            return false;
        }
        String a = unit(src, lines.get(from), lines.get(to - 1)).getKey();
        String b = unit(src, lines.get(k), lines.get(end - 1)).getKey();
        return a.equals(b) || Math.min(a.length(), b.length()) >= 8 && (a.contains(b) || b.contains(a));
    }

    /**
     * Above the title, a value of a public-information catalogue printed on a line of its own: a
     * bullet item ("• 法治政府建设", "• lsx31/2025-00001") or a line with no Chinese at all. A
     * title is never a bullet item, and a line without Chinese is never a title.
     */
    private static boolean catalogueValue(Line l) {
        String f = l.folded().strip();
        int len = f.codePointCount(0, f.length());
        return len > 0 && len <= 40 && !SENTENCE_PUNCT.matcher(f).find()
                && (f.startsWith("•") || f.startsWith("·") || !hasIdeograph(f));
    }

    /**
     * Under the title, a catalogue printed one field a line (发文单位 / 区人民政府 / 发文字号 / …): a short
     * value under its bare label, or the page's time stamp (no Chinese) above the first label.
     */
    private static boolean catalogueRow(List<Line> lines, int i) {
        String f = lines.get(i).folded().strip();
        int len = f.codePointCount(0, f.length());
        if (len == 0 || len > 30 || SENTENCE_PUNCT.matcher(f).find()) {
            return false;
        }
        return i > 0 && BARE_LABEL.matcher(lines.get(i - 1).folded().strip()).matches()
                || !hasIdeograph(f) && i + 1 < lines.size()
                        && BARE_LABEL.matcher(lines.get(i + 1).folded().strip()).matches();
    }

    private static int year(String s) {
        return s.chars().allMatch(Character::isDigit) ? Integer.parseInt(s) : Numerals.parseDigits(s);
    }

    private static TitleUnit unit(SourceText src, Line first, Line last) {
        StringBuilder key = new StringBuilder();
        for (int n = first.number(); n <= last.number(); n++) {
            key.append(Keys.compact(src.folded().substring(src.lineStart(n), src.lineEnd(n))));
        }
        String k = key.toString().replace("年度", "年").replace("关于", "");
        return new TitleUnit(src, first.start(), last.end(), first.number(), last.number(), k);
    }

    private static boolean titleLike(Line l) {
        String f = l.folded();
        int len = f.codePointCount(0, f.length());
        return len <= 60 && !SENTENCE_PUNCT.matcher(f).find() && !f.endsWith(":")
                && !residueIn(f) && !DATE_LINE.matcher(f).matches()
                && !HeadingParser.startsWithOrdinal(f) && hasIdeograph(f);
    }

    private static boolean addresseeLike(Line l) {
        String f = l.folded();
        return f.endsWith(":") && f.codePointCount(0, f.length()) <= 40 && !f.contains("如下") && !f.contains("。");
    }

    private static boolean issuerLike(String f) {
        int len = f.codePointCount(0, f.length());
        // an office signs with its name, three characters at least (司法部, 某县政府); a text cut off after
        // one word ("街道") does not end with a signature
        return len >= 3 && len <= 40 && !SENTENCE_PUNCT.matcher(f).find() && !f.contains(":")
                && hasIdeograph(f) && !CLOSING.matcher(f).find() && !NUMBERED_LINE.matcher(f).matches();
    }

    private static boolean hasIdeograph(String f) {
        return f.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}

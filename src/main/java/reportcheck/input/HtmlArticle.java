package reportcheck.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The article of a saved web page: the block that holds the report, found as content extractors
 * (Readability, Boilerpipe) find it, and the site around it left out.
 *
 * <p>Government sites build their pages from {@code div}s and tables, not {@code nav} and
 * {@code footer}: breadcrumb, toolbar (【打印本页】【关闭窗口】), share bar, column menus,
 * related-links lists and the footer (主办单位, 网站标识码, ICP备) are blocks like the report's.
 * What tells them apart is density: a block of the report holds sentences (many characters,
 * many ，。、；) and few links; chrome is short and mostly links. Each block of text scores by its
 * length and its punctuation, the score goes to the block, its parent and (half) its
 * grandparent, and a container scores that sum less its share of link text, plus or minus for
 * the class and id names CMSs give the body of an article (zoom, content, TRS_Editor,
 * Custom_UnionStyle…) or their chrome (share, print, crumb, footer…). The best container is the
 * body of the report.
 *
 * <p>The title, the 发布时间/来源 line and the signature often sit beside that body, in the same
 * detail container: going up from the body, the blocks next to it are kept as long as they read
 * as text, and on each side the first block that is chrome ends the article there. Chrome left
 * between kept blocks (a share bar between body and signature) goes; nothing inside the body
 * does. When the cut would drop blocks that read as text (not links, not site words, not
 * buttons) amounting to more than 30% of what it keeps, no container is clearly the article
 * and the page is read whole as before: a page is never cut to less than its report.
 */
final class HtmlArticle {
    /** Blocks whose text is scored as one paragraph. */
    private static final Set<String> SCORED = Set.of("p", "div", "td", "th", "li", "dd", "pre", "blockquote",
            "section", "article", "main", "center", "h1", "h2", "h3", "h4", "h5", "h6", "body");
    private static final Pattern POSITIVE = Pattern.compile("(?i)zoom|content|article|trs_?editor|custom_?unionstyle"
            + "|(^|[\\s_-])con([\\s_-]|$)|detail|main-?txt|text|zhengwen|zw_?con|wenzhang|body");
    private static final Pattern NEGATIVE = Pattern.compile("(?i)nav|menu|foot|share|fenxiang|print|dayin|crumb"
            + "|position|location|weizhi|dqwz|relat|xgwz|xglj|link|copyright|banner|search|comment|qrcode|erweima"
            + "|sitemap|gotop|backtop|toolbar|(^|[\\s_-])tools?([\\s_-]|$)");
    /** Words that make a short block the site's and not the report's. */
    private static final Pattern SITE_WORDS = Pattern.compile("网站标识码|ICP备|ICP证|公网安备|版权所有|Copyright|©"
            + "|主办单位|承办单位|技术支持|网站地图|联系我们|您是第|位访问者|访问量|访问人次|今天是|您现在的位置|当前位置"
            + "|您的位置|所在位置|相关链接|相关文章|相关阅读|相关新闻|上一篇|下一篇", Pattern.CASE_INSENSITIVE);
    /** Buttons of a toolbar or share bar; a block made of nothing else is chrome. */
    private static final Pattern BUTTONS = Pattern.compile("打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|返回顶部|"
            + "分享到|分享|收藏本页|收藏|扫一扫在手机(上)?打开(当前页|本页)?|扫一扫|(字号|字体)\\s*[:：]?\\s*[【\\[]?大[】\\]]?"
            + "\\s*[【\\[]?中[】\\]]?\\s*[【\\[]?小[】\\]]?|[\\p{P}\\p{S}\\p{Z}\\s]");
    /** The 发布时间/来源 line of an article's header: text, though its source may be a link. */
    private static final Pattern META = Pattern.compile("\\s*(发布时间|发布日期|发文日期|成文日期|来源|信息来源|文章来源|作者)\\s*[:：]");
    private static final int SHORT = 300;
    /** How much text that is not plainly chrome the cut may drop, as a share of what it keeps. */
    private static final double UNSURE = 0.3;

    /** What a block beside the body is: nothing, text of the article, its buttons, or the site's chrome. */
    private enum Kind { EMPTY, TEXT, BUTTONS, CHROME }

    private final Map<Element, int[]> chars = new IdentityHashMap<>(); // {all, in links}
    private final Map<Element, Double> scores = new IdentityHashMap<>();

    private HtmlArticle() {
    }

    /** Removes from {@code body} what lies outside the article, if one stands out; otherwise leaves it. */
    static void keepArticle(Element body) {
        HtmlArticle a = new HtmlArticle();
        a.measure(body);
        Element best = a.best(body);
        if (best == null) {
            return;
        }
        List<Node> kept = a.around(best, body);
        Set<Node> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        keep.addAll(kept);
        Set<Node> path = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node n : kept) {
            Node p = n.parent();
            while (p != null && path.add(p) && p != body) {
                p = p.parent();
            }
        }
        int text = 0;
        for (Node n : kept) {
            text += a.text(n);
        }
        if (a.unsure(body, keep, path) > UNSURE * text) {
            return;
        }
        for (Node n : kept) {
            if (n != best && n instanceof Element e) {
                a.dropChrome(e);
            }
        }
        pruneUnder(body, keep, path);
    }

    private void measure(Element body) {
        Map<Element, int[]> para = new IdentityHashMap<>(); // {characters, punctuation} outside links
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof TextNode t)) {
                    return;
                }
                String s = t.getWholeText();
                int n = 0;
                int punct = 0;
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                        n++;
                        punct += "，,、；;。：".indexOf(c) >= 0 ? 1 : 0;
                    }
                }
                if (n == 0) {
                    return;
                }
                Element parent = t.parent();
                boolean link = parent != null && parent.closest("a") != null;
                Element block = null;
                for (Element e = parent; e != null; e = e.parent()) {
                    if (block == null && SCORED.contains(e.normalName())) {
                        block = e;
                    }
                    int[] c = chars.computeIfAbsent(e, k -> new int[2]);
                    c[0] += n;
                    c[1] += link ? n : 0;
                    if (e == body) {
                        break;
                    }
                }
                if (block != null && !link) {
                    int[] p = para.computeIfAbsent(block, k -> new int[2]);
                    p[0] += n;
                    p[1] += punct;
                }
            }

            @Override
            public void tail(Node node, int depth) {
            }
        }, body);
        for (Map.Entry<Element, int[]> p : para.entrySet()) {
            int n = p.getValue()[0];
            if (n < 20) {
                continue;
            }
            double s = 1 + p.getValue()[1] + Math.min(n / 100, 3);
            Element e = p.getKey();
            scores.merge(e, s, Double::sum);
            if (e.parent() != null) {
                scores.merge(e.parent(), s, Double::sum);
                if (e.parent().parent() != null) {
                    scores.merge(e.parent().parent(), s / 2, Double::sum);
                }
            }
        }
    }

    private Element best(Element body) {
        Element best = null;
        double top = 0;
        int topDepth = -1;
        for (Map.Entry<Element, Double> c : scores.entrySet()) {
            Element e = c.getKey();
            if (!chars.containsKey(e) || e.closest("a") != null) {
                continue;
            }
            double s = c.getValue() * (1 - linkDensity(e)) + weight(e);
            int depth = e.parents().size();
            if (s > top || s == top && depth > topDepth) {
                best = e;
                top = s;
                topDepth = depth;
            }
        }
        return best == body ? null : best;
    }

    /** The article: the body and, level by level up, the blocks beside it that read as text. */
    private List<Node> around(Element best, Element body) {
        List<Node> kept = new ArrayList<>(List.of(best));
        boolean before = true;
        boolean after = true;
        Element inner = best;
        while ((before || after) && inner != body && inner.parent() != null) {
            List<Node> siblings = inner.parent().childNodes();
            int at = siblings.indexOf(inner);
            for (int i = at - 1; before && i >= 0; i--) {
                Kind k = kind(siblings.get(i));
                before = k != Kind.CHROME;
                if (k == Kind.TEXT) {
                    kept.add(siblings.get(i));
                }
            }
            for (int i = at + 1; after && i < siblings.size(); i++) {
                Kind k = kind(siblings.get(i));
                after = k != Kind.CHROME;
                if (k == Kind.TEXT) {
                    kept.add(siblings.get(i));
                }
            }
            inner = inner.parent();
        }
        return kept;
    }

    /** Inside a kept block beside the body: its own chrome (a share bar in the title area) goes. */
    private void dropChrome(Element e) {
        for (Element child : new ArrayList<>(e.children())) {
            Kind k = kind(child, true);
            if (k == Kind.CHROME || k == Kind.BUTTONS) {
                child.remove();
            } else {
                dropChrome(child);
            }
        }
    }

    private Kind kind(Node n) {
        return kind(n, false);
    }

    /**
     * Whether a node beside the body reads as text, is chrome or holds nothing. Inside a kept
     * block ({@code within}) an inline link is part of a line (来源：<a>区司法局</a>), not chrome.
     */
    private Kind kind(Node n, boolean within) {
        String text = n instanceof TextNode t ? t.text() : n instanceof Element e ? e.text() : "";
        String s = text.strip();
        if (s.isEmpty() || ParagraphText.isBlank(s)) {
            return Kind.EMPTY;
        }
        if (s.length() <= SHORT && META.matcher(s).lookingAt()) {
            return Kind.TEXT;
        }
        if (BUTTONS.matcher(s).replaceAll("").isEmpty()) {
            return Kind.BUTTONS;
        }
        if (n instanceof Element e && (NEGATIVE.matcher(e.className() + " " + e.id()).find() && !e.normalName().equals("a")
                || linkDensity(e) >= 0.5 && !(within && !e.isBlock()))) {
            return Kind.CHROME;
        }
        return s.length() <= SHORT && SITE_WORDS.matcher(s).find() ? Kind.CHROME : Kind.TEXT;
    }

    /**
     * The text outside links that cutting would drop without its being chrome: a block the
     * article does not reach that reads as text. A page that has much of it is not cut.
     */
    private int unsure(Node parent, Set<Node> keep, Set<Node> path) {
        int n = 0;
        for (Node child : parent.childNodes()) {
            if (path.contains(child)) {
                n += unsure(child, keep, path);
            } else if (!keep.contains(child) && kind(child) == Kind.TEXT) {
                n += text(child);
            }
        }
        return n;
    }

    /** Removes every node that is neither kept, inside a kept node, nor on the way to one. */
    private static void pruneUnder(Node parent, Set<Node> keep, Set<Node> path) {
        for (Node child : new ArrayList<>(parent.childNodes())) {
            if (keep.contains(child)) {
                continue;
            }
            if (path.contains(child)) {
                pruneUnder(child, keep, path);
            } else {
                child.remove();
            }
        }
    }

    private int text(Node n) {
        if (n instanceof TextNode t) {
            return t.text().strip().length();
        }
        int[] c = n instanceof Element e ? chars.get(e) : null;
        return c == null ? 0 : c[0] - c[1];
    }

    private double linkDensity(Element e) {
        int[] c = chars.get(e);
        return c == null || c[0] == 0 ? 0 : (double) c[1] / c[0];
    }

    private static double weight(Element e) {
        String names = e.className() + " " + e.id();
        return (POSITIVE.matcher(names).find() ? 25 : 0) - (NEGATIVE.matcher(names).find() ? 25 : 0);
    }
}

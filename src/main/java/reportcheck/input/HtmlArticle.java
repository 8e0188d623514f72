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
 * detail container: going up from the body, the blocks next to it that read as text are kept,
 * buttons (a toolbar or share bar, between body and signature too) are dropped, and on each side
 * the first block of site chrome ends the article there ({@link HtmlChrome} tells which is
 * which). Chrome inside a kept block beside the body goes; nothing inside the body does. When the cut would drop blocks that read as text (not links, not site words, not
 * buttons) amounting to more than 30% of what it keeps, no container is clearly the article
 * and the page is read whole as before: a page is never cut to less than its report.
 */
final class HtmlArticle {
    /** Blocks whose text is scored as one paragraph. */
    private static final Set<String> SCORED = Set.of("p", "div", "td", "th", "li", "dd", "pre", "blockquote",
            "section", "article", "main", "center", "h1", "h2", "h3", "h4", "h5", "h6", "body");
    private static final Pattern POSITIVE = Pattern.compile("(?i)zoom|content|article|trs_?editor|custom_?unionstyle"
            + "|(^|[\\s_-])con([\\s_-]|$)|detail|main-?txt|text|zhengwen|zw_?con|wenzhang|body");
    /** How much text that is not plainly chrome the cut may drop, as a share of what it keeps. */
    private static final double UNSURE = 0.3;

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
                HtmlChrome.Kind k = kind(siblings.get(i));
                before = k != HtmlChrome.Kind.CHROME;
                if (k == HtmlChrome.Kind.TEXT) {
                    kept.add(siblings.get(i));
                }
            }
            for (int i = at + 1; after && i < siblings.size(); i++) {
                HtmlChrome.Kind k = kind(siblings.get(i));
                after = k != HtmlChrome.Kind.CHROME;
                if (k == HtmlChrome.Kind.TEXT) {
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
            HtmlChrome.Kind k = kind(child, true);
            if (k == HtmlChrome.Kind.CHROME || k == HtmlChrome.Kind.BUTTONS) {
                child.remove();
            } else {
                dropChrome(child);
            }
        }
    }

    private HtmlChrome.Kind kind(Node n) {
        return kind(n, false);
    }

    private HtmlChrome.Kind kind(Node n, boolean within) {
        return HtmlChrome.kind(n, n instanceof Element e ? linkDensity(e) : 0, within);
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
            } else if (!keep.contains(child) && kind(child) == HtmlChrome.Kind.TEXT) {
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
        return (POSITIVE.matcher(names).find() ? 25 : 0) - (HtmlChrome.NEGATIVE.matcher(names).find() ? 25 : 0);
    }
}

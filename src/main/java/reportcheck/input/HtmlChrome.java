package reportcheck.input;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What a block of a saved page beside the report's body is, for {@link HtmlArticle}: text of the
 * article (its title, its 发布时间/来源 line, a signature), its buttons (【打印本页】【关闭窗口】,
 * 分享到, 扫一扫在手机打开当前页, 字号 大 中 小), the site's chrome (mostly links, a class name such
 * as {@code share} or {@code crumb}, or the site's words: 网站标识码, ICP备, 您现在的位置…) or nothing.
 */
final class HtmlChrome {
    enum Kind { EMPTY, TEXT, BUTTONS, CHROME }

    /** Class and id names CMSs give their chrome. */
    static final Pattern NEGATIVE = Pattern.compile("(?i)nav|menu|foot|share|fenxiang|print|dayin|crumb"
            + "|position|location|weizhi|dqwz|relat|xgwz|xglj|link|copyright|banner|search|comment|qrcode|erweima"
            + "|sitemap|gotop|backtop|toolbar|(^|[\\s_-])tools?([\\s_-]|$)");
    /** Words that make a short block the site's and not the report's. */
    private static final Pattern SITE_WORDS = Pattern.compile("网站标识码|ICP备|ICP证|公网安备|版权所有|Copyright|©"
            + "|主办单位|承办单位|技术支持|网站地图|联系我们|您是第|位访问者|访问量|访问人次|今天是|您现在的位置|当前位置"
            + "|您的位置|所在位置|相关链接|相关文章|相关阅读|相关新闻|上一篇|下一篇", Pattern.CASE_INSENSITIVE);
    /** Buttons of a toolbar or share bar, and the marks between them. */
    private static final Pattern BUTTONS = Pattern.compile("打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|返回顶部|"
            + "分享到|分享|收藏本页|收藏|扫一扫在手机(上)?打开(当前页|本页)?|扫一扫|(字号|字体)\\s*[:：]?\\s*[【\\[]?大[】\\]]?"
            + "\\s*[【\\[]?中[】\\]]?\\s*[【\\[]?小[】\\]]?|[\\p{P}\\p{S}\\p{Z}\\s]");
    /** The 发布时间/来源 line of an article's header: text, though its source may be a link. */
    private static final Pattern META = Pattern.compile("\\s*(发布时间|发布日期|发文日期|成文日期|来源|信息来源|文章来源|作者)\\s*[:：]");
    /** Site words and the meta line are looked for in short blocks only: a report paragraph may name them. */
    private static final int SHORT = 300;

    private HtmlChrome() {
    }

    /**
     * The kind of a node, given the share of its text inside links. Inside a kept block
     * ({@code within}) an inline link is part of a line (来源：<a>区司法局</a>), not chrome.
     */
    static Kind kind(Node n, double linkDensity, boolean within) {
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
                || linkDensity >= 0.5 && !(within && !e.isBlock()))) {
            return Kind.CHROME;
        }
        return s.length() <= SHORT && SITE_WORDS.matcher(s).find() ? Kind.CHROME : Kind.TEXT;
    }
}

package reportcheck.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportcheck.support.Engine;
import reportcheck.text.UnreadableReportException;

class HtmlReportReaderTest {
    private static final Charset GB18030 = Charset.forName("GB18030");

    @TempDir
    Path dir;

    /** A saved government page: chrome and scripts go, the report and the page's residue stay. */
    @Test
    void keepsTheReportAndItsResidueAndDropsThePageChrome() throws Exception {
        String page = """
                <!-- saved from url=(0042)http://www.example.gov.cn/art/2021/3/18.html -->
                <html><head><title>工作总结_区公安分局</title>
                <script>document.write("<p>脚本输出</p>")</script><style>p{margin:0}</style></head>
                <body>
                <header><div class="logo">某市人民政府</div><nav><a href="/">首页</a> | <a href="/zw">政务公开</a></nav></header>
                <div class="path">当前位置：<a href="/">首页</a> &gt; <a href="/fz">法治政府</a></div>
                <form><input name="q"><button>搜索</button></form>
                <article>
                  <header><h1>某区公安分局2020年法治政府建设工作总结</h1></header>
                  <div class="info">发布时间:2021-03-18 10:31:38<br>来源:区公安分局 点击率:<span id="hits"></span></div>
                  <p>　　2020年，全区公安机关
                  始终坚持依法行政。</p>
                  <p>&nbsp;</p>
                  <h2>一、强化组织领导</h2>
                  <div>全年办理行政复议案件<b>12</b>件，<i>同比下降</i>
                    5%。</div>
                  <ol start="2"><li>落实公示制度</li><li value="5">严格审核</li></ol>
                  <ul><li>要点</li></ul>
                  <table><tr><th>指标</th><th>数量</th></tr><tr><td>行政复议</td><td>12件</td></tr></table>
                  <div style="display:none">隐藏的统计文字</div>
                  <p>特此报告。</p>
                </article>
                <aside><h3>相关链接</h3></aside>
                <footer><p>主办：某市人民政府办公室</p></footer>
                <noscript>请开启脚本</noscript>
                </body></html>
                """;
        Path file = dir.resolve("page.htm");
        Files.writeString(file, page);
        LoadedReport report = Readers.standard().read(file, "page.htm");
        assertEquals("html", report.format());
        // the breadcrumb lies outside the article: site chrome, not report text
        assertEquals(List.of("某区公安分局2020年法治政府建设工作总结",
                "发布时间:2021-03-18 10:31:38", "来源:区公安分局 点击率:", "　　2020年，全区公安机关始终坚持依法行政。",
                "一、强化组织领导", "全年办理行政复议案件12件，同比下降 5%。", "2.落实公示制度", "5.严格审核", "要点",
                "指标\t数量", "行政复议\t12件", "特此报告。"), DocxReportReaderTest.lines(report));
        // what remains of the page frame is still reported, once, by the rule that looks for it (the empty
        // 点击率 is part of that residue line, not a field of the report)
        List<String> residue = Engine.checker().check(report).stream()
                .filter(f -> f.category().equals("artifact") || f.ruleId().equals("placeholder.empty-field"))
                .map(f -> f.ruleId() + " " + f.line()).toList();
        assertEquals(List.of("artifact.page-meta 2"), residue);
    }

    private static final String TITLE = "某某区2023年法治政府建设年度报告";
    private static final String INFO = "发布时间：2024-03-28 来源：某某区司法局";
    private static final List<String> REPORT = List.of(
            "2023年，某某区坚持依法行政，全面推进法治政府建设，现将有关情况报告如下：",
            "一、主要举措和成效",
            "（一）健全依法决策机制。全年提请区政府常务会议审议重大行政决策事项6件，均经合法性审查和集体讨论。",
            "（二）规范行政执法。全区行政执法机关办理行政处罚案件1024件，行政复议纠错率下降至3.1%。",
            "二、存在的不足",
            "基层执法人员法治素养仍需提高，个别部门规范性文件清理不够及时。",
            "三、主要负责人履行推进法治建设第一责任人职责情况",
            "区政府主要负责人带头学法，主持召开专题会议4次，研究解决法治建设重要问题。",
            "四、2024年工作打算",
            "持续深化行政执法“三项制度”，加强行政复议和应诉工作。",
            "特此报告。",
            "某某区人民政府",
            "2024年3月28日");

    /**
     * Pages built like the three usual CMS templates: only the article is read, its title and
     * 发布时间/来源 line included (and the line reported as page residue); nothing of the menu,
     * breadcrumb, toolbar, share bar, related list, footer or counter.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(reportcheck.support.CmsPage.Shape.class)
    void aCmsPageGivesItsArticleAndNoSiteChrome(reportcheck.support.CmsPage.Shape shape) throws Exception {
        Path file = dir.resolve(shape + ".html");
        reportcheck.support.CmsPage.write(REPORT, file, shape, TITLE, INFO);
        LoadedReport report = Readers.standard().read(file, file.toString());
        List<String> expected = new java.util.ArrayList<>(List.of(TITLE, INFO));
        expected.addAll(REPORT);
        assertEquals(expected, DocxReportReaderTest.lines(report));
        List<String> artifacts = Engine.checker().check(report).stream()
                .filter(f -> f.category().equals("artifact")).map(f -> f.ruleId() + " " + f.line()).toList();
        assertEquals(List.of("artifact.page-meta 2"), artifacts);
    }

    /** Without chrome there is nothing to cut: every line of a plain page stays, a signature block beside the body too. */
    @Test
    void aPlainPageKeepsEveryLine() throws Exception {
        StringBuilder body = new StringBuilder("<h1>" + TITLE + "</h1>\n");
        REPORT.subList(0, REPORT.size() - 2).forEach(l -> body.append("<p>").append(l).append("</p>\n"));
        String bare = "<html><body>" + body + "<p align=\"right\">某某区人民政府<br>2024年3月28日</p></body></html>";
        String wrapped = "<html><body><div class=\"page\"><div class=\"content\">" + body + "</div>"
                + "<div style=\"text-align:right\">某某区人民政府</div><div style=\"text-align:right\">2024年3月28日</div>"
                + "</div></body></html>";
        List<String> expected = new java.util.ArrayList<>(List.of(TITLE));
        expected.addAll(REPORT);
        for (String page : List.of(bare, wrapped)) {
            Path file = dir.resolve("plain.html");
            Files.writeString(file, page);
            assertEquals(expected, DocxReportReaderTest.lines(Readers.standard().read(file, "plain.html")), page);
        }
    }

    /**
     * What is cut is never the report's: a signature after the 【打印本页】 toolbar stays (buttons do
     * not end the article), a 来源 line whose source is a link stays, and a body split in two by a
     * pager is read with the whole page rather than in half.
     */
    @Test
    void theCutNeverTakesReportText() throws Exception {
        String body = String.join("", REPORT.subList(0, 6).stream().map(l -> "<p>" + l + "</p>").toList());
        String top = "<div class=\"nav\"><a href=\"/\">首页</a><a href=\"/a\">政务公开</a><a href=\"/b\">政务服务</a></div>"
                + "<div class=\"pos\">您现在的位置：<a href=\"/\">首页</a> &gt; <a href=\"/a\">政务公开</a></div>";
        String bottom = "<div class=\"fot\">主办单位：某某区人民政府办公室 网站标识码：1234567890 某ICP备12345号</div>";
        List<String> signed = read(top + "<div class=\"tit\">" + TITLE + "</div><div class=\"ly\">来源：<a href=\"/x\">某某区司法局</a></div>"
                + "<div class=\"TRS_Editor\">" + body + "</div><div class=\"tool\"><a href=\"#\">【打印本页】</a><a href=\"#\">【关闭窗口】</a>"
                + "</div><p align=\"right\">某某区人民政府</p><p align=\"right\">2024年3月28日</p>" + bottom);
        List<String> expected = new java.util.ArrayList<>(List.of(TITLE, "来源：某某区司法局"));
        expected.addAll(REPORT.subList(0, 6));
        expected.addAll(List.of("某某区人民政府", "2024年3月28日"));
        assertEquals(expected, signed);

        List<String> paged = read(top + "<div class=\"content\">" + body + "</div><div class=\"pager\"><a href=\"1\">上一页</a> "
                + "<a href=\"2\">下一页</a></div><div class=\"content\">" + body.replace("2023年，", "全年，") + "</div>" + bottom);
        assertTrue(paged.contains(REPORT.get(0)) && paged.contains(REPORT.get(0).replace("2023年，", "全年，"))
                && paged.contains("您现在的位置：首页 > 政务公开"), paged.toString());
    }

    private List<String> read(String body) throws Exception {
        Path file = dir.resolve("cut.html");
        Files.writeString(file, "<html><body>" + body + "</body></html>");
        return DocxReportReaderTest.lines(Readers.standard().read(file, "cut.html"));
    }

    /**
     * When no block holds most of the page's text, nothing is cut: a short notice beside a longer
     * text column (a menu between them) is read whole, as the page was read before the article
     * was looked for, menu included.
     */
    @Test
    void noDominantBlockMeansTheWholePageIsRead() throws Exception {
        String page = "<html><body><div class=\"content\"><p>某某区司法局关于报送2023年法治政府建设年度报告的说明，"
                + "报告全文见附件，请各单位认真对照检查。</p></div>"
                + "<div class=\"links\"><a href=\"/1\">区情概况</a><a href=\"/2\">历史沿革</a><a href=\"/3\">行政区划</a></div>"
                + "<div class=\"column\"><p>某某区地处平原，辖8个街道、12个镇，常住人口约六十万人，经济总量连续多年位居全市前列，"
                + "区内交通便利，产业门类齐全，近年来先后获得多项荣誉称号。</p><p>全区坚持创新驱动，营商环境持续优化，"
                + "市场主体数量稳步增长，民生保障水平不断提高。</p></div></body></html>";
        Path file = dir.resolve("two.html");
        Files.writeString(file, page);
        List<String> lines = DocxReportReaderTest.lines(Readers.standard().read(file, "two.html"));
        assertEquals(4, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("某某区司法局关于报送") && lines.get(1).equals("区情概况历史沿革行政区划"), lines.toString());
    }

    @Test
    void decodesTheDeclaredGbCharsetAsGb18030() throws Exception {
        // 镕 and 啰 are in GBK but not in GB2312: pages labelled gb2312 contain them all the same
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
                + "<body><p>朱镕基同志啰嗦了吗</p></body></html>";
        Path file = dir.resolve("gb.html");
        Files.write(file, page.getBytes(GB18030));
        LoadedReport report = Readers.standard().read(file, "gb.html");
        assertEquals("朱镕基同志啰嗦了吗", report.text().original());
        assertTrue(report.encoding().startsWith("GB18030"), report.encoding());
    }

    @Test
    void aByteOrderMarkOrTheContentDecidesWhenNothingIsDeclared() throws Exception {
        Path bom = dir.resolve("bom.html");
        byte[] body = "<!DOCTYPE html><p>法治政府</p>".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(bom, withBom);
        assertEquals("法治政府", Readers.standard().read(bom, "bom").text().original());

        // declared UTF-8 but saved in GBK: detected rather than decoded into replacement characters
        Path wrong = dir.resolve("wrong.html");
        Files.write(wrong, "<html><head><meta charset=\"utf-8\"></head><body><p>依法行政工作报告</p></body></html>"
                .getBytes(GB18030));
        LoadedReport r = Readers.standard().read(wrong, "wrong");
        assertEquals("依法行政工作报告", r.text().original());
        assertTrue(r.encoding().contains("不符"), r.encoding());
    }

    @Test
    void aPageWithNothingButChromeIsRefused() throws Exception {
        Path file = dir.resolve("empty.html");
        Files.writeString(file, "<html><body><nav>首页 | 政务公开</nav><script>var a;</script></body></html>");
        UnreadableReportException e = assertThrows(UnreadableReportException.class,
                () -> Readers.standard().read(file, "empty.html"));
        assertTrue(e.getMessage().contains("没有文字"), e.getMessage());
    }
}

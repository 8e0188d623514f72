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
        assertEquals(List.of("当前位置：首页 > 法治政府", "某区公安分局2020年法治政府建设工作总结",
                "发布时间:2021-03-18 10:31:38", "来源:区公安分局 点击率:", "　　2020年，全区公安机关始终坚持依法行政。",
                "一、强化组织领导", "全年办理行政复议案件12件，同比下降 5%。", "2.落实公示制度", "5.严格审核", "要点",
                "指标\t数量", "行政复议\t12件", "特此报告。"), DocxReportReaderTest.lines(report));
        // what remains of the page frame is still reported by the rules that look for it
        List<String> residue = Engine.checker().check(report).stream()
                .filter(f -> f.category().equals("artifact") || f.ruleId().equals("placeholder.empty-field"))
                .map(f -> f.ruleId() + " " + f.line()).toList();
        assertEquals(List.of("artifact.breadcrumb 1", "artifact.page-meta 3", "artifact.page-meta 4",
                "placeholder.empty-field 4"), residue);
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

package reportcheck.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import reportcheck.render.Browser;
import reportcheck.support.DocxWriter;
import reportcheck.support.Needs;

/**
 * The desk in a real headless Chromium, used as a reviewer uses it: upload a Word report, see its
 * findings, decide three of them, export the record, upload the next draft and see what changed.
 * The screenshots it takes are the README's ({@code docs/desk/}, with {@code -Dreportcheck.docShots=true}).
 */
class DeskBrowserTest {
    /** The README's pictures are refreshed only when asked ({@code -Dreportcheck.docShots=true}), so a test run leaves the tree clean. */
    static final Path SHOTS = Boolean.getBoolean("reportcheck.docShots") ? Path.of("docs", "desk")
            : Path.of("target", "screenshots", "desk");
    static final Path SEED = Path.of("seeds", "001_d0b205e319d16db8.txt");
    private static ChromeDriver driver;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() throws IOException {
        driver = Browser.start();
    }

    @AfterAll
    static void stop() throws IOException {
        Browser.stop(driver);
    }

    @Test
    void aReviewerUploadsDecidesExportsAndChecksTheNextDraft() throws Exception {
        Needs.have(Browser.missing());
        Files.createDirectories(SHOTS);
        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        Path draft = tmp.resolve("渝北区分局 2023 法治政府建设报告（初稿）.docx");
        DocxWriter.write(text.lines().toList(), draft);
        Path next = tmp.resolve("渝北区分局 2023 法治政府建设报告（二稿）.docx");
        DocxWriter.write(text.replace("台─川", "台—川").replace("8058余份", "8058余份。全年开展培训约300余人次")
                .lines().toList(), next);
        try (Desk d = new Desk(tmp.resolve("data"))) {
            driver.get(d.origin + "/");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            wait.until(x -> driver.getCurrentUrl().matches(".*/p/[a-f0-9]{24}/$"));
            WebElement who = driver.findElement(By.id("reviewer"));
            who.sendKeys("审核员甲");
            driver.findElement(By.tagName("h1")).click(); // the name is saved when the field loses focus

            driver.findElement(By.id("files")).sendKeys(draft.toAbsolutePath().toString());
            WebElement open = wait.until(x -> x.findElements(By.cssSelector("#msg a.open")).stream().findFirst().orElse(null));
            assertTrue(driver.findElement(By.id("msg")).getText().contains("错误 2 · 警告 5 · 提示 7"),
                    driver.findElement(By.id("msg")).getText());
            assertEquals(1, driver.findElements(By.cssSelector("#reports tbody tr")).size());
            shot("1-uploaded.png");

            open.click();
            wait.until(x -> x.findElements(By.cssSelector("body.desk-ready")).size() == 1);
            assertEquals(14, driver.findElements(By.cssSelector("li.item")).size());
            assertTrue(driver.findElements(By.cssSelector("mark.hl.on")).size() >= 10);
            for (String k : new String[] {"docx", "json", "md", "html"}) {
                assertEquals(1, driver.findElements(By.id("desk-dl-" + k)).size(), k);
            }
            assertEquals("审核员甲", driver.findElement(By.id("desk-reviewer")).getAttribute("value"));

            WebElement yu = item("8058余份");
            yu.findElement(By.cssSelector("button.d-not-issue")).click();
            WebElement reason = wait.until(x -> {
                WebElement r = yu.findElement(By.cssSelector("input.reason"));
                return r.isDisplayed() ? r : null;
            });
            reason.sendKeys("原文即为约数，保留\n");
            item("台─川").findElement(By.cssSelector("button.d-fixed")).click();
            wait.until(x -> item("台─川").getAttribute("data-decision").equals("fixed"));
            item("截至目前").findElement(By.cssSelector("button.d-pending")).click();
            wait.until(x -> driver.findElement(By.id("desk-tally")).getText()
                    .equals("已修改 1 · 不是问题 1 · 待定 1 · 未处理 11"));
            wait.until(x -> item("8058余份").getAttribute("data-decision").equals("not-issue"));
            show(yu);
            shot("2-decisions.png");

            String record = driver.findElement(By.id("desk-record")).getAttribute("href");
            assertTrue(record.contains("reviewer=%E5%AE%A1"), record);
            String doc;
            try (XWPFDocument x = new XWPFDocument(new ByteArrayInputStream(d.bytes(record.substring(d.origin.length()))));
                    var ex = new XWPFWordExtractor(x)) {
                doc = ex.getText();
            }
            assertTrue(doc.startsWith("审核意见单"), doc);
            assertTrue(doc.contains("审核人\t审核员甲"), doc);
            assertTrue(doc.contains("已修改 1 · 不是问题 1 · 待定 1 · 未处理 11"), doc);
            assertTrue(doc.contains("8058余份\t不是问题\t原文即为约数，保留"), doc);
            assertTrue(doc.contains("台─川\t已修改"), doc);
            assertTrue(doc.contains("截至目前\t待定"), doc);

            // a restart would change nothing: the decisions are on the server, not in this browser
            driver.navigate().refresh();
            wait.until(x -> x.findElements(By.cssSelector("body.desk-ready")).size() == 1);
            assertEquals("not-issue", item("8058余份").getAttribute("data-decision"));

            driver.findElement(By.cssSelector(".desk-bar a.back")).click();
            wait.until(x -> x.findElements(By.cssSelector("#reports tbody tr")).size() == 1);
            assertTrue(driver.findElement(By.cssSelector("#reports tbody tr")).getText().contains("已审 3 / 14"));
            driver.findElement(By.id("files")).sendKeys(next.toAbsolutePath().toString());
            WebElement openNext = wait.until(x -> x.findElements(By.cssSelector("#msg a.open")).stream().findFirst().orElse(null));
            wait.until(x -> x.findElements(By.cssSelector("#reports tbody tr")).size() == 2);
            assertTrue(driver.findElement(By.cssSelector("#reports tbody tr")).getText()
                    .contains("新问题 1 · 已改正 1 · 仍在 13"), driver.findElement(By.cssSelector("#reports tbody tr")).getText());
            openNext.click();
            wait.until(x -> x.findElements(By.cssSelector("body.desk-ready")).size() == 1);
            assertEquals("新问题 1", driver.findElement(By.id("desk-new")).getText());
            assertEquals("已改正 1", driver.findElement(By.id("desk-fixed")).getText());
            assertEquals("仍在 13", driver.findElement(By.id("desk-remaining")).getText());
            assertEquals("new", item("约300余人次").getAttribute("data-state"));
            WebElement kept = item("8058余份");
            assertEquals("remaining", kept.getAttribute("data-state"));
            assertEquals("not-issue", kept.getAttribute("data-decision"));
            assertTrue(kept.findElement(By.cssSelector(".carried")).isDisplayed());
            assertEquals("", item("截至目前").getAttribute("data-decision"), "待定 is judged again");
            driver.findElement(By.cssSelector("#desk-compare summary")).click();
            assertTrue(driver.findElement(By.cssSelector("#desk-compare .fixed-list")).getText().contains("台─川"));
            show(item("约300余人次"));
            shot("3-next-draft.png");
        }
    }

    /** The first checklist item quoting this evidence. */
    private static WebElement item(String evidence) {
        for (WebElement it : driver.findElements(By.cssSelector("li.item"))) {
            if (it.findElement(By.cssSelector("blockquote.ev")).getText().contains(evidence)) {
                return it;
            }
        }
        throw new AssertionError("no item quoting " + evidence);
    }

    /** Scrolls the checklist to an item while the page itself stays at the top, where the desk's bar and the comparison are. */
    private static void show(WebElement item) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block:'center'}); window.scrollTo(0, 0);", item);
    }

    private static void shot(String name) throws IOException {
        Files.write(SHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    }
}

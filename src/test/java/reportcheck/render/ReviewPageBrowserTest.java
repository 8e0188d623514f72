package reportcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import reportcheck.finding.CheckResult;
import reportcheck.finding.Finding;
import reportcheck.support.Needs;

/** The review page in a real headless Chromium, opened from disk as a reviewer opens it. */
class ReviewPageBrowserTest {
    static final Path PAGES = Path.of("target", "review-pages");
    static final Path SHOTS = Path.of("target", "screenshots");
    private static ChromeDriver driver;

    @BeforeAll
    static void start() throws IOException {
        driver = Browser.start();
        Files.createDirectories(PAGES);
        Files.createDirectories(SHOTS);
    }

    @BeforeEach
    void needsTheBrowser() {
        Needs.have(Browser.missing());
    }

    @AfterAll
    static void stop() throws IOException {
        Browser.stop(driver);
    }

    @Test
    void everyFindingOfEverySeedIsHighlightedOnItsEvidence() throws IOException {
        int located = 0;
        for (String seed : List.of("000_c24621536ea822c3", "001_d0b205e319d16db8", "002_ada55667925c30fd",
                "003_c301495cfdadc365", "004_35dadc3a6d6d35d1")) {
            CheckResult r = seed(seed);
            open(page(seed, r));
            @SuppressWarnings("unchecked")
            Map<String, Object> marked = (Map<String, Object>) js("var out = {};"
                    + "document.querySelectorAll('mark.hl.on').forEach(function (m) {"
                    + "  m.getAttribute('data-f').split(' ').forEach(function (id) { out[id] = (out[id] || '') + m.textContent; });"
                    + "}); return out;");
            for (int i = 0; i < r.findings().size(); i++) {
                Finding f = r.findings().get(i);
                if (f.line() != null) {
                    located++;
                    assertEquals(f.evidence().replaceAll("[\r\n]", ""), marked.get(String.valueOf(i)), seed + " " + f.ruleId());
                } else {
                    assertFalse(marked.containsKey(String.valueOf(i)));
                }
            }
            assertEquals(r.findings().size(), driver.findElements(By.cssSelector("li.item")).size());
        }
        assertTrue(located >= 5, "the seeds have located findings to look at: " + located);
    }

    @Test
    void clickingAnItemScrollsItsHighlightIntoViewAndFlashesIt() throws IOException {
        CheckResult r = seed("003_c301495cfdadc365");
        open(page("003", r));
        shoot("review-003.png");
        int last = r.findings().size() - 1;
        assertNotNull(r.findings().get(last).line(), "the last finding of 003 is in the text, far down");
        String mark = "document.querySelector('mark.hl[data-f~=\"" + last + "\"]')";
        assertFalse(inView(mark), "not in view before the click, or the test proves nothing");
        driver.findElement(By.cssSelector("#item-" + last + " .body")).click();
        assertTrue((Boolean) js("return " + mark + ".classList.contains('flash');"), "flashes");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> inView(mark));
        assertTrue((Boolean) js("return document.getElementById('item-" + last + "').classList.contains('current');"));
        shoot("review-003-after-click.png");

        driver.findElement(By.cssSelector("#item-0 .body")).click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> inView("document.getElementById('doc-title')"));
    }

    @Test
    void severityAndCategoryFiltersHideTheirItemsAndHighlights() throws IOException {
        CheckResult r = seed("001_d0b205e319d16db8");
        open(page("001", r));
        long errors = r.count(reportcheck.finding.Severity.ERROR);
        assertTrue(errors > 0 && errors < r.findings().size(), "001 has errors and other findings");
        driver.findElement(By.cssSelector("input[data-filter='sev'][value='error']")).click();
        for (WebElement it : driver.findElements(By.cssSelector("li.item"))) {
            boolean isError = "error".equals(it.getAttribute("data-sev"));
            assertEquals(!isError, it.isDisplayed(), it.getAttribute("id"));
        }
        assertEquals(0L, js("return document.querySelectorAll('mark.hl.on.sev-error').length;"));
        assertTrue((Long) js("return document.querySelectorAll('mark.hl.on').length;") > 0, "others stay marked");
        assertEquals("显示 " + (r.findings().size() - errors) + " / " + r.findings().size() + " 项",
                driver.findElement(By.id("shown")).getText());
        shoot("review-001-errors-hidden.png");

        driver.findElement(By.cssSelector("input[data-filter='sev'][value='error']")).click();
        String category = r.findings().get(0).category();
        driver.findElement(By.cssSelector("input[data-filter='cat'][value='" + category + "']")).click();
        for (WebElement it : driver.findElements(By.cssSelector("li.item"))) {
            assertEquals(!category.equals(it.getAttribute("data-cat")), it.isDisplayed(), it.getAttribute("id"));
        }
    }

    @Test
    void tickingAnItemCountsItAndCanHideIt() throws IOException {
        open(page("004", seed("004_35dadc3a6d6d35d1")));
        driver.findElement(By.cssSelector("#item-0 input.done")).click();
        assertEquals("1", driver.findElement(By.id("done-n")).getText());
        driver.findElement(By.id("hide-done")).click();
        assertFalse(driver.findElement(By.id("item-0")).isDisplayed());
    }

    @Test
    void aHostileReportRunsNothing() throws IOException {
        for (CheckResult r : List.of(Hostile.result(), Results.checked("hostile.txt", Hostile.TEXT))) {
            open(page("hostile-" + r.findings().size(), r));
            Actions act = new Actions(driver);
            for (WebElement e : driver.findElements(By.cssSelector("li.item .body, mark.hl, button.jump, .ln"))) {
                act.moveToElement(e).click().perform();
            }
            assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert(), "no alert was raised");
            assertEquals(Boolean.TRUE, js("return typeof window.__pwned === 'undefined';"));
            assertEquals(1L, js("return document.scripts.length;"), "only the page's own script");
            assertEquals(0L, js("return document.querySelectorAll('img, svg, a, iframe, object, embed, base').length;"));
            assertEquals(0L, js("var n = 0; document.querySelectorAll('*').forEach(function (e) {"
                    + "  for (var i = 0; i < e.attributes.length; i++) { if (/^on/i.test(e.attributes[i].name)) n++; }"
                    + "}); return n;"), "no event-handler attribute");
            assertTrue(driver.findElement(By.id("report")).getText().contains(Hostile.SCRIPT), "shown as text");
        }
        shoot("review-hostile.png");
    }

    private static CheckResult seed(String name) throws IOException {
        return Results.run(Path.of("seeds", name + ".txt"));
    }

    private static Path page(String name, CheckResult r) throws IOException {
        Path p = PAGES.resolve(name + ".html");
        try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
            new HtmlRenderer().render(r, w);
        }
        return p;
    }

    private static void open(Path page) {
        driver.get(page.toAbsolutePath().toUri().toString());
    }

    private static Object js(String script) {
        return driver.executeScript(script);
    }

    private static boolean inView(String element) {
        return (Boolean) js("var r = " + element + ".getBoundingClientRect();"
                + "return r.top >= -1 && r.bottom <= window.innerHeight + 1;"); // scrolling stops on fractions
    }

    private static void shoot(String name) throws IOException {
        Files.write(SHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    }
}

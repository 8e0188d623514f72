package reportcheck.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import reportcheck.support.Needs;

/**
 * Debian's headless Chromium driven through Debian's chromedriver. No browser is downloaded:
 * both must be installed ({@code .ci/run} installs them); only when they are not is the browser
 * test skipped, saying why (and failed under {@code CI=true}, see {@link Needs}). Network-reaching background services are switched off, as the
 * machine has no network.
 */
public final class Browser {
    static final Path CHROMIUM = Needs.CHROMIUM;
    static final Path DRIVER = Needs.DRIVER;

    /** Held so the level stays set: the tests use WebDriver only, not the DevTools bindings Selenium warns about. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");
    private static Path profile;

    private Browser() {
    }

    public static void stop(ChromeDriver driver) throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null && Files.exists(profile)) {
            try (var files = Files.walk(profile)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Why the browser cannot be started here, or null when it can. */
    public static String missing() {
        return Needs.browserMissing();
    }

    /** A new headless browser, or null (saying why on stderr) when chromium or chromedriver is missing. */
    public static ChromeDriver start() throws IOException {
        if (missing() != null) {
            System.err.println(missing());
            return null;
        }
        SELENIUM_LOG.setLevel(Level.SEVERE);
        profile = Files.createTempDirectory("reportcheck-chromium-");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--disable-dev-shm-usage", "--window-size=1440,1000", "--user-data-dir=" + profile);
        // an alert stays open for the test to find, instead of being dismissed on the next command
        o.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, o);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}

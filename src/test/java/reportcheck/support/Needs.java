package reportcheck.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What some tests need from the machine and Maven cannot bring: a Chinese TrueType font to lay
 * out PDFs, and Debian's Chromium with chromedriver for the review page. On a machine without
 * them such a test is skipped with a message naming the package to install, so {@code mvn test}
 * passes with only Java and Maven. Under {@code CI=true} it fails instead: {@code .ci/run}
 * installs them, so a missing one there means the install broke and must not go unnoticed.
 * The paths can be pointed elsewhere ({@code -Dreportcheck.font=…}, {@code -Dreportcheck.chromium=…},
 * {@code -Dreportcheck.chromedriver=…}) to see both behaviours without uninstalling anything.
 */
public final class Needs {
    /** Debian's fonts-wqy-zenhei. */
    public static final File FONT = new File(System.getProperty("reportcheck.font",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"));
    public static final Path CHROMIUM = Path.of(System.getProperty("reportcheck.chromium", "/usr/bin/chromium"));
    public static final Path DRIVER = Path.of(System.getProperty("reportcheck.chromedriver", "/usr/bin/chromedriver"));

    private Needs() {
    }

    /** Why the Chinese font is not there, or null when it is. */
    public static String fontMissing() {
        return fontMissing(FONT);
    }

    static String fontMissing(File font) {
        return font.isFile() ? null
                : "the PDF tests need a Chinese TrueType font, " + font + " is missing: apt-get install fonts-wqy-zenhei";
    }

    /** Why the headless browser cannot be started, or null when it can. */
    public static String browserMissing() {
        return browserMissing(CHROMIUM, DRIVER);
    }

    static String browserMissing(Path chromium, Path driver) {
        if (Files.isExecutable(chromium) && Files.isExecutable(driver)) {
            return null;
        }
        return "the browser test needs a headless browser, "
                + (Files.isExecutable(chromium) ? "" : chromium + " is missing; ")
                + (Files.isExecutable(driver) ? "" : driver + " is missing; ")
                + "apt-get install chromium chromium-driver";
    }

    /** Skips the calling test when {@code missing} is not null, or fails it under CI. */
    public static void have(String missing) {
        have(missing, onCi());
    }

    static void have(String missing, boolean ci) {
        if (missing == null) {
            return;
        }
        if (ci) {
            Assertions.fail("CI=true and " + missing + " (.ci/run should have installed it)");
        }
        Assumptions.abort("skipped: " + missing);
    }

    static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }
}

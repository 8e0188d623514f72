package reportcheck.support;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A missing font or browser skips a test on a bare machine and fails it under CI. */
class NeedsTest {
    static final String MISSING = "the PDF tests need a Chinese TrueType font: apt-get install fonts-wqy-zenhei";

    @Test
    void whatIsThereIsUsed() {
        assertDoesNotThrow(() -> Needs.have(null, false));
        assertDoesNotThrow(() -> Needs.have(null, true));
    }

    @Test
    void whatIsMissingSkipsNamingThePackage() {
        TestAbortedException e = assertThrows(TestAbortedException.class, () -> Needs.have(MISSING, false));
        assertTrue(e.getMessage().contains("apt-get install fonts-wqy-zenhei"), e.getMessage());
    }

    @Test
    void whatIsMissingUnderCiFails() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> Needs.have(MISSING, true));
        assertTrue(e.getMessage().contains("CI=true") && e.getMessage().contains("fonts-wqy-zenhei"), e.getMessage());
    }

    @Test
    void theMessagesNameTheMissingPathAndThePackage(@TempDir Path dir) throws Exception {
        File nowhere = dir.resolve("no-such-font.ttc").toFile();
        String font = Needs.fontMissing(nowhere);
        assertTrue(font.contains(nowhere.toString()) && font.contains("apt-get install fonts-wqy-zenhei"), font);
        Path exe = Files.createFile(dir.resolve("chromium"));
        exe.toFile().setExecutable(true);
        String browser = Needs.browserMissing(exe, dir.resolve("chromedriver"));
        assertTrue(browser.contains("chromedriver is missing") && !browser.contains("chromium is missing")
                && browser.contains("apt-get install chromium chromium-driver"), browser);
        assertNull(Needs.browserMissing(exe, exe));
        assertNull(Needs.fontMissing(exe.toFile()));
    }
}

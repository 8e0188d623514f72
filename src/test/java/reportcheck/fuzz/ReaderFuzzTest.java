package reportcheck.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import reportcheck.input.DocxReportReader;
import reportcheck.input.HtmlReportReader;
import reportcheck.input.LoadedReport;
import reportcheck.input.PdfReportReader;
import reportcheck.input.ReportReader;
import reportcheck.support.Invariants;
import reportcheck.text.SourceText;
import reportcheck.text.TextDecoder;
import reportcheck.text.UnreadableReportException;

/**
 * Coverage-guided fuzzing of every reader. Whatever the bytes, a reader either returns a report
 * whose lines tile its text, or refuses the file with an {@link UnreadableReportException} that
 * says why; no other exception or error may escape, and the file read is left byte for byte as
 * it was.
 *
 * <p>Without {@code JAZZER_FUZZ=1} each target replays the inputs under
 * {@code src/test/resources/reportcheck/fuzz/ReaderFuzzTestInputs/<target>/} (the seed reports
 * in that format, a few malformed documents, and every crash found so far) as a regression test.
 * The document readers take a path, so each input is written to a scratch file first.
 */
class ReaderFuzzTest {
    private static final Path SCRATCH = scratchDir();

    @FuzzTest(maxDuration = "10m")
    void decode(byte[] bytes) {
        TextDecoder.Decoded d;
        try {
            d = TextDecoder.decode(bytes);
        } catch (UnreadableReportException refused) {
            requireReason(refused);
            return;
        }
        Invariants.linesTileText(new SourceText(d.text()));
    }

    @FuzzTest(maxDuration = "10m")
    void docx(byte[] bytes) {
        read(new DocxReportReader(), "fuzz.docx", bytes);
    }

    @FuzzTest(maxDuration = "10m")
    void html(byte[] bytes) {
        read(new HtmlReportReader(), "fuzz.html", bytes);
    }

    @FuzzTest(maxDuration = "10m")
    void pdf(byte[] bytes) {
        read(new PdfReportReader(), "fuzz.pdf", bytes);
    }

    private static void read(ReportReader reader, String name, byte[] bytes) {
        Path file = SCRATCH.resolve(name);
        try {
            Files.write(file, bytes);
            try {
                LoadedReport report = reader.read(file, name);
                Invariants.linesTileText(report.text());
            } catch (UnreadableReportException refused) {
                requireReason(refused);
            }
            if (!Arrays.equals(bytes, Files.readAllBytes(file))) {
                throw new AssertionError(reader.format() + " reader changed the file it read");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireReason(UnreadableReportException refused) {
        if (refused.getMessage() == null || refused.getMessage().isBlank()) {
            throw new AssertionError("refusal without a message", refused);
        }
    }

    private static Path scratchDir() {
        try {
            Path dir = Files.createTempDirectory("reportcheck-fuzz");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (var files = Files.list(dir)) {
                    files.forEach(f -> f.toFile().delete());
                } catch (IOException ignored) {
                    // a scratch folder left in the temp directory harms nothing
                }
                dir.toFile().delete();
            }));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

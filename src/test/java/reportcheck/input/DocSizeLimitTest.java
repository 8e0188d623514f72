package reportcheck.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportcheck.text.UnreadableReportException;

/** A Word 97 file far larger than any report is refused before POI loads it into memory. */
class DocSizeLimitTest {

    @Test
    void anOversizedDocIsRefusedByItsSizeAndLeftUnchanged(@TempDir Path dir) throws Exception {
        Path doc = dir.resolve("报告.doc");
        try (InputStream in = getClass().getResourceAsStream("/reportcheck/input/doc/table-link.doc")) {
            Files.copy(in, doc);
        }
        // sparse: the file claims 300 MB without taking the disk space
        try (RandomAccessFile raf = new RandomAccessFile(doc.toFile(), "rw")) {
            raf.setLength(Readers.MAX_DOC_BYTES + 44L * 1024 * 1024);
        }
        byte[] before = digest(doc);
        UnreadableReportException e = assertThrows(UnreadableReportException.class,
                () -> Readers.standard().read(doc, doc.toString()));
        assertTrue(e.getMessage().startsWith("Word 97 文件有 300.0 MB，超过可读取的上限（256 MB）"), e.getMessage());
        assertArrayEquals(before, digest(doc));
    }

    @Test
    void aDocOfUsualSizeIsStillRead(@TempDir Path dir) throws Exception {
        Path doc = dir.resolve("报告.doc");
        try (InputStream in = getClass().getResourceAsStream("/reportcheck/input/doc/table-link.doc")) {
            Files.copy(in, doc);
        }
        assertTrue(Readers.standard().read(doc, doc.toString()).text().original().length() > 0);
    }

    private static byte[] digest(Path file) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 20];
            for (int n; (n = in.read(buf)) > 0; ) {
                sha.update(buf, 0, n);
            }
        }
        return sha.digest();
    }
}

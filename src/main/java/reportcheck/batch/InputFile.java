package reportcheck.batch;

import java.nio.file.Path;

/**
 * A report to check: where it is, how to name it in output ({@code source}, the path as the
 * user gave it or as found under a folder they gave), and the relative name for its outputs.
 */
public record InputFile(Path path, String source, String outputName) {
}

package reportcheck.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import reportcheck.text.Normalizer;

/** Every line of the seeds, the clean reports and the fixtures, folded, for tests that compare two ways of judging a line. */
public final class SampleLines {
    private SampleLines() {
    }

    public static List<String> folded() {
        List<String> lines = new ArrayList<>();
        for (String root : List.of("seeds", "src/test/resources/clean", "rules/fixtures")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    Files.readString(f).lines().map(Normalizer::fold).forEach(lines::add);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lines;
    }
}

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;

/**
 * The LanguageTool peer of the benchmark: checks every .txt file under the given folders with
 * LanguageTool's Chinese rules in one JVM, as its command line does, and prints the number of
 * files and matches. Run by bench/run.sh with LanguageTool's jars on the class path.
 */
public class LanguageToolCheck {
    public static void main(String[] args) throws Exception {
        JLanguageTool lt = new JLanguageTool(Languages.getLanguageForShortCode("zh-CN"));
        int files = 0;
        long matches = 0;
        for (String a : args) {
            List<Path> paths;
            try (Stream<Path> s = Files.walk(Path.of(a))) {
                paths = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path p : paths) {
                matches += lt.check(Files.readString(p, StandardCharsets.UTF_8)).size();
                files++;
            }
        }
        System.out.println(files + " files, " + matches + " matches");
    }
}

package reportcheck.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import reportcheck.facts.PatternList;

/**
 * Loads {@code rules/data/lists/*.txt}: one list per file, named by the file, one entry a line
 * ({@code #} starts a comment line). Each entry is a regular expression over folded text; one that
 * does not compile stops the load with its file and line.
 */
public final class PatternLists {
    public static final String DIR = "lists";

    private PatternLists() {
    }

    public static List<PatternList> load(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new KnowledgeException("无法读取 " + dir + "：" + e.getMessage(), e);
        }
        List<PatternList> out = new ArrayList<>();
        for (Path f : files) {
            out.add(read(f));
        }
        return out;
    }

    static PatternList read(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
        List<String> lines;
        try {
            lines = Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new KnowledgeException("无法读取 " + file + "：" + e.getMessage(), e);
        }
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            t = reportcheck.text.Normalizer.fold(t);
            try {
                Pattern.compile(t);
            } catch (PatternSyntaxException e) {
                throw new KnowledgeException(file + " 第" + (i + 1) + "行：正则表达式有误 " + t + "：" + e.getDescription(), e);
            }
            entries.add(t);
        }
        if (entries.isEmpty()) {
            throw new KnowledgeException(file + "：列表是空的");
        }
        return new PatternList(name, entries);
    }
}

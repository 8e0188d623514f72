package reportcheck.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Everything under {@code rules/data/} that the analysis reads: the active profile, the list
 * of stock formulas and the reference knowledge (canonical titles, fixed terms). Loaded once per
 * run and shared, read-only, by every report.
 */
public final class Knowledge {
    public static final String DEFAULT_PROFILE = "default";

    private final Profile profile;
    private final List<String> stockPhrases;
    private final Reference reference;
    private final List<RateName> rates;
    private final List<reportcheck.facts.PatternList> lists;
    private List<TableFormat> tableFormats = List.of();

    public Knowledge(Profile profile, List<String> stockPhrases) {
        this(profile, stockPhrases, Reference.empty());
    }

    public Knowledge(Profile profile, List<String> stockPhrases, Reference reference) {
        this(profile, stockPhrases, reference, List.of(), List.of());
    }

    public Knowledge(Profile profile, List<String> stockPhrases, Reference reference, List<RateName> rates,
            List<reportcheck.facts.PatternList> lists) {
        this.profile = profile;
        this.stockPhrases = List.copyOf(stockPhrases);
        this.reference = reference;
        this.rates = List.copyOf(rates);
        this.lists = List.copyOf(lists);
    }

    /** The rates a percentage may be recomputed as, with their numerator and base words. */
    public List<RateName> rates() {
        return rates;
    }

    /** Word and pattern lists rules build their patterns from (rules/data/lists). */
    public List<reportcheck.facts.PatternList> lists() {
        return lists;
    }

    /** The mandated formats whose tables are read and checked, earliest first. */
    public List<TableFormat> tableFormats() {
        return tableFormats;
    }

    /** This knowledge with the table formats set; knowledge is built once, before any report is read. */
    public Knowledge withTableFormats(List<TableFormat> formats) {
        Knowledge k = new Knowledge(profile, stockPhrases, reference, rates, lists);
        k.tableFormats = List.copyOf(formats);
        return k;
    }

    /** Canonical titles, fixed terms and formulas. */
    public Reference reference() {
        return reference;
    }

    public Profile profile() {
        return profile;
    }

    /** Folded stock formulas; a clause holding one is conventional, not a repetition. */
    public List<String> stockPhrases() {
        return stockPhrases;
    }

    public static Knowledge load(Path rulesDir, String profileId) {
        Path data = rulesDir.resolve("data");
        Profile profile = loadProfile(data.resolve("profiles").resolve(profileId + ".json"));
        List<String> phrases = loadLines(data.resolve("stock-phrases.txt"));
        return new Knowledge(profile, phrases, Reference.load(data), RateNames.load(data),
                PatternLists.load(data.resolve(PatternLists.DIR)))
                .withTableFormats(TableFormats.load(data.resolve(TableFormats.DIR)));
    }

    static Profile loadProfile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new KnowledgeException("找不到报告类型配置（profile）：" + file);
        }
        try {
            JsonNode root = new ObjectMapper().readTree(Json.text(file, "报告类型配置（profile）"));
            List<PartSpec> parts = new ArrayList<>();
            for (JsonNode p : root.path("parts")) {
                int position = p.path("position").asInt(parts.size() + 1);
                parts.add(new PartSpec(
                        text(p, "id", file), text(p, "name", file), p.path("required").asBoolean(true),
                        p.path("basis").asText(""), p.hasNonNull("yearScope") ? p.get("yearScope").asText() : null,
                        patterns(p.path("headingPatterns"), file), patterns(p.path("excludePatterns"), file),
                        patterns(p.path("bodyPatterns"), file), patterns(p.path("passingPatterns"), file),
                        p.path("themed").asBoolean(false), ids(p.path("themedUntil")),
                        p.path("heading").asText(text(p, "name", file)),
                        p.path("since").asInt(0), p.hasNonNull("earlierBasis") ? p.get("earlierBasis").asText() : null,
                        position));
            }
            if (parts.isEmpty()) {
                throw new KnowledgeException(file + "：没有定义任何部分（parts）");
            }
            return new Profile(text(root, "id", file), root.path("name").asText(""), parts);
        } catch (IOException e) {
            throw new KnowledgeException(file + "：无法解析 JSON：" + e.getMessage(), e);
        }
    }

    private static String text(JsonNode n, String field, Path file) {
        if (!n.hasNonNull(field) || n.get(field).asText().isBlank()) {
            throw new KnowledgeException(file + "：缺少字段 \"" + field + "\"");
        }
        return n.get(field).asText();
    }

    private static List<String> ids(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<Pattern> patterns(JsonNode arr, Path file) {
        List<Pattern> out = new ArrayList<>();
        for (JsonNode n : arr) {
            try {
                out.add(Pattern.compile(n.asText()));
            } catch (PatternSyntaxException e) {
                throw new KnowledgeException(file + "：正则表达式有误 " + n.asText() + "：" + e.getDescription(), e);
            }
        }
        return out;
    }

    /** Non-blank lines that do not start with #, folded. */
    static List<String> loadLines(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String line : Json.text(file, "数据文件").split("\\R")) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                out.add(reportcheck.text.Normalizer.fold(t));
            }
        }
        return out;
    }
}

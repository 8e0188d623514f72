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
    /** The profiles a report's genre is recognised among; empty when one profile is forced. */
    private List<Profile> candidates = List.of();
    /** Title endings that name a kind of document (报告, 总结, 通知…), for titles no genre claims. */
    private List<Pattern> documentKinds = List.of();
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
        k.candidates = candidates;
        k.documentKinds = documentKinds;
        return k;
    }

    /** Canonical titles, fixed terms and formulas. */
    public Reference reference() {
        return reference;
    }

    /** The profile forced, or the default profile when the genre is recognised per report. */
    public Profile profile() {
        return profile;
    }

    /** The profiles to recognise each report's genre among; empty when {@link #profile()} is forced. */
    public List<Profile> candidates() {
        return candidates;
    }

    /** Patterns of title endings that name a kind of document. */
    public List<Pattern> documentKinds() {
        return documentKinds;
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

    /**
     * The rule data with every profile under {@code data/profiles} whose genre can be recognised:
     * each report is checked against the profile of its own genre, the default one when unsure.
     */
    public static Knowledge loadRecognising(Path rulesDir) {
        Knowledge k = load(rulesDir, DEFAULT_PROFILE);
        Path dir = rulesDir.resolve("data").resolve("profiles");
        List<Profile> all = new ArrayList<>();
        all.add(k.profile);
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                Profile p = loadProfile(f);
                if (p.genre().recognisable() && !p.id().equals(DEFAULT_PROFILE)) {
                    all.add(p);
                }
            }
        } catch (IOException e) {
            throw new KnowledgeException("无法读取报告类型配置目录：" + dir + "（" + e.getMessage() + "）", e);
        }
        k.candidates = List.copyOf(all);
        k.documentKinds = patterns(Json.text(rulesDir.resolve("data").resolve(DOCUMENT_KINDS), "数据文件"),
                rulesDir.resolve("data").resolve(DOCUMENT_KINDS));
        return k;
    }

    static final String DOCUMENT_KINDS = "document-kinds.txt";

    private static List<Pattern> patterns(String lines, Path file) {
        List<Pattern> out = new ArrayList<>();
        for (String line : lines.split("\\R")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            try {
                out.add(Pattern.compile(t));
            } catch (PatternSyntaxException e) {
                throw new KnowledgeException(file + "：正则表达式有误 " + t + "：" + e.getDescription(), e);
            }
        }
        return out;
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
            return new Profile(text(root, "id", file), root.path("name").asText(""), parts, genre(root, file),
                    deadlines(root, file));
        } catch (IOException e) {
            throw new KnowledgeException(file + "：无法解析 JSON：" + e.getMessage(), e);
        }
    }

    /** The profile's "genre"; a profile that names none is of the first genre and only chosen by --profile. */
    private static GenreSpec genre(JsonNode root, Path file) {
        JsonNode g = root.path("genre");
        if (g.isMissingNode()) {
            return new Profile("-", "", List.of()).genre();
        }
        return new GenreSpec(text(g, "id", file), text(g, "name", file), patterns(g.path("titlePatterns"), file),
                patterns(g.path("fingerprints"), file), g.path("minFingerprints").asInt(1));
    }

    /** The profile's "deadlines": by issuer kind, the day after which a report is late. */
    private static List<Deadline> deadlines(JsonNode root, Path file) {
        List<Deadline> out = new ArrayList<>();
        for (JsonNode d : root.path("deadlines")) {
            List<Pattern> issuer = patterns(new ObjectMapper().createArrayNode().add(text(d, "issuerPattern", file)), file);
            out.add(new Deadline(text(d, "kind", file), issuer.get(0), d.path("month").asInt(), d.path("day").asInt(),
                    text(d, "basis", file)));
        }
        return out;
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

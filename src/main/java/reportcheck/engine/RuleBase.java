package reportcheck.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import reportcheck.finding.Category;
import reportcheck.finding.Severity;

/**
 * The compiled rules of one {@code rules/} folder, built once and shared by every report. Every
 * {@code *.drl} file below the folder is compiled; the first errors stop the load and are
 * reported with their file and line, and so is a rule whose metadata is incomplete.
 */
public final class RuleBase {
    /**
     * The network, built on a thread of its own from the packages: building it (a sixth of a
     * one-report run) needs nothing the first reports' facts need, so the reports are read and
     * their facts built meanwhile. The first session waits for it.
     */
    private final CompletableFuture<KieBase> kieBase;
    private final Map<String, RuleMeta> byRuleName;
    private final List<RuleMeta> rules;
    /** The genres a rule is for ({@code @genre("a b")}), by DRL name; a rule not listed holds for any document. */
    private final Map<String, java.util.Set<String>> genres;
    private final boolean declaresSink;
    private final FactTypes factTypes;
    /**
     * The metadata and genres of each rule object of the network, by identity: they are looked up
     * at every match the session makes, and a look-up by "package.name" builds that string each time.
     * Filled once, as the network is built, only read after.
     */
    private final Map<Rule, Known> byRule = new java.util.IdentityHashMap<>();

    private record Known(RuleMeta meta, java.util.Set<String> genres) {
    }
    /**
     * Sessions handed out one per report and reset when it is done, made on first use: resetting
     * a session's memories costs less than building a new session's from the network's prototypes.
     */
    private volatile KieSessionsPool sessions;

    private RuleBase(Collection<KiePackage> packages) {
        this.declaresSink = packages.stream()
                .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals("sink")));
        this.byRuleName = metadata(packages);
        this.genres = genres(packages);
        this.factTypes = new FactTypes(packages, genres);
        this.rules = byRuleName.values().stream().sorted(Comparator.comparing(RuleMeta::id)).toList();
        this.kieBase = new CompletableFuture<>();
        Thread builder = new Thread(() -> build(packages), "reportcheck-rule-network");
        builder.setDaemon(true);
        builder.start();
    }

    private void build(Collection<KiePackage> packages) {
        try {
            // names resolve through a loader that remembers those the class path lacks (KnownClasses)
            var base = KnowledgeBaseFactory.newKnowledgeBase(
                    RuleBaseFactory.newKnowledgeBaseConfiguration(null, new KnownClasses(RuleBase.class.getClassLoader())));
            base.addPackages(packages);
            for (KiePackage p : base.getKiePackages()) {
                for (Rule r : p.getRules()) {
                    String name = p.getName() + "." + r.getName();
                    byRule.put(r, new Known(byRuleName.get(name), genres.get(name)));
                }
            }
            kieBase.complete(base);
        } catch (Throwable t) {
            RuleLoadException e = new RuleLoadException("规则网络无法建立：" + t);
            e.initCause(t);
            kieBase.completeExceptionally(e);
        }
    }

    /** Whether some DRL declares {@code global reportcheck.engine.FindingSink sink}. */
    public boolean declaresSink() {
        return declaresSink;
    }

    /** An empty session for one report; {@code dispose()} hands it back for the next. */
    public KieSession newSession() {
        KieSessionsPool pool = sessions;
        if (pool == null) {
            synchronized (this) {
                if (sessions == null) {
                    sessions = kieBase().newKieSessionsPool(1);
                }
                pool = sessions;
            }
        }
        return pool.newKieSession();
    }

    /**
     * The network, once built (the caller waits until it is).
     *
     * @throws RuleLoadException when it could not be built
     */
    public KieBase kieBase() {
        try {
            return kieBase.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuleLoadException r ? r : e;
        }
    }

    /** Why the network could not be built, or null when it was (the caller waits until it is). */
    public String networkError() {
        try {
            kieBase();
            return null;
        } catch (RuleLoadException e) {
            return e.getMessage();
        }
    }

    /**
     * Whether some rule that holds for a report of {@code genre} has a condition that facts of
     * {@code type} match; the analysis leaves out what no rule matches ({@link reportcheck.analysis.FactDemand}).
     */
    public boolean matchesFacts(String genre, Class<?> type) {
        return factTypes.matched(genre, type);
    }

    /** All rules, sorted by id. */
    public List<RuleMeta> rules() {
        return rules;
    }

    /** Metadata of the rule with this DRL name ({@code package.name}), or null. */
    public RuleMeta meta(String packageName, String ruleName) {
        return byRuleName.get(packageName + "." + ruleName);
    }

    /** Metadata of this rule of the network, or null. */
    public RuleMeta meta(Rule r) {
        Known k = byRule.get(r);
        return k != null ? k.meta() : meta(r.getPackageName(), r.getName());
    }

    /** Whether the rule holds for a report of this genre: it names none, or names this one. */
    public boolean appliesTo(Rule r, String genre) {
        Known k = byRule.get(r);
        java.util.Set<String> g = k != null ? k.genres() : genres.get(r.getPackageName() + "." + r.getName());
        return g == null || g.contains(genre);
    }

    /** The genres of the rule with this id ({@code @genre}), or an empty set when it holds for any document. */
    public java.util.Set<String> genresOf(String ruleId) {
        for (Map.Entry<String, RuleMeta> e : byRuleName.entrySet()) {
            if (e.getValue().id().equals(ruleId)) {
                return genres.getOrDefault(e.getKey(), java.util.Set.of());
            }
        }
        return java.util.Set.of();
    }

    private static Map<String, java.util.Set<String>> genres(Collection<KiePackage> packages) {
        Map<String, java.util.Set<String>> out = new HashMap<>();
        for (KiePackage p : packages) {
            for (Rule r : p.getRules()) {
                String g = text(r.getMetaData(), "genre");
                if (g != null) {
                    out.put(p.getName() + "." + r.getName(), java.util.Set.of(g.strip().split("\\s+")));
                }
            }
        }
        return out;
    }

    public static RuleBase load(Path rulesDir) {
        return load(rulesDir, null);
    }

    /**
     * Loads the rules, taking the compiled packages from {@code cache} when it holds these exact
     * DRL files, and storing them there after a compile. A null cache always compiles.
     */
    public static RuleBase load(Path rulesDir, RuleCache cache) {
        List<Path> files = drlFiles(rulesDir);
        String key = null;
        Collection<KiePackage> pkgs = null;
        if (cache != null) {
            try {
                key = RuleCache.key(files);
                pkgs = cache.read(key);
            } catch (IOException e) {
                throw new RuleLoadException("无法读取规则目录 " + rulesDir + "：" + e.getMessage());
            }
        }
        if (pkgs == null) {
            pkgs = compile(files);
            if (cache != null) {
                cache.write(key, pkgs);
            }
        }
        return new RuleBase(pkgs);
    }

    private static List<Path> drlFiles(Path rulesDir) {
        if (!Files.isDirectory(rulesDir)) {
            throw new RuleLoadException("规则目录不存在：" + rulesDir);
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(rulesDir)) {
            files = s.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new RuleLoadException("无法读取规则目录 " + rulesDir + "：" + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new RuleLoadException("规则目录中没有 .drl 文件：" + rulesDir);
        }
        return files;
    }

    /** The DRL's text, or null when it is not UTF-8 (it is then compiled as it is, without search filters). */
    private static String utf8(byte[] drl) {
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(drl)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    private static Collection<KiePackage> compile(List<Path> files) {
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder();
        List<String> msgs = new ArrayList<>();
        for (Path f : files) {
            byte[] drl;
            try {
                drl = Files.readAllBytes(f);
            } catch (IOException e) {
                throw new RuleLoadException("无法读取规则文件 " + f + "：" + e.getMessage());
            }
            String text = utf8(drl);
            if (text != null) {
                SearchPatterns.errors(SearchFilters.joinLiterals(text)).forEach(e -> msgs.add(f + ":" + e));
                drl = SearchFilters.add(text).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
            kb.add(ResourceFactory.newByteArrayResource(drl).setSourcePath(f.toString()), ResourceType.DRL);
        }
        if (kb.hasErrors()) {
            for (KnowledgeBuilderError e : kb.getErrors()) {
                if (e.getMessage().contains("Parser returned a null Package")) {
                    continue; // a follow-on of the syntax error already listed for the same file
                }
                String where = e.getResource() != null ? e.getResource().getSourcePath() : "?";
                int[] lines = e.getLines();
                String line = lines != null && lines.length > 0 && lines[0] > 0 ? ":" + lines[0] : "";
                msgs.add(where + line + ": " + e.getMessage().strip());
            }
        }
        if (!msgs.isEmpty()) {
            throw new RuleLoadException("规则编译失败：\n" + String.join("\n", msgs));
        }
        return kb.getKnowledgePackages();
    }

    private static Map<String, RuleMeta> metadata(Collection<KiePackage> packages) {
        Map<String, RuleMeta> out = new HashMap<>();
        Map<String, String> ids = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (KiePackage p : packages) {
            for (Rule r : p.getRules()) {
                String file = r instanceof RuleImpl ri && ri.getResource() != null
                        ? ri.getResource().getSourcePath() : "?";
                Map<String, Object> md = r.getMetaData();
                String where = file + "（规则 \"" + r.getName() + "\"）";
                String id = text(md, "id");
                String category = text(md, "category");
                String severity = text(md, "severity");
                String title = text(md, "title");
                if (id == null || category == null || severity == null || title == null) {
                    problems.add(where + "：缺少元数据 @id、@category、@severity 或 @title");
                    continue;
                }
                if (!Category.isKnown(category)) {
                    problems.add(where + "：未知类别 @category(" + category + ")，可用：" + Category.ALL);
                    continue;
                }
                Severity sev;
                try {
                    sev = Severity.parse(severity);
                } catch (IllegalArgumentException e) {
                    problems.add(where + "：未知严重程度 @severity(" + severity + ")");
                    continue;
                }
                String prior = ids.put(id, where);
                if (prior != null) {
                    problems.add(where + "：规则编号 " + id + " 与 " + prior + " 重复");
                    continue;
                }
                out.put(p.getName() + "." + r.getName(),
                        new RuleMeta(id, category, sev, title, text(md, "explain"), file, r.getName()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleLoadException("规则元数据有误：\n" + String.join("\n", problems));
        }
        return out;
    }

    /** Metadata values may come quoted or bare, depending on how the DRL wrote them. */
    private static String text(Map<String, Object> md, String key) {
        Object v = md.get(key);
        if (v == null) {
            return null;
        }
        String s = v.toString().strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.isEmpty() ? null : s;
    }
}

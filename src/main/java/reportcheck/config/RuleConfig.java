package reportcheck.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import reportcheck.engine.RuleMeta;
import reportcheck.finding.Finding;
import reportcheck.finding.Severity;

/**
 * Rules turned off and severities changed. A selector is a rule id ({@code style.mixed-width}) or
 * a whole category ({@code style}); a setting for a rule id wins over one for its category. The
 * JSON file holds {@code {"disable": [selectors], "severity": {selector: "error|warning|info"}}};
 * any other key is refused, so a misspelt key does not pass silently.
 */
public final class RuleConfig {
    private final Set<String> disabled;
    private final Map<String, Severity> severities;

    public RuleConfig(Collection<String> disabled, Map<String, Severity> severities) {
        this.disabled = new LinkedHashSet<>(disabled);
        this.severities = new LinkedHashMap<>(severities);
    }

    public static RuleConfig none() {
        return new RuleConfig(List.of(), Map.of());
    }

    public static RuleConfig load(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(OptionFile.read(file, "配置文件"));
        } catch (IOException e) {
            throw new ConfigException("无法读取配置文件 " + file + "：" + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ConfigException("配置文件 " + file + " 应是一个 JSON 对象");
        }
        Set<String> off = new LinkedHashSet<>();
        Map<String, Severity> sev = new LinkedHashMap<>();
        for (Iterator<String> keys = root.fieldNames(); keys.hasNext();) {
            String key = keys.next();
            JsonNode v = root.get(key);
            if ("disable".equals(key) && v.isArray()) {
                v.forEach(n -> off.add(n.asText()));
            } else if ("severity".equals(key) && v.isObject()) {
                v.fields().forEachRemaining(e -> sev.put(e.getKey(), severity(file + " 中的 severity", e.getValue().asText())));
            } else {
                throw new ConfigException("配置文件 " + file + " 中的「" + key + "」无法识别；可用："
                        + "\"disable\": [规则或类别…]，\"severity\": {规则或类别: \"error|warning|info\"}");
            }
        }
        return new RuleConfig(off, sev);
    }

    /** This configuration with command-line settings on top: more rules off, and their severities winning. */
    public RuleConfig with(Collection<String> disable, Map<String, String> severity) {
        RuleConfig out = new RuleConfig(disabled, severities);
        out.disabled.addAll(disable);
        severity.forEach((k, v) -> out.severities.put(k, severity("--severity " + k, v)));
        return out;
    }

    /** Refuses selectors that name no rule and no category of the loaded rule set. */
    public void check(Collection<RuleMeta> rules) {
        Set<String> known = new LinkedHashSet<>();
        rules.forEach(r -> {
            known.add(r.id());
            known.add(r.category());
        });
        for (String s : selectors()) {
            if (!known.contains(s)) {
                throw new ConfigException("没有编号或类别为「" + s + "」的规则（reportcheck rules 列出全部规则）");
            }
        }
    }

    private Set<String> selectors() {
        Set<String> all = new LinkedHashSet<>(disabled);
        all.addAll(severities.keySet());
        return all;
    }

    public boolean isDisabled(Finding f) {
        return disabled.contains(f.ruleId()) || disabled.contains(f.category());
    }

    /** The finding with its configured severity. */
    public Finding adjust(Finding f) {
        Severity s = severities.getOrDefault(f.ruleId(), severities.get(f.category()));
        return s == null || s == f.severity() ? f : f.withSeverity(s);
    }

    private static Severity severity(String where, String value) {
        try {
            return Severity.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(where + "：未知严重程度「" + value + "」，可用 error、warning、info");
        }
    }
}

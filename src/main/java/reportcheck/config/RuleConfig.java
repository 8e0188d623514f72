package reportcheck.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
        } catch (JsonProcessingException e) {
            throw new ConfigException("配置文件 " + file + " 不是有效的 JSON" + (e.getLocation() == null ? "" : "（第 "
                    + e.getLocation().getLineNr() + " 行第 " + e.getLocation().getColumnNr() + " 列）") + "：" + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ConfigException("配置文件 " + file + " 应是一个 JSON 对象");
        }
        Set<String> off = new LinkedHashSet<>();
        Map<String, Severity> sev = new LinkedHashMap<>();
        for (Iterator<String> keys = root.fieldNames(); keys.hasNext();) {
            String key = keys.next();
            JsonNode v = root.get(key);
            if ("disable".equals(key)) {
                if (!v.isArray()) {
                    throw new ConfigException("配置文件 " + file + " 中的「disable」应是列表（数组），如 \"disable\": [\""
                            + (v.isTextual() ? v.asText() : "style") + "\"]，实际是" + kind(v));
                }
                for (JsonNode n : v) {
                    if (!n.isTextual()) {
                        throw new ConfigException("配置文件 " + file + " 中「disable」的每一项应是规则编号或类别（字符串），实际有"
                                + kind(n) + "：" + n);
                    }
                    off.add(n.asText());
                }
            } else if ("severity".equals(key)) {
                if (!v.isObject()) {
                    throw new ConfigException("配置文件 " + file + " 中的「severity」应是对象，如 \"severity\": {\"style\": \"info\"}，实际是"
                            + kind(v));
                }
                v.fields().forEachRemaining(e -> {
                    if (!e.getValue().isTextual()) {
                        throw new ConfigException("配置文件 " + file + " 中 severity 的「" + e.getKey()
                                + "」应是 \"error\"、\"warning\" 或 \"info\"（字符串），实际是" + kind(e.getValue()));
                    }
                    sev.put(e.getKey(), severity(file + " 中的 severity", e.getValue().asText()));
                });
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

    /** A report's result with the rules turned off dropped and severities changed; a failed result as it is. */
    public reportcheck.finding.CheckResult apply(reportcheck.finding.CheckResult r) {
        if (!r.ok()) {
            return r;
        }
        java.util.List<Finding> kept = new java.util.ArrayList<>();
        for (Finding f : r.findings()) {
            if (!isDisabled(f)) {
                kept.add(adjust(f));
            }
        }
        return r.withFindings(kept);
    }

    /** A JSON value's type in the user's words. */
    private static String kind(JsonNode v) {
        if (v.isTextual()) {
            return "字符串";
        }
        if (v.isNumber()) {
            return "数字";
        }
        if (v.isBoolean()) {
            return "true/false";
        }
        if (v.isNull()) {
            return "null";
        }
        return v.isArray() ? "列表" : "对象";
    }

    private static Severity severity(String where, String value) {
        try {
            return Severity.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(where + "：未知严重程度「" + value + "」，可用 error、warning、info");
        }
    }
}

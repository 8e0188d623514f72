package reportcheck.render;

import java.util.List;
import reportcheck.finding.CheckResult;
import reportcheck.finding.Finding;
import reportcheck.finding.Related;
import reportcheck.finding.Severity;

/**
 * A report written to attack the review page: script tags, a closing script tag, event-handler
 * attributes that break out of quotes, javascript: links, and the same in every field a
 * finding carries. Every payload would set {@code window.__pwned} or raise an alert.
 */
final class Hostile {
    static final String SCRIPT = "<script>window.__pwned=1;alert(1)</script>";
    static final String IMG = "<img src=x onerror=\"window.__pwned=2;alert(2)\">";
    static final String BREAKOUT = "\" onmouseover=\"window.__pwned=3\" x=\"";
    static final String LINK = "<a href=\"javascript:window.__pwned=4;alert(4)\">点此查看</a>";
    static final String END = "</script><script>window.__pwned=5</script>";
    static final String SVG = "<svg onload=window.__pwned=6></svg>";
    static final String TEXT = String.join("\n", "某局2023年法治政府建设年度报告" + SCRIPT,
            "一、主要举措和成效", "点击率:" + IMG + "全年办理案件??起。" + BREAKOUT,
            "详见" + LINK + "。" + END, SVG + "依法行政工作始终始终坚持。", "某局", "2024年3月13日");

    private Hostile() {
    }

    /** Findings whose every text field is hostile, on hostile evidence. */
    static CheckResult result() {
        Finding onImg = Results.at(TEXT, IMG, 0, "placeholder.empty-field", Severity.WARNING);
        Finding onLink = Results.at(TEXT, LINK, 0, "artifact.link", Severity.INFO);
        Finding onEnd = Results.at(TEXT, END, 0, "artifact.script", Severity.ERROR);
        Finding overlapping = Results.at(TEXT, "??起。" + BREAKOUT, 0, "placeholder.question-mark", Severity.ERROR);
        Finding all = new Finding("duplicate.x" + SCRIPT, "duplicate" + BREAKOUT, Severity.WARNING, "标题" + IMG,
                5, 1, 5, 1 + SVG.length(), SVG, "说明" + END + LINK, "建议" + SVG, List.of(new Related(4, 3, LINK)));
        Finding whole = new Finding("structure.x", "structure", Severity.ERROR, SCRIPT, null, null, null, null,
                END, IMG, BREAKOUT, List.of());
        CheckResult base = Results.of("reports/" + IMG + ".txt", TEXT,
                List.of(onImg, onLink, onEnd, overlapping, all, whole));
        return new CheckResult(base.source(), base.status(), "txt" + SCRIPT, "UTF-8" + BREAKOUT, "标题" + END,
                "机关" + LINK, 2023, base.findings(), null, base.text());
    }
}

package reportcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import reportcheck.engine.RuleMeta;
import reportcheck.finding.Category;
import reportcheck.fixtures.BatchFixture;
import reportcheck.fixtures.Fixture;
import reportcheck.fixtures.Fixtures;
import reportcheck.text.SourceText;

/**
 * Prints what one rule checks and why (its {@code @explain}), with one fixture on which it fires
 * (expected evidence marked ⟦like this⟧) and one on which it stays silent, and for a rule that
 * judges with data under {@code rules/data/}, that data. The examples come from
 * the fixtures the test suite runs, so they are true by construction.
 */
final class RuleExplainer {
    private RuleExplainer() {
    }

    static void explain(RuleMeta m, Path rulesDir, PrintWriter out) {
        out.println(m.id() + "  " + m.title());
        out.println("类别：" + m.category() + "（" + Category.label(m.category()) + "）  严重程度：" + m.severity().id()
                + "（" + m.severity().label() + "）");
        out.println("定义：" + m.file() + "（规则 \"" + m.ruleName() + "\"）");
        out.println();
        out.println("检查什么、为什么：");
        out.println(indent(m.explain() == null ? "（未写说明）" : m.explain()));
        DataExplainer.describe(m.explain(), rulesDir, out);
        List<Fixture> fixtures = Fixtures.forRule(rulesDir, m.id());
        List<BatchFixture> batch = BatchFixture.forRule(rulesDir, m.id());
        if (fixtures.isEmpty() && !batch.isEmpty()) {
            // a finding across reports: each example is a folder of several reports
            out.println();
            out.println("例子（每个文件夹是一批报告，earlier/ 中是往年报告）：");
            batch.forEach(b -> out.println("  " + (b.fire() ? "会报告：" : "不会报告：")
                    + rulesDir.resolve("fixtures").resolve(b.name())));
            out.flush();
            return;
        }
        example(out, "会报告的例子", fixtures.stream().filter(Fixture::fire).findFirst().orElse(null), rulesDir);
        example(out, "不会报告的例子", fixtures.stream().filter(f -> !f.fire()).findFirst().orElse(null), rulesDir);
        out.flush();
    }

    private static void example(PrintWriter out, String heading, Fixture f, Path rulesDir) {
        out.println();
        if (f == null) {
            out.println(heading + "：（无）");
            return;
        }
        out.println(heading + "（" + rulesDir.resolve("fixtures").resolve(f.name()) + "）：");
        if (f.fire() && f.expected().isEmpty()) {
            out.println("  （针对整篇报告的一处问题，不指向具体位置）");
        }
        out.println(indent(excerpt(marked(f).strip())));
    }

    /** Lines of an example shown whole; a longer one (a full table) is cut to its marked lines. */
    static final int WHOLE = 24;
    /** Lines kept on each side of a marked line in a cut example. */
    static final int CONTEXT = 2;

    /**
     * The example as it is when it is short; otherwise its first line (the report's title), each
     * marked line with {@link #CONTEXT} lines around it, and a note of how many lines each gap
     * leaves out, so that a table rule's explanation fits on a screen and still shows the evidence.
     * An example with no marks keeps its first lines. The whole example is in the fixture file named above.
     */
    static String excerpt(String text) {
        List<String> lines = text.lines().toList();
        if (lines.size() <= WHOLE) {
            return text;
        }
        boolean[] keep = new boolean[lines.size()];
        keep[0] = true;
        boolean marked = false;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).indexOf(Fixture.OPEN) >= 0 || lines.get(i).indexOf(Fixture.CLOSE) >= 0) {
                marked = true;
                for (int j = Math.max(0, i - CONTEXT); j <= Math.min(lines.size() - 1, i + CONTEXT); j++) {
                    keep[j] = true;
                }
            }
        }
        if (!marked) {
            for (int i = 0; i < WHOLE / 2; i++) {
                keep[i] = true;
            }
        }
        StringBuilder sb = new StringBuilder();
        int skipped = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!keep[i]) {
                skipped++;
                continue;
            }
            if (skipped > 0) {
                sb.append("……（略去 ").append(skipped).append(" 行）\n");
                skipped = 0;
            }
            sb.append(lines.get(i)).append('\n');
        }
        if (skipped > 0) {
            sb.append("……（略去 ").append(skipped).append(" 行）\n");
        }
        return sb.toString().strip();
    }

    /** The fixture text with its expected evidence marked again, as it stands in the fixture file. */
    static String marked(Fixture f) {
        SourceText src = new SourceText(f.text());
        StringBuilder sb = new StringBuilder(f.text());
        List<int[]> spans = f.expected().stream().map(e -> {
            int start = src.lineStart(e.line());
            int at = f.text().offsetByCodePoints(start, e.column() - 1);
            return new int[] {at, at + e.evidence().length()};
        }).sorted(Comparator.comparingInt((int[] s) -> s[0]).reversed()).toList();
        for (int[] s : spans) {
            sb.insert(s[1], Fixture.CLOSE).insert(s[0], Fixture.OPEN);
        }
        return sb.toString();
    }

    private static String indent(String s) {
        return "  " + s.replace("\r\n", "\n").replace("\n", "\n  ");
    }
}

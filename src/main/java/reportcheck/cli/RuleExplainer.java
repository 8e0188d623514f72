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
        out.println(indent(marked(f).strip()));
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

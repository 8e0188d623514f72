package reportcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import reportcheck.engine.RuleBase;
import reportcheck.engine.RuleMeta;
import reportcheck.finding.Finding;
import reportcheck.fixtures.Fixture;
import reportcheck.fixtures.Fixtures;
import reportcheck.support.Engine;
import reportcheck.text.SourceText;

/**
 * A suggestion that names a replacement ("改为「第一责任人」。", "改为《…》。") must fix what it is
 * about: applied to the fire fixtures of the citation, date, artifact and fixed-term rules, the
 * rule no longer fires at that place.
 */
class AppliedSuggestionTest {
    private static final Set<String> FILES = Set.of("citation.drl", "date.drl", "artifact.drl", "terms.drl", "families.drl");
    private static final Pattern REPLACEMENT = Pattern.compile("^改为(?:「(.+?)」|“(.+?)”|(《.+?》)|(〈.+?〉))[。；;]");

    @Test
    void appliedSuggestionsSilenceTheirRule() {
        int applied = 0;
        for (RuleMeta m : RuleBase.load(Engine.RULES).rules()) {
            if (!FILES.contains(Path.of(m.file()).getFileName().toString())) {
                continue;
            }
            for (Fixture f : Fixtures.forRule(Engine.RULES, m.id())) {
                if (!f.fire()) {
                    continue;
                }
                for (Finding x : Engine.check(f.text(), m.id())) {
                    Matcher r = REPLACEMENT.matcher(x.suggestion());
                    if (x.line() == null || !r.find()) {
                        continue;
                    }
                    String with = firstNonNull(r);
                    SourceText src = new SourceText(f.text());
                    int start = offset(src, x.line(), x.column());
                    String fixed = f.text().substring(0, start) + with + f.text().substring(start + x.evidence().length());
                    List<Finding> again = Engine.check(fixed, m.id()).stream()
                            .filter(y -> y.line() != null && y.line().equals(x.line()) && y.column().equals(x.column()))
                            .toList();
                    assertEquals(List.of(), again.stream().map(Finding::evidence).toList(),
                            f.name() + ": after applying " + x.suggestion());
                    applied++;
                }
            }
        }
        assertTrue(applied >= 10, "only " + applied + " suggestions applied");
    }

    private static String firstNonNull(Matcher r) {
        List<String> groups = new ArrayList<>();
        for (int g = 1; g <= r.groupCount(); g++) {
            if (r.group(g) != null) {
                groups.add(r.group(g));
            }
        }
        return groups.get(0);
    }

    /** UTF-16 offset of a 1-based line and code-point column. */
    private static int offset(SourceText src, int line, int column) {
        int start = src.lineStart(line);
        return src.original().offsetByCodePoints(start, column - 1);
    }
}

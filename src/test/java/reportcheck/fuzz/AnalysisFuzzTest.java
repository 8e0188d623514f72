package reportcheck.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import reportcheck.analysis.Facts;
import reportcheck.finding.Finding;
import reportcheck.input.LoadedReport;
import reportcheck.support.Engine;
import reportcheck.support.Invariants;
import reportcheck.text.SourceText;

/**
 * Coverage-guided fuzzing of the fact builder and of the rules over its facts. Any text must
 * yield facts that are stretches of that text and findings that point at it; no exception may
 * escape. The bytes are read as UTF-8 (malformed bytes become U+FFFD), so the seed reports
 * under {@code AnalysisFuzzTestInputs/} are used as they are.
 */
class AnalysisFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void facts(byte[] bytes) {
        SourceText src = new SourceText(new String(bytes, StandardCharsets.UTF_8));
        Facts facts = Engine.checker().facts(new LoadedReport("fuzz.txt", src, "txt", "UTF-8"));
        Invariants.factsLieInText(src, facts);
    }

    @FuzzTest(maxDuration = "10m")
    void check(byte[] bytes) {
        SourceText src = new SourceText(new String(bytes, StandardCharsets.UTF_8));
        List<Finding> findings = Engine.checker().check(new LoadedReport("fuzz.txt", src, "txt", "UTF-8"));
        Invariants.findingsPointAtText(src, findings);
    }
}

package reportcheck.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reportcheck.finding.Finding;
import reportcheck.support.Engine;

/**
 * A report cut anywhere inside a sentence, as a saved page cut by its site or a draft pasted in
 * part, gives the one incomplete-text finding, and nothing it lacks because of the cut: no
 * missing issuer or date, and no part reported missing that the whole report has.
 */
class TruncationPropertyTest {
    private static final String CUT = "structure.incomplete-text";
    /** Sample a cut every this many characters: spread over every paragraph, yet a few hundred runs in all. */
    private static final int STEP = 37;
    /** A paragraph at least this long is prose, not a signature, date or short heading. */
    private static final int PARAGRAPH = 20;
    private static final String CLOSERS = "。.!?;…\"”’」』)）》】！？；";

    /** The five seeds, and the clean reports of our own (complete, with every part, signed). */
    static Stream<String> seeds() {
        return Stream.of("seeds/000_c24621536ea822c3.txt", "seeds/001_d0b205e319d16db8.txt",
                "seeds/002_ada55667925c30fd.txt", "seeds/003_c301495cfdadc365.txt", "seeds/004_35dadc3a6d6d35d1.txt",
                "src/test/resources/clean/clean-report-2017.txt", "src/test/resources/clean/clean-report-2018.txt",
                "src/test/resources/clean/clean-report-2023.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void theCompleteSeedIsNotCalledIncomplete(String file) throws Exception {
        assertEquals(List.of(), Engine.check(read(file), CUT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void aCutInsideASentenceGivesOneFindingAndNoMissingEnd(String file) throws Exception {
        String text = read(file);
        Set<String> missingInFull = missingParts(Engine.check(text));
        List<Integer> cuts = cutPoints(text);
        assertTrue(cuts.size() >= 15, file + ": only " + cuts.size() + " cut points");
        List<String> failures = new ArrayList<>();
        for (int cut : cuts) {
            String part = text.substring(0, cut);
            List<Finding> fs = Engine.check(part);
            List<Finding> incomplete = fs.stream().filter(f -> f.ruleId().equals(CUT)).toList();
            String where = "cut at " + cut + " «…" + part.substring(Math.max(0, cut - 12)) + "»: ";
            if (incomplete.size() != 1) {
                failures.add(where + incomplete.size() + " incomplete-text findings");
                continue;
            }
            if (!text.substring(0, cut).endsWith(incomplete.get(0).evidence())) {
                failures.add(where + "evidence " + incomplete.get(0).evidence() + " is not where the text stops");
            }
            for (Finding f : fs) {
                if (f.ruleId().equals("structure.missing-issuer") || f.ruleId().equals("structure.missing-date")) {
                    failures.add(where + f.ruleId());
                }
            }
            Set<String> missing = missingParts(fs);
            missing.removeAll(missingInFull);
            if (!missing.isEmpty()) {
                failures.add(where + "parts the whole report has reported missing: " + missing);
            }
        }
        assertEquals(List.of(), failures);
    }

    private static Set<String> missingParts(List<Finding> fs) {
        return fs.stream().filter(f -> f.category().equals("missing-section"))
                .map(f -> f.ruleId() + " " + f.evidence()).collect(Collectors.toSet());
    }

    /**
     * Every STEP-th character inside a prose paragraph after the first three lines (the title
     * block), neither at its start or end nor right after closing punctuation or a space, nor
     * where the line would keep only digits (「2」 of 「2.」: a page number looks just so).
     */
    private static List<Integer> cutPoints(String text) {
        List<Integer> out = new ArrayList<>();
        int lineStart = 0;
        int nonBlank = 0;
        for (String line : text.split("\n", -1)) {
            int len = line.strip().length();
            if (len > 0) {
                nonBlank++;
            }
            if (nonBlank > 3 && len >= PARAGRAPH) {
                for (int i = 1; i < line.length() - 1; i++) {
                    int at = lineStart + i;
                    char before = text.charAt(at - 1);
                    if (at % STEP == 0 && CLOSERS.indexOf(before) < 0 && !Character.isWhitespace(before)
                            && !Character.isLowSurrogate(text.charAt(at)) && !line.substring(0, i).strip().matches("\\d*")) {
                        out.add(at);
                    }
                }
            }
            lineStart += line.length() + 1;
        }
        return out;
    }

    private static String read(String file) throws Exception {
        return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    }
}

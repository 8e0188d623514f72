package reportcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchPatternsTest {
    private static final String RULE = "package p;\nimport reportcheck.facts.*;\nimport reportcheck.engine.Spans;\n"
            + "global reportcheck.engine.FindingSink sink;\nrule \"r\"\n    @id(\"style.r\") @category(\"style\") @severity(\"warning\")\n"
            + "    @title(\"t\") @explain(\"e\")\nwhen\n    $p : Paragraph()\n    $m : Span() from Spans.find($p, %s)\n"
            + "then\n    sink.at(kcontext, $m, \"a\", \"b\");\nend\n";

    @Test
    void aBrokenLiteralPatternIsNamedWithItsLine() {
        List<String> errors = SearchPatterns.errors(String.format(RULE, "\"法治(政府\""));
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("10: "), errors.get(0));
        assertTrue(errors.get(0).contains("\"法治(政府\""), errors.get(0));
    }

    @Test
    void validPatternsAndTheShippedRulesPass() throws IOException {
        assertEquals(List.of(), SearchPatterns.errors(String.format(RULE, "\"(?<e>\\\\d+)\\\\s*件|\\\\u3000\"")));
        try (Stream<Path> drl = Files.list(Path.of("rules"))) {
            for (Path f : drl.filter(p -> p.toString().endsWith(".drl")).toList()) {
                assertEquals(List.of(), SearchPatterns.errors(SearchFilters.joinLiterals(Files.readString(f))), f.toString());
            }
        }
    }

    @Test
    void literalsAreReadAsTheEngineReadsThem() {
        assertEquals("\\d+\"\u3000\n", SearchPatterns.unescape("\"\\\\d+\\\"\\u3000\\n\""));
        assertNull(SearchPatterns.unescape("\"\\q\""));
    }

    @Test
    void theLoadStopsWithTheFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.drl"), String.format(RULE, "\"第[一二三\""));
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> RuleBase.load(dir, null));
        assertTrue(e.getMessage().contains("bad.drl:10: "), e.getMessage());
    }
}

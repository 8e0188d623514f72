package reportcheck.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reportcheck.support.Engine;

/** The shape of every part entry in rules/data/profiles: what applies when is data, checked here. */
class ProfileDataTest {
    static Stream<Path> profiles() throws Exception {
        return Files.list(Engine.RULES.resolve("data/profiles")).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void everyPartEntryHasItsFieldsAndTheRightTypes(Path file) throws Exception {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertFalse(root.path("parts").isEmpty(), file + " has no parts");
        for (JsonNode p : root.path("parts")) {
            String where = file.getFileName() + " " + p.path("id").asText();
            for (String field : List.of("id", "name", "basis", "heading")) {
                assertTrue(p.path(field).isTextual() && !p.path(field).asText().isBlank(), where + ": " + field);
            }
            if (p.has("since")) {
                assertTrue(p.get("since").isInt() && p.get("since").asInt() >= 1990 && p.get("since").asInt() <= 2100,
                        where + ": since is a reporting year");
            }
            if (p.has("earlierBasis")) {
                assertTrue(p.has("since"), where + ": an earlier basis needs the year it gave way");
                assertTrue(p.get("earlierBasis").isTextual() && p.get("earlierBasis").asText().contains("《"),
                        where + ": earlierBasis names the document");
            }
            if (p.has("position")) {
                assertTrue(p.get("position").isInt() && p.get("position").asInt() >= 0, where + ": position");
            }
            Knowledge.loadProfile(file);
        }
    }

    @Test
    void theDefaultPartsApplyFromTheDuChaGuiDingOn() {
        Profile profile = Knowledge.load(Engine.RULES, Knowledge.DEFAULT_PROFILE).profile();
        Map<String, PartSpec> parts = profile.parts().stream().collect(Collectors.toMap(PartSpec::id, p -> p));
        assertEquals(List.of("measures", "shortcomings", "duty", "plan"), profile.parts().stream().map(PartSpec::id).toList());
        for (PartSpec p : parts.values()) {
            assertEquals(2019, p.since(), p.id() + ": the 督察规定 was issued in May 2019");
            assertTrue(p.basis().contains("《法治政府建设与责任落实督察工作规定》"), p.id());
        }
        // the 2015-2020 纲要 asked for a yearly report, not for its parts; nothing earlier asked for the duty part
        assertNull(parts.get("duty").earlierBasis());
        for (String id : List.of("measures", "shortcomings", "plan")) {
            assertTrue(parts.get(id).earlierBasis().contains("《法治政府建设实施纲要（2015—2020年）》"), id);
        }
        assertTrue(parts.get("measures").position() < parts.get("shortcomings").position());
        assertTrue(parts.get("shortcomings").position() < parts.get("plan").position());
        assertEquals(0, parts.get("duty").position(),
                "reports put the duty part first or among the others: it has no usual place");
    }
}

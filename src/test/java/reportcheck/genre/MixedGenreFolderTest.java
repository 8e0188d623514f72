package reportcheck.genre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportcheck.engine.RuleBase;
import reportcheck.knowledge.Knowledge;
import reportcheck.knowledge.PartSpec;
import reportcheck.support.Cli;
import reportcheck.support.DocxWriter;
import reportcheck.support.Engine;
import reportcheck.support.HtmlWriter;
import reportcheck.support.Needs;
import reportcheck.support.PdfWriter;

/**
 * A supervisory body's folder mixes genres and formats: each report, whatever its format, is
 * checked as its own genre, and none gets a finding of the other genre's profile or rules.
 */
class MixedGenreFolderTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachReportGetsItsGenreAndNoFindingOfTheOther(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        List<String> law = lines("seeds/000_c24621536ea822c3.txt");
        List<String> lawUntitled = lines("seeds/002_ada55667925c30fd.txt");
        List<String> county = lines("seeds/005_5645a89ae63e7392.txt");
        List<String> department = lines("seeds/006_dc198c200ea2b110.txt");
        Map<String, String> expected = new HashMap<>();
        Files.write(in.resolve("law.txt"), law, StandardCharsets.UTF_8);
        expected.put("law.txt", GenreRecognitionTest.LAW);
        DocxWriter.write(lawUntitled, in.resolve("law-untitled.docx"));
        expected.put("law-untitled.docx", GenreRecognitionTest.LAW);
        HtmlWriter.write(law, in.resolve("law.html"), StandardCharsets.UTF_8);
        expected.put("law.html", GenreRecognitionTest.LAW);
        Files.write(in.resolve("county.txt"), county, StandardCharsets.UTF_8);
        expected.put("county.txt", GenreRecognitionTest.INFO);
        DocxWriter.write(county, in.resolve("county.docx"));
        expected.put("county.docx", GenreRecognitionTest.INFO);
        HtmlWriter.write(department, in.resolve("department.html"), StandardCharsets.UTF_8);
        expected.put("department.html", GenreRecognitionTest.INFO);
        if (Needs.fontMissing() == null) {
            PdfWriter.write(department, in.resolve("department.pdf"));
            expected.put("department.pdf", GenreRecognitionTest.INFO);
            PdfWriter.write(law, in.resolve("law.pdf"));
            expected.put("law.pdf", GenreRecognitionTest.LAW);
        }
        Path out = dir.resolve("out");
        Cli.Run run = Cli.run("check", in.toString(), "--out", out.toString(), "--format", "json,md,html", "--fail-on", "none");
        assertEquals(0, run.exit(), run.toString());

        RuleBase rules = RuleBase.load(Engine.RULES);
        Map<String, Set<String>> partNames = new HashMap<>();
        for (String genre : List.of(GenreRecognitionTest.LAW, GenreRecognitionTest.INFO)) {
            String profile = genre.equals(GenreRecognitionTest.LAW) ? Knowledge.DEFAULT_PROFILE : genre;
            partNames.put(genre, Set.copyOf(Knowledge.load(Engine.RULES, profile).profile().parts().stream()
                    .map(PartSpec::name).toList()));
        }
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        int seen = 0;
        for (JsonNode row : summary.path("reports")) {
            String name = Path.of(row.path("file").asText()).getFileName().toString();
            String genre = expected.get(name);
            assertEquals(genre, row.path("genre").asText(), name);
            String other = genre.equals(GenreRecognitionTest.LAW) ? GenreRecognitionTest.INFO : GenreRecognitionTest.LAW;
            JsonNode report = JSON.readTree(out.resolve(row.path("output").asText() + ".json").toFile());
            assertEquals(genre, report.path("genre").asText(), name);
            String genreName = genre.equals(GenreRecognitionTest.LAW) ? "法治政府建设年度报告" : "政府信息公开工作年度报告";
            assertTrue(Files.readString(out.resolve(row.path("output").asText() + ".md"), StandardCharsets.UTF_8)
                    .contains("- 文种：" + genreName), name + " checklist");
            assertTrue(Files.readString(out.resolve(row.path("output").asText() + ".html"), StandardCharsets.UTF_8)
                    .contains("<p class=\"kicker\">" + genreName + " · 审查清单</p>"), name + " review page");
            for (JsonNode f : report.path("findings")) {
                String id = f.path("ruleId").asText();
                Set<String> genres = rules.genresOf(id);
                assertTrue(genres.isEmpty() || genres.contains(genre), name + ": " + id + " is for " + genres);
                assertTrue(!partNames.get(other).contains(f.path("evidence").asText()) || partNames.get(genre)
                        .contains(f.path("evidence").asText()), name + ": " + id + " asks for " + f.path("evidence"));
            }
            seen++;
        }
        assertEquals(expected.size(), seen);
        // the summary page can show one genre's reports only
        String page = Files.readString(out.resolve("summary.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("<select id=\"genre-filter\">"), "genre filter");
        assertTrue(page.contains("<option value=\"info-disclosure\">政府信息公开工作年度报告</option>")
                && page.contains("<option value=\"law-government\">法治政府建设年度报告</option>"), "both genres offered");
        assertTrue(page.contains("data-genre=\"info-disclosure\"") && page.contains("data-genre=\"law-government\""));
    }

    private static List<String> lines(String file) throws Exception {
        return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
    }
}

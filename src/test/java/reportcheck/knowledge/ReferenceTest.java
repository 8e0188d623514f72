package reportcheck.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reportcheck.facts.CanonicalTitle;
import reportcheck.facts.FixedTerm;
import reportcheck.facts.FormulaEdition;
import reportcheck.support.Engine;

/** The reference data under rules/data: complete for the titles DOMAIN.md lists, consistent, and strict on errors. */
class ReferenceTest {
    private final Reference ref = Reference.load(Engine.RULES.resolve("data"));

    @Test
    void everyTitleOfTheDomainTableIsThereWithItsIssueDate() {
        Map<String, CanonicalTitle> byTitle = ref.titles().stream()
                .collect(Collectors.toMap(CanonicalTitle::getTitle, t -> t));
        Map<String, String> expected = Map.ofEntries(
                Map.entry("法治政府建设实施纲要（2015—2020年）", "2015-12"),
                Map.entry("法治政府建设实施纲要（2021—2025年）", "2021-08"),
                Map.entry("法治社会建设实施纲要（2020—2025年）", "2020-12"),
                Map.entry("法治中国建设规划（2020—2025年）", "2021-01"),
                Map.entry("党政主要负责人履行推进法治建设第一责任人职责规定", "2016-12"),
                Map.entry("法治政府建设与责任落实督察工作规定", "2019-05"),
                Map.entry("重大行政决策程序暂行条例", "2019-04"),
                Map.entry("关于深化公安执法规范化建设的意见", "2016-08"));
        expected.forEach((title, issued) -> {
            assertTrue(byTitle.containsKey(title), title + " missing");
            assertEquals(issued, byTitle.get(title).getIssued(), title);
        });
        assertEquals("2019-09-01", byTitle.get("重大行政决策程序暂行条例").getInForce());
        assertEquals("2021-01-22", byTitle.get("中华人民共和国行政处罚法").getRevised());
        assertEquals("2024-01-01", byTitle.get("中华人民共和国行政复议法").getRevisedInForce());
        assertEquals("2019-05-15", byTitle.get("中华人民共和国政府信息公开条例").getRevisedInForce());
        assertEquals("2026-01-01", byTitle.get("中华人民共和国治安管理处罚法").getRevisedInForce());
    }

    @Test
    void outlinesAreSplitIntoNameAndYearsAndLawsAcceptTheNameWithoutTheState() {
        CanonicalTitle outline = ref.titles().stream().filter(t -> t.getId().equals("outline-2021")).findFirst().orElseThrow();
        assertEquals("法治政府建设实施纲要", outline.getKey());
        assertEquals(2021, outline.getYearFrom());
        assertEquals(2025, outline.getYearTo());
        CanonicalTitle law = ref.titles().stream().filter(t -> t.getId().equals("administrative-penalty")).findFirst().orElseThrow();
        assertTrue(law.getKeys().contains("行政处罚法"), law.getKeys().toString());
        assertEquals(20210715, law.getRevisedInForceKey());
    }

    @Test
    void revisionsComeAfterTheFirstTextAndNothingComesIntoForceBeforeItIsIssued() {
        for (CanonicalTitle t : ref.titles()) {
            if (t.getInForceKey() > 0) {
                assertTrue(t.getInForceKey() >= t.getIssuedKey(), t.getId());
            }
            if (t.getRevisedKey() > 0) {
                assertTrue(t.getRevisedKey() > t.getIssuedKey() && t.getRevisedInForceKey() >= t.getRevisedKey(), t.getId());
            }
        }
    }

    @Test
    void theRightFormOfATermDoesNotMatchItsWrongForm() {
        assertFalse(ref.terms().isEmpty());
        for (FixedTerm t : ref.terms()) {
            assertFalse(Pattern.compile(t.getPattern()).matcher(t.getRight()).find(), t.getId());
            assertFalse(t.getReason().isBlank() || t.getNorm().isBlank(), t.getId() + " needs a reason and a norm");
        }
        assertTrue(ref.terms().size() >= 29, ref.terms().size() + " terms");
    }

    @Test
    void formulaEditionsNameACanonicalSourceAndHaveItemsOfTheirOwn() {
        Set<String> citations = ref.titles().stream().map(CanonicalTitle::getCitation).collect(Collectors.toSet());
        assertEquals(2, ref.formulas().size());
        for (FormulaEdition e : ref.formulas()) {
            assertTrue(citations.contains(e.getSource()), e.getSource());
            assertFalse(e.getUniqueItems().isEmpty(), e.getId());
        }
        FormulaEdition goal2021 = ref.formulas().stream().filter(e -> e.getYearFrom() == 2021).findFirst().orElseThrow();
        assertEquals(7, goal2021.getItems().size());
        assertEquals(java.util.List.of("智能高效", "廉洁诚信", "人民满意"), goal2021.getUniqueItems());
    }

    @Test
    void everyLawHasItsShapeItsSourceAndOneName() {
        long laws = ref.laws().stream().filter(l -> l.inForce() && l.kind().equals("law")).count();
        long regulations = ref.laws().stream().filter(l -> l.inForce() && l.kind().equals("regulation")).count();
        assertTrue(laws >= 290 && regulations >= 500, laws + " laws, " + regulations + " regulations");
        Set<String> names = new java.util.HashSet<>();
        for (Law l : ref.laws()) {
            assertTrue(l.title().endsWith(l.shortName()) && !l.title().contains("《" + l.shortName()), l.title());
            assertTrue(l.title().equals(l.shortName()) || l.title().equals("中华人民共和国" + l.shortName()), l.title());
            assertTrue(Laws.KINDS.contains(l.kind()), l.title());
            assertFalse(l.source().isBlank(), l.title());
            assertTrue(names.add(l.shortName()), "twice: " + l.shortName());
            if (l.adopted() != null && l.revised() != null) {
                assertTrue(l.revised().compareTo(l.adopted()) > 0, l.title());
            }
            if (l.inForce()) {
                assertTrue(l.repealed() == null && l.by() == null, l.title());
            }
        }
        Map<String, Law> byName = ref.laws().stream().collect(Collectors.toMap(Law::shortName, l -> l));
        for (String inForce : java.util.List.of("宪法", "土地管理法", "行政处罚法", "行政复议法", "民法典", "优化营商环境条例",
                "保障农民工工资支付条例", "政府信息公开条例", "重大行政决策程序暂行条例", "信访工作条例")) {
            assertTrue(byName.get(inForce).inForce(), inForce);
        }
        for (String repealed : java.util.List.of("信访条例", "合同法", "物权法", "学位条例", "法律援助条例")) {
            assertFalse(byName.get(repealed).inForce(), repealed);
        }
        assertEquals("国务院令第722号", byName.get("优化营商环境条例").number());
        assertEquals("1986-06-25", byName.get("土地管理法").adopted());
        assertEquals("2021-01-22", byName.get("行政处罚法").revised());
    }

    @Test
    void aBadFileIsNamedInTheError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(Reference.TITLES_FILE), "{\"documents\": [{\"id\": \"x\", \"title\": \"某条例\", \"kind\": \"law\", \"issued\": \"2019-5\"}]}");
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> Reference.load(dir));
        assertTrue(e.getMessage().contains(Reference.TITLES_FILE) && e.getMessage().contains("issued"), e.getMessage());

        Files.delete(dir.resolve(Reference.TITLES_FILE));
        Files.writeString(dir.resolve(Reference.TERMS_FILE), "{\"terms\": [{\"id\": \"t\", \"wrong\": \"(\", \"right\": \"x\", \"reason\": \"r\"}]}");
        e = assertThrows(KnowledgeException.class, () -> Reference.load(dir));
        assertTrue(e.getMessage().contains(Reference.TERMS_FILE) && e.getMessage().contains("正则"), e.getMessage());

        Files.delete(dir.resolve(Reference.TERMS_FILE));
        Files.writeString(dir.resolve(Reference.LAWS_FILE), "{\"laws\": [{\"title\": \"中华人民共和国某法\", \"short\": \"某法\", \"kind\": \"law\"}]}");
        e = assertThrows(KnowledgeException.class, () -> Reference.load(dir));
        assertTrue(e.getMessage().contains(Reference.LAWS_FILE) && e.getMessage().contains("source"), e.getMessage());
    }

    @Test
    void missingFilesMeanNoKnowledge(@TempDir Path dir) {
        Reference empty = Reference.load(dir);
        assertTrue(empty.facts().isEmpty());
    }
}

package reportcheck.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import reportcheck.facts.CanonicalTitle;
import reportcheck.facts.FixedTerm;
import reportcheck.facts.FormulaEdition;
import reportcheck.facts.MiswrittenWord;
import reportcheck.facts.TitleFamily;

/**
 * Reference knowledge the rules compare a report with: canonical titles, fixed terms and formulas,
 * the national laws and regulations, and the local document families. The same immutable objects
 * serve every report: the editions of year-span documents and the formula editions are inserted
 * into its session ({@link #facts()}); analysis compares the text with the rest and inserts only
 * what it finds.
 */
public record Reference(List<CanonicalTitle> titles, List<FixedTerm> terms, List<FormulaEdition> formulas,
        List<Law> laws, List<MiswrittenWord> words, List<TitleFamily> families) {
    public static final String TITLES_FILE = "canonical-titles.json";
    public static final String TERMS_FILE = "fixed-terms.json";
    public static final String LAWS_FILE = "laws.json";
    public static final String WORDS_FILE = "miswritten-words.json";
    public static final String FAMILIES_FILE = "title-families.json";

    public Reference {
        titles = List.copyOf(titles);
        terms = List.copyOf(terms);
        formulas = List.copyOf(formulas);
        laws = List.copyOf(laws);
        words = List.copyOf(words);
        families = List.copyOf(families);
    }

    public static Reference empty() {
        return new Reference(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** Reads the files from {@code dataDir}; a missing file means no such knowledge. */
    public static Reference load(Path dataDir) {
        Path termsFile = dataDir.resolve(TERMS_FILE);
        JsonNode terms = Json.read(termsFile);
        return new Reference(CanonicalTitles.load(dataDir.resolve(TITLES_FILE)), FixedTerms.terms(terms, termsFile),
                FixedTerms.formulas(terms, termsFile), Laws.load(dataDir.resolve(LAWS_FILE)),
                MiswrittenWords.load(dataDir.resolve(WORDS_FILE)), TitleFamilies.load(dataDir.resolve(FAMILIES_FILE)));
    }

    /**
     * Everything to insert into a session as facts: the documents issued as editions for a span of
     * years (the outlines, for the rules on which edition was current) and the formula editions. The
     * other titles reach the rules through CitationMatch; the fixed terms, the laws, the miswritten
     * words and the families through what analysis finds with them.
     */
    public List<Object> facts() {
        List<Object> out = new ArrayList<>();
        titles.stream().filter(t -> t.getYearFrom() != null).forEach(out::add);
        out.addAll(formulas);
        return out;
    }
}

package reportcheck.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import reportcheck.facts.MiswrittenUse;
import reportcheck.facts.MiswrittenWord;
import reportcheck.text.SourceText;

/**
 * Finds the miswritten words of the knowledge base in a report: one pass of a literal automaton
 * over the folded text, then each entry's context test (what must follow) on the few hits. Built
 * once per run from the word list.
 */
public final class WordFinder {
    private final LiteralAutomaton<MiswrittenWord> automaton;
    private final Map<MiswrittenWord, Pattern> after = new LinkedHashMap<>();

    public WordFinder(List<MiswrittenWord> words) {
        Map<String, List<MiswrittenWord>> byLiteral = new LinkedHashMap<>();
        for (MiswrittenWord w : words) {
            byLiteral.computeIfAbsent(w.getWrong(), k -> new ArrayList<>()).add(w);
            if (!w.getAfter().isEmpty()) {
                after.put(w, Pattern.compile(w.getAfter()));
            }
        }
        automaton = new LiteralAutomaton<>(byLiteral);
    }

    public List<MiswrittenUse> find(SourceText src) {
        String folded = src.folded();
        List<MiswrittenUse> out = new ArrayList<>();
        automaton.scan(folded, (start, w) -> {
            int end = start + w.getWrong().length();
            Pattern next = after.get(w);
            if (next == null || next.matcher(folded).region(end, folded.length()).lookingAt()) {
                out.add(new MiswrittenUse(src, start, end, w));
            }
        });
        // 针贬时弊 holds 针贬: the longer entry says it all
        return out.stream().filter(u -> out.stream().noneMatch(o -> o != u && o.getOffset() <= u.getOffset()
                && o.getEnd() >= u.getEnd() && o.getEnd() - o.getOffset() > u.getEnd() - u.getOffset())).toList();
    }
}

package reportcheck.knowledge;

import java.util.List;

/**
 * A rate the arithmetic checks may recompute, with the words that name its numerator and its base
 * ({@code rules/data/rates.json}): 结案率 is 结案 (审结, 办结) ÷ 受理 (收案). {@code parts} are words
 * that make a numerator a part of it (调解结案 is one kind of 结案). Words are folded.
 */
public record RateName(String rate, List<String> numerator, List<String> base, List<String> parts, String source) {
    public RateName {
        numerator = List.copyOf(numerator);
        base = List.copyOf(base);
        parts = List.copyOf(parts);
    }

    /** The rate's name without 率: "结案". */
    public String stem() {
        return rate.substring(0, rate.length() - 1);
    }
}

package reportcheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Columns are code points from the line start, whatever mix of surrogates and line breaks. */
class SourceTextPropertiesTest {
    @Property(tries = 1000)
    void columnCountsCodePoints(@ForAll("texts") String text) {
        SourceText src = new SourceText(text);
        for (int offset = 0; offset <= text.length(); offset++) {
            int start = src.lineStart(src.lineOf(offset));
            assertEquals(text.codePointCount(start, offset) + 1, src.columnOf(offset), "offset " + offset);
        }
    }

    @Provide
    Arbitrary<String> texts() {
        // pairs, lone halves of either kind, line breaks and plain characters
        return Arbitraries.of("𠀀", "😀", "\uD800", "\uDC00", "\n", "\r", "\r\n", "法", "a", "，")
                .list().ofMaxSize(30).map(l -> String.join("", l));
    }
}

package reportcheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HanTest {
    @Test
    void agreesWithTheScriptLookupOnEveryCodePoint() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            assertEquals(Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN, Han.is(c), Integer.toHexString(c));
        }
    }
}

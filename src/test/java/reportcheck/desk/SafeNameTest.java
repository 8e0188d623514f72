package reportcheck.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SafeNameTest {
    @Test
    void onlyTheLastSegmentOfAPathLikeNameIsKept() {
        assertEquals("passwd.txt", SafeName.of("../../etc/passwd.txt"));
        assertEquals("passwd.txt", SafeName.of("/etc/passwd.txt"));
        assertEquals("报告.docx", SafeName.of("C:\\Users\\张三\\报告.docx"));
        assertEquals("x.txt", SafeName.of("..\\..\\x.txt"));
    }

    @Test
    void controlCharactersReservedMarksAndLeadingDotsAreNeutralised() {
        assertEquals("a_b.txt", SafeName.of("a\u0000b.txt"));
        assertEquals("a_b_c.txt", SafeName.of("a\nb\u202ec.txt"));
        assertEquals("a_b_.txt", SafeName.of("a:b?.txt"));
        assertEquals("hidden", SafeName.of(".hidden"));
        assertEquals(SafeName.FALLBACK, SafeName.of(".."));
        assertEquals(SafeName.FALLBACK, SafeName.of(""));
        assertEquals(SafeName.FALLBACK, SafeName.of(null));
        assertEquals(SafeName.FALLBACK, SafeName.of("dir/"));
    }

    @Test
    void aLongNameIsCutKeepingItsExtension() {
        String s = SafeName.of("长".repeat(300) + ".docx");
        assertEquals(SafeName.MAX, s.codePointCount(0, s.length()));
        assertEquals(".docx", s.substring(s.length() - 5));
    }
}

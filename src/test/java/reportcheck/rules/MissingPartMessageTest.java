package reportcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import reportcheck.finding.Finding;
import reportcheck.support.Engine;

/**
 * A missing part's message says "正文中也没有相关内容" only when the text does not name the
 * part at all; when it names it in passing, the message says where instead.
 */
class MissingPartMessageTest {
    private static final Path FIXTURES = Path.of("rules/fixtures/missing-section.part");

    private static Finding only(String fixture) throws Exception {
        String text = Files.readString(FIXTURES.resolve(fixture));
        List<Finding> fs = Engine.check(text, "missing-section.part");
        assertEquals(1, fs.size(), fs.toString());
        return fs.get(0);
    }

    @Test
    void aPartNamedNowhereIsSaidToBeAbsentFromTheBodyToo() throws Exception {
        Finding f = only("fire-no-plan.txt");
        assertTrue(f.message().contains("正文中也没有相关内容"), f.message());
    }

    @Test
    void aPartNamedInPassingIsMissingButTheMessageSaysWhereItIsNamed() throws Exception {
        Finding f = only("fire-plan-named-only-in-passing.txt");
        assertEquals("下一年度推进法治政府建设的主要安排", f.evidence());
        assertFalse(f.message().contains("正文中也没有相关内容"), f.message());
        assertTrue(f.message().contains("第4行顺带提到「下一步」"), f.message());
    }
}

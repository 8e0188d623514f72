package reportcheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SourceTextTest {
    @Test
    void linesAndColumnsFollowEveryKindOfLineBreak() {
        SourceText t = new SourceText("一行\r\n二行\r三行\n四行");
        assertEquals(4, t.lineCount());
        assertEquals("三行", t.line(3));
        int off = t.original().indexOf("四");
        assertEquals(4, t.lineOf(off));
        assertEquals(1, t.columnOf(off));
        assertEquals(2, t.columnOf(off + 1));
    }

    @Test
    void columnsCountCodePointsNotUtf16Units() {
        SourceText t = new SourceText("𠀀𠀁始终始终");
        assertEquals(3, t.columnOf(t.original().indexOf("始")));
    }

    @Test
    void foldingKeepsOffsets() {
        SourceText t = new SourceText("案件？起（略），共计：");
        assertEquals(t.original().length(), t.folded().length());
        assertEquals("案件?起(略),共计:", t.folded());
    }
}

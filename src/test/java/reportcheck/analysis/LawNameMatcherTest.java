package reportcheck.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** What counts as one slip between a cited name and a law's: the stem and kind compared separately. */
class LawNameMatcherTest {
    @Test
    void aKindSwappedWithTheStemIntactIsASlip() {
        assertArrayEquals(new String[] {"kind", "条例", "法"}, LawNameMatcher.slip("行政处罚", "条例", "行政处罚", "法"));
        assertArrayEquals(new String[] {"kind", "规定", "条例"}, LawNameMatcher.slip("保障农民工工资支付", "规定", "保障农民工工资支付", "条例"));
        // a law is never cited as a 规定 by a slip, and a regulation's 条例 is not a law's 法 the other way round
        assertNull(LawNameMatcher.slip("行政处罚", "规定", "行政处罚", "法"));
        assertNull(LawNameMatcher.slip("行政处罚", "法", "行政处罚", "条例"));
        // the stem changed as well: another document (契税暂行条例 and 契税法)
        assertNull(LawNameMatcher.slip("契税暂行", "条例", "契税", "法"));
    }

    @Test
    void oneWordDroppedAddedOrChangedInsideTheNameIsASlip() {
        assertArrayEquals(new String[] {"dropped", "", "管理"}, LawNameMatcher.slip("土地", "法", "土地管理", "法"));
        assertArrayEquals(new String[] {"added", "管理", ""}, LawNameMatcher.slip("优化营商环境管理", "条例", "优化营商环境", "条例"));
        assertArrayEquals(new String[] {"changed", "务", "动"}, LawNameMatcher.slip("劳务合同", "法", "劳动合同", "法"));
    }

    @Test
    void aPrefixALongWordOrATooShortNameIsNot() {
        // a place or an issuer in front makes another document
        assertNull(LawNameMatcher.slip("某某市优化营商环境", "条例", "优化营商环境", "条例"));
        assertNull(LawNameMatcher.slip("海洋环境保护", "法", "环境保护", "法"));
        // more than a word of two characters
        assertNull(LawNameMatcher.slip("突发公共卫生事件应对", "法", "突发事件应对", "法"));
        // too little left in common to tell a slip from another law (国家公园法 beside 国家安全法)
        assertNull(LawNameMatcher.slip("食品卫生", "法", "食品安全", "法"));
        // 规定 and 办法 are mostly a ministry's or a locality's: only the swapped kind counts
        assertNull(LawNameMatcher.slip("机动车登记管理", "规定", "机动车登记", "规定"));
    }
}

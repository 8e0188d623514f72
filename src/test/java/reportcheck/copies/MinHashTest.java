package reportcheck.copies;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MinHashTest {
    private static final String TEXT = "一是部分执法人员法治意识不强运用法治思维和法治方式解决问题的能力有待提高"
            + "执法文书制作不够规范二是基层执法力量相对薄弱执法装备和信息化水平与新形势新任务的要求还有差距";

    @Test
    void sameTextSameBandsOnEveryRun() {
        assertArrayEquals(MinHash.bands(TEXT), MinHash.bands(new String(TEXT.toCharArray())));
    }

    @Test
    void signatureAgreementEstimatesJaccardSimilarity() {
        String near = TEXT.replace("不强", "不够").replace("薄弱", "不足");
        double estimate = agreement(MinHash.signature(TEXT), MinHash.signature(near));
        double exact = jaccard(TEXT, near);
        assertTrue(Math.abs(estimate - exact) < 0.2, "estimate " + estimate + " vs exact " + exact);
        String other = "持续深化政务公开，全面推进决策、执行、管理、服务、结果公开，依法做好政府信息公开申请办理工作，"
                + "全年受理申请八十余件，均在法定期限内答复";
        assertTrue(agreement(MinHash.signature(TEXT), MinHash.signature(other)) < 0.15);
    }

    @Test
    void aFewCharactersChangedStillShareABand() {
        String near = TEXT.replace("执法文书", "行政文书").replace("信息化", "数字化");
        assertTrue(sharesBand(MinHash.bands(TEXT), MinHash.bands(near)));
    }

    private static boolean sharesBand(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                return true;
            }
        }
        return false;
    }

    private static double agreement(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            same += a[i] == b[i] ? 1 : 0;
        }
        return (double) same / a.length;
    }

    private static double jaccard(String a, String b) {
        Set<String> sa = shingles(a);
        Set<String> sb = shingles(b);
        Set<String> inter = new HashSet<>(sa);
        inter.retainAll(sb);
        Set<String> union = new HashSet<>(sa);
        union.addAll(sb);
        return (double) inter.size() / union.size();
    }

    private static Set<String> shingles(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + MinHash.SHINGLE <= s.length(); i++) {
            out.add(s.substring(i, i + MinHash.SHINGLE));
        }
        return out;
    }
}

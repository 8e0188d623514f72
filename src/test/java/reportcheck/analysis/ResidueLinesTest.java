package reportcheck.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The page-residue pattern tried in two parts finds what the whole pattern finds. */
class ResidueLinesTest {
    @Test
    void thePartsFindWhatTheWholePatternFinds() {
        List<String> lines = new ArrayList<>(List.of("首页 > 政务公开 > 法治政府建设", "发布时间:2024-03-01 来源:司法局", "【打印本页】【关闭窗口】",
                "今天是:2024年3月1日 星期五", "2024年3月1日 星期五", "栏目:政策文件 发布时间:2023-01-12", "[ 索引号 ] 1234",
                "简体 | 繁体", "Copyright © 2024 某市人民政府", "蜀ICP备12345号", "主办单位:某市人民政府办公室", "[大][中][小]",
                "一、2024年工作情况", "全年办理行政复议案件12件。", "信息来源：本局"));
        lines.addAll(reportcheck.support.SampleLines.folded());
        int residue = 0;
        for (String line : lines) {
            boolean whole = LayoutAnalyzer.RESIDUE.matcher(line).find();
            assertEquals(whole, LayoutAnalyzer.residueIn(line), line);
            residue += whole ? 1 : 0;
        }
        assertTrue(lines.size() > 1000 && residue > 30, lines.size() + " lines, " + residue + " of residue");
    }
}

package reportcheck.render;

import java.util.ArrayList;
import java.util.List;
import reportcheck.finding.Category;
import reportcheck.finding.Finding;
import reportcheck.finding.Related;

/** What a finding's Word comment says, one paragraph per entry: severity and title first. */
final class DocxCommentText {
    private DocxCommentText() {
    }

    static List<String> of(Finding f) {
        List<String> lines = new ArrayList<>();
        lines.add("【" + f.severity().label() + "】" + f.title());
        lines.add(f.message());
        if (f.suggestion() != null && !f.suggestion().isBlank()) {
            lines.add("修改建议：" + f.suggestion());
        }
        for (Related x : f.related()) {
            lines.add(x.source() != null ? "对照：" + x.source() + " 第" + x.line() + "行「" + x.evidence() + "」"
                    : "对照：第" + x.line() + "段「" + x.evidence() + "」");
        }
        lines.add("类别：" + Category.label(f.category()) + "；规则：" + f.ruleId());
        return lines;
    }
}

package reportcheck.batch;

import java.time.Duration;
import reportcheck.engine.Progress;

/** The message for a report stopped at the time limit: where it was, in the user's terms. */
final class TimeLimit {
    private TimeLimit() {
    }

    static String describe(Duration limit, String stage, String rule, boolean inConsequence) {
        StringBuilder sb = new StringBuilder("超过时间限制（").append(seconds(limit)).append(" 秒，可用 --timeout 调整），停在");
        switch (stage) {
            case Progress.READING -> sb.append("读取阶段（reading）");
            case Progress.ANALYSIS -> sb.append("分析阶段（analysis）");
            default -> {
                sb.append("规则阶段（rules）");
                if (rule != null && inConsequence) {
                    sb.append("，正在执行规则 ").append(rule);
                } else if (rule != null) {
                    sb.append("，最近活动的规则是 ").append(rule);
                } else {
                    sb.append("，尚无规则匹配");
                }
            }
        }
        return sb.toString();
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? String.valueOf(ms / 1000) : String.valueOf(ms / 1000.0);
    }
}

package reportcheck.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reportcheck.facts.TableMention;
import reportcheck.text.SourceText;

/**
 * Figures of the tables that the text restates: only a few plain wordings, each naming the
 * count it gives (新收 or 收到 an application for disclosure, 上年结转, 予以公开, 结转下年度,
 * 行政复议), and not after 其中, which gives a part. Lines of a table itself are not text.
 */
final class TableMentions {
    private record Wording(Pattern pattern, String table, String row, String what) {
    }

    private static final String N = "\\s*(\\d+)\\s*(?:件|份|条|宗)";
    private static final String APPLICATION = "(?:政府信息公开|依申请公开|信息公开)(?:的)?(?:申请|事项)?";
    private static final List<Wording> WORDINGS = List.of(
            new Wording(Pattern.compile("(?:新收|收到|共收到|共接收|接收)(?:各类)?" + APPLICATION + "(?:共|合计|数量为?)?" + N),
                    "三", "一", "本年新收政府信息公开申请"),
            new Wording(Pattern.compile("(?:未|没有)(?:收到|接到|受理)(?:任何)?" + APPLICATION + "()"), "三", "一",
                    "本年新收政府信息公开申请"),
            new Wording(Pattern.compile("上一?年度?结转(?:的)?(?:政府信息公开)?(?:申请)?" + N), "三", "二", "上年结转申请"),
            new Wording(Pattern.compile("(?<!部分)予以公开" + N), "三", "（一）", "予以公开"),
            new Wording(Pattern.compile("结转(?:至|到)?下一?年度?(?:继续)?(?:办理)?" + N), "三", "四", "结转下年度继续办理"),
            new Wording(Pattern.compile("(?:被申请|引发|发生)?行政复议(?:案件|申请)?(?:共)?" + N), "四", "行政复议",
                    "行政复议"));
    private static final Pattern PART = Pattern.compile("其中|包括|含");

    private TableMentions() {
    }

    static List<TableMention> find(SourceText src, List<Line> lines) {
        List<TableMention> out = new ArrayList<>();
        for (Line l : lines) {
            String f = l.folded();
            if (f.indexOf('|') >= 0 || f.indexOf('\t') >= 0 || f.length() < 8) {
                continue;
            }
            for (Wording w : WORDINGS) {
                Matcher m = w.pattern().matcher(f);
                while (m.find()) {
                    int clause = -1;
                    for (int i = m.start() - 1; i >= 0 && clause < 0; i--) {
                        clause = ",;:。!?".indexOf(f.charAt(i)) >= 0 ? i : -1;
                    }
                    String before = f.substring(clause + 1, m.start());
                    if (PART.matcher(before).find() || before.contains("复议") && !"四".equals(w.table())) {
                        continue;
                    }
                    double v = m.group(1).isEmpty() ? 0 : Double.parseDouble(m.group(1));
                    out.add(new TableMention(src, l.start() + m.start(), l.start() + m.end(), w.table(), w.row(),
                            w.what(), v));
                }
            }
        }
        return out;
    }
}

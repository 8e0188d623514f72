package reportcheck.copies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import reportcheck.engine.RuleMeta;
import reportcheck.finding.Finding;
import reportcheck.finding.Related;

/** Turns confirmed, non-standard shared passages into findings per report and a table of pairs. */
final class CopyReport {
    /** Pairs kept for the summary, most shared text first. */
    static final int TOP_PAIRS = 100;
    /** Other places listed under one finding; the message gives the total. */
    private static final int MAX_RELATED = 5;

    private final List<CopyFinder.Report> reports;
    private final int current;
    private final List<Passage> all;
    private final int[] reportOf;

    CopyReport(List<CopyFinder.Report> reports, int current, List<Passage> all, int[] reportOf) {
        this.reports = reports;
        this.current = current;
        this.all = all;
        this.reportOf = reportOf;
    }

    private record Link(int other, double similarity) {
    }

    CopyResult build(List<int[]> edges, List<Double> sims, boolean[] standard) {
        Map<Integer, List<Link>> links = new TreeMap<>();
        Map<Long, TreeSet<Integer>[]> byPair = new HashMap<>();
        for (int i = 0; i < edges.size(); i++) {
            int a = edges.get(i)[0];
            int b = edges.get(i)[1];
            if (standard[a]) {
                continue;
            }
            links.computeIfAbsent(a, k -> new ArrayList<>()).add(new Link(b, sims.get(i)));
            links.computeIfAbsent(b, k -> new ArrayList<>()).add(new Link(a, sims.get(i)));
            shared(byPair, a, b);
        }
        List<List<Finding>> findings = new ArrayList<>();
        for (int r = 0; r < current; r++) {
            findings.add(new ArrayList<>());
        }
        links.forEach((p, ls) -> {
            if (reportOf[p] >= current) {
                return;
            }
            ls.sort(Comparator.comparingInt((Link l) -> reportOf[l.other()]).thenComparingInt(Link::other));
            List<Link> batch = ls.stream().filter(l -> reportOf[l.other()] < current).toList();
            List<Link> earlier = ls.stream().filter(l -> reportOf[l.other()] >= current).toList();
            if (!batch.isEmpty()) {
                findings.get(reportOf[p]).add(finding(p, batch, CopyRules.CROSS_REPORT));
            }
            if (!earlier.isEmpty()) {
                // a passage outside every part has no section (List.of().contains(null) throws)
                String section = all.get(p).section();
                boolean telling = section != null && CopyRules.TELLING_SECTIONS.contains(section);
                findings.get(reportOf[p]).add(finding(p, earlier,
                        telling ? CopyRules.CARRIED_OVER : CopyRules.CARRIED_OVER_ELSEWHERE));
            }
        });
        findings.forEach(list -> list.sort(Finding.ORDER));
        return new CopyResult(findings, pairs(byPair));
    }

    private void shared(Map<Long, TreeSet<Integer>[]> byPair, int a, int b) {
        int ra = reportOf[a];
        int rb = reportOf[b];
        boolean swap = ra > rb;
        long key = swap ? ((long) rb << 32) | ra : ((long) ra << 32) | rb;
        @SuppressWarnings("unchecked")
        TreeSet<Integer>[] sets = byPair.computeIfAbsent(key, k -> new TreeSet[] {new TreeSet<>(), new TreeSet<>()});
        sets[swap ? 1 : 0].add(a);
        sets[swap ? 0 : 1].add(b);
    }

    private List<SharedPair> pairs(Map<Long, TreeSet<Integer>[]> byPair) {
        int[] totals = new int[reports.size()];
        for (int i = 0; i < all.size(); i++) {
            totals[reportOf[i]] += all.get(i).length();
        }
        List<SharedPair> out = new ArrayList<>();
        byPair.forEach((key, sets) -> {
            int ra = (int) (key >>> 32);
            int rb = (int) (long) key;
            int chars = Math.min(length(sets[0]), length(sets[1]));
            int smaller = Math.max(1, Math.min(totals[ra], totals[rb]));
            out.add(new SharedPair(reports.get(ra).source(), reports.get(rb).source(),
                    rb >= current ? SharedPair.EARLIER : SharedPair.BATCH,
                    Math.min(sets[0].size(), sets[1].size()), chars, Math.min(1.0, (double) chars / smaller)));
        });
        out.sort(Comparator.comparingInt(SharedPair::chars).reversed()
                .thenComparing(SharedPair::first).thenComparing(SharedPair::second));
        return List.copyOf(out.subList(0, Math.min(TOP_PAIRS, out.size())));
    }

    private int length(TreeSet<Integer> passages) {
        return passages.stream().mapToInt(i -> all.get(i).length()).sum();
    }

    private Finding finding(int p, List<Link> links, RuleMeta rule) {
        Passage at = all.get(p);
        Link first = links.get(0);
        Passage other = all.get(first.other());
        List<Related> related = new ArrayList<>();
        for (Link l : links.subList(0, Math.min(MAX_RELATED, links.size()))) {
            Passage o = all.get(l.other());
            related.add(new Related(o.line(), o.column(), o.text(), reports.get(reportOf[l.other()]).source()));
        }
        String where = reports.get(reportOf[first.other()]).source() + " 第" + other.line() + "行";
        String same = first.similarity() >= 1.0 ? "完全相同"
                : "几乎相同（相似度 " + Math.round(first.similarity() * 100) + "%）";
        String more = links.size() > 1 ? "；另有 " + (links.size() - 1) + " 处相同或相近（见对照）" : "";
        int endColumn = at.column() + at.text().codePointCount(0, at.text().length());
        String message;
        String suggestion;
        if (rule == CopyRules.CROSS_REPORT) {
            message = "本段与另一份报告 " + where + "的段落" + same + more + "。";
            suggestion = "核实是否照抄了其他单位的报告：报告应如实写本单位的情况，确需引用的改写为本单位的表述。";
        } else if (rule == CopyRules.CARRIED_OVER && "plan".equals(at.section())) {
            message = "“下一年度安排”中的这段文字与往年报告 " + where + "的段落" + same + more
                    + "：往年的安排原样照搬，没有结合本年度的新情况。";
            suggestion = "结合本年度的不足和新任务重写下一年度安排；延续性的工作写明新的目标和措施。";
        } else if (rule == CopyRules.CARRIED_OVER) {
            message = "“存在的不足”中的这段文字与往年报告 " + where + "的段落" + same + more
                    + "：往年指出的不足原样重提，说明问题没有解决，或本年度没有如实总结。";
            suggestion = "写明这一问题本年度的整改情况和仍未解决的具体原因；已经解决的，不再列为不足。";
        } else {
            message = "这段文字与往年报告 " + where + "的段落" + same + more + "。";
            suggestion = "核实是否沿用了往年的表述：总结部分应写本年度的实际工作和数据。";
        }
        return new Finding(rule.id(), rule.category(), rule.severity(), rule.title(), at.line(), at.column(),
                at.line(), endColumn, at.text(), message, suggestion, List.copyOf(related));
    }
}

package reportcheck.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import reportcheck.facts.CanonicalTitle;
import reportcheck.facts.CitedTitle;
import reportcheck.facts.NearLawTitle;
import reportcheck.knowledge.Law;

/**
 * Finds cited titles that look like a national law or regulation but are none of them, and names
 * the one law or regulation in force they are a slip away from. A slip keeps the start of the name
 * and its stem but for one word of one or two characters: a word dropped (土地法 → 土地管理法), added
 * (优化营商环境管理条例) or changed, or the kind swapped with the stem intact (行政处罚条例 → 行政处罚法;
 * 保障农民工工资支付规定 → …条例). Anything else is left alone: a place name in front (某省…条例) makes
 * a local regulation, 实施办法 or 若干规定 a document of its own, and 规定, 办法 and 细则 are mostly a
 * ministry's or a locality's, so they count only as a regulation's name with the kind swapped.
 */
final class LawNameMatcher {
    private static final String STATE = "中华人民共和国";
    /** Longest first: 办法 also ends with 法. */
    private static final List<String> KINDS = List.of("条例", "规定", "办法", "细则", "法");
    /** Shapes of local, departmental and derived documents, and titles that are not a bare name. */
    private static final Pattern OTHER = Pattern.compile(
            "^.{2,12}?(省|自治区|市|自治州|州|县|区|盟|旗)|实施|若干|关于|意见|决定|国务院|中共|中国共产党|全国人民代表大会|[《〈、()0-9]");
    private static final Pattern NUMERAL = Pattern.compile("[〇零一二三四五六七八九十百]");
    private static final Pattern NOT_MARK = Pattern.compile("[^#]");

    private LawNameMatcher() {
    }

    static List<NearLawTitle> match(Index index, List<CitedTitle> cited, Set<CitedTitle> recognised) {
        List<NearLawTitle> out = new ArrayList<>();
        if (index.laws.isEmpty()) {
            return out;
        }
        Set<String> known = index.known;
        Map<Character, List<Law>> byFirst = index.byFirst;
        for (CitedTitle c : cited) {
            if (!c.isClosed() || c.getYearFrom() != null || recognised.contains(c)) {
                continue;
            }
            String name = strip(c.getBaseKey());
            if (known.contains(name) || OTHER.matcher(name).find()) {
                continue;
            }
            NearLawTitle near = name.isEmpty() ? null : nearest(c, name, byFirst.getOrDefault(name.charAt(0), List.of()));
            if (near != null) {
                out.add(near);
            }
        }
        return out;
    }

    /**
     * The names known as documents of their own and the laws in force by first character, made
     * once for a run's knowledge rather than for every report.
     */
    static final class Index {
        private final List<Law> laws;
        private final Set<String> known = new HashSet<>();
        // a slip keeps the first character, so only laws starting with the cited name's are compared
        private final Map<Character, List<Law>> byFirst = new HashMap<>();

        Index(List<Law> laws, List<CanonicalTitle> canonical) {
            this.laws = laws;
            for (Law l : laws) {
                known.add(strip(l.title()));
                known.add(strip(l.shortName()));
                if (l.inForce()) {
                    byFirst.computeIfAbsent(strip(l.shortName()).charAt(0), k -> new ArrayList<>()).add(l);
                }
            }
            for (CanonicalTitle t : canonical) {
                t.getKeys().forEach(k -> known.add(strip(k)));
            }
        }
    }

    /** The one law in force (of {@code laws}) the name is a slip away from; null when none is, or more than one at the same cost. */
    private static NearLawTitle nearest(CitedTitle c, String name, List<Law> laws) {
        String kind = kind(name);
        if (kind == null || name.length() < 3) {
            return null;
        }
        String stem = name.substring(0, name.length() - kind.length());
        Law best = null;
        String[] bestSlip = null;
        int bestCost = Integer.MAX_VALUE;
        boolean tie = false;
        for (Law l : laws) {
            String other = strip(l.shortName());
            String otherKind = kind(other);
            if (otherKind == null) {
                continue;
            }
            String otherStem = other.substring(0, other.length() - otherKind.length());
            String[] slip = slip(stem, kind, otherStem, otherKind);
            if (slip == null) {
                continue;
            }
            int cost = Math.max(slip[1].length(), slip[2].length());
            if (cost < bestCost) {
                best = l;
                bestSlip = slip;
                bestCost = cost;
                tie = false;
            } else if (cost == bestCost) {
                tie = true;
            }
        }
        if (best == null || tie) {
            return null;
        }
        return new NearLawTitle(c, best.title(), best.shortName(), best.kind(), origin(best), bestSlip[0], bestSlip[1],
                bestSlip[2]);
    }

    /** {slip, wrong words, right words}, or null when the two names are not one slip apart. */
    static String[] slip(String stem, String kind, String otherStem, String otherKind) {
        if (!kind.equals(otherKind)) {
            // the stem intact and the kind swapped: 法 and 条例, or a regulation's 条例 as 规定/办法/细则
            boolean swap = kind.equals("条例") && otherKind.equals("法")
                    || !kind.equals("法") && !kind.equals("条例") && otherKind.equals("条例");
            return swap && stem.equals(otherStem) && stem.length() >= 2 ? new String[] {"kind", kind, otherKind} : null;
        }
        if (!kind.equals("法") && !kind.equals("条例")) {
            return null;
        }
        int p = 0;
        int max = Math.min(stem.length(), otherStem.length());
        while (p < max && stem.charAt(p) == otherStem.charAt(p)) {
            p++;
        }
        int s = 0;
        while (s < max - p && stem.charAt(stem.length() - 1 - s) == otherStem.charAt(otherStem.length() - 1 - s)) {
            s++;
        }
        String wrong = stem.substring(p, stem.length() - s);
        String right = otherStem.substring(p, otherStem.length() - s);
        int shared = p + s;
        if (p < 1 || wrong.length() > 2 || right.length() > 2 || wrong.equals(right)
                || !numerals(wrong).equals(numerals(right))) {
            return null;
        }
        if (wrong.isEmpty()) {
            return shared >= 2 ? new String[] {"dropped", wrong, right} : null;
        }
        if (right.isEmpty()) {
            return shared >= 2 ? new String[] {"added", wrong, right} : null;
        }
        return shared >= 3 ? new String[] {"changed", wrong, right} : null;
    }

    private static String kind(String name) {
        for (String k : KINDS) {
            if (name.endsWith(k)) {
                return k;
            }
        }
        return null;
    }

    private static String numerals(String s) {
        return NOT_MARK.matcher(NUMERAL.matcher(s).replaceAll("#")).replaceAll("");
    }

    private static String strip(String key) {
        return key.startsWith(STATE) && key.length() > STATE.length() ? key.substring(STATE.length()) : key;
    }

    /** "1986年6月25日通过，2019年8月26日修改" or "国务院令第722号" from what the data gives. */
    private static String origin(Law l) {
        StringBuilder sb = new StringBuilder();
        if (l.adopted() != null) {
            sb.append(day(l.adopted())).append(l.kind().equals("regulation") ? "公布" : "通过");
        }
        if (l.revised() != null) {
            sb.append(sb.length() > 0 ? "，" : "").append(day(l.revised())).append("修改");
        }
        if (l.number() != null) {
            sb.append(sb.length() > 0 ? "，" : "").append(l.number());
        }
        return sb.toString();
    }

    private static String day(String iso) {
        String[] p = iso.split("-");
        String s = p[0] + "年";
        if (p.length > 1) {
            s += Integer.parseInt(p[1]) + "月";
        }
        if (p.length > 2) {
            s += Integer.parseInt(p[2]) + "日";
        }
        return s;
    }
}

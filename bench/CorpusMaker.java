import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Builds benchmark corpora from the seed reports. Run with {@code java bench/CorpusMaker.java}
 * (no build needed). Deterministic: the same arguments give the same files.
 *
 * <ul>
 * <li>{@code copies SEEDS OUT N}: N exact copies of each seed (5 seeds x 200 = 1,000 reports).
 * <li>{@code distinct SEEDS OUT N}: N copies of each seed made distinct: every line of 30 or
 * more characters goes through the copy's own substitution of Chinese characters, so copies
 * share no text, while headings, title, signature, digits and punctuation stay as they are. One
 * report in 50 gets a paragraph planted from another report (some with a few characters
 * changed), and every report gets the same standard formula.
 * <li>{@code long SEEDS OUT BYTES}: one report of about BYTES bytes (UTF-8) of distinct text:
 * the first seed's frame around the body lines of enough distinct copies of all seeds.
 * </ul>
 */
public class CorpusMaker {
    static final String FORMULA = "全面贯彻落实中共中央、国务院印发的《法治政府建设实施纲要（2021—2025年）》，"
            + "对标对表纲要确定的目标任务，逐项细化分解年度工作任务，明确责任单位和完成时限，确保各项任务落地见效。";

    public static void main(String[] a) throws IOException {
        if (a.length != 4) {
            System.err.println("usage: CorpusMaker copies|distinct|long SEEDS OUT N");
            System.exit(2);
        }
        List<String> seeds = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of(a[1]))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                seeds.add(Files.readString(p, StandardCharsets.UTF_8).replace("\r\n", "\n"));
            }
        }
        Path out = Path.of(a[2]);
        Files.createDirectories(out);
        int n = Integer.parseInt(a[3]);
        switch (a[0]) {
            case "copies" -> copies(seeds, out, n);
            case "distinct" -> distinct(seeds, out, n);
            case "long" -> longReport(seeds, out, n);
            default -> throw new IllegalArgumentException(a[0]);
        }
    }

    static void copies(List<String> seeds, Path out, int n) throws IOException {
        for (int i = 0; i < n; i++) {
            for (int s = 0; s < seeds.size(); s++) {
                write(out.resolve(String.format("%03d/%05d-%d.txt", i / 100, i, s)), seeds.get(s));
            }
        }
    }

    static void distinct(List<String> seeds, Path out, int n) throws IOException {
        int total = n * seeds.size();
        List<List<String>> reports = new ArrayList<>();
        for (int r = 0; r < total; r++) {
            List<String> lines = new ArrayList<>(List.of(cipher(seeds.get(r % seeds.size()), r).split("\n", -1)));
            lines.add(Math.min(6, lines.size()), FORMULA);
            reports.add(lines);
        }
        for (int r = 0; r + 7 < total; r += 50) {
            List<String> from = reports.get(r);
            String passage = from.stream().filter(l -> l.length() >= 80).findFirst().orElse(null);
            if (passage != null) {
                String copy = r % 100 == 0 ? passage : passage.substring(0, 10) + "有关" + passage.substring(12);
                List<String> to = reports.get(r + 7);
                to.add(Math.min(9, to.size()), copy);
            }
        }
        for (int r = 0; r < total; r++) {
            write(out.resolve(String.format("%03d/%05d.txt", r / 100, r)), String.join("\n", reports.get(r)));
        }
    }

    static void longReport(List<String> seeds, Path out, int bytes) throws IOException {
        String[] frame = seeds.get(0).split("\n");
        StringBuilder sb = new StringBuilder();
        int body = Math.min(8, frame.length - 2);
        for (int i = 0; i < body; i++) {
            sb.append(frame[i]).append('\n');
        }
        int size = utf8(sb);
        for (int copy = 0; size < bytes; copy++) {
            for (String line : cipher(seeds.get(copy % seeds.size()), 1000 + copy).split("\n")) {
                if (line.length() >= 30 && size < bytes) {
                    sb.append(line).append('\n');
                    size += utf8(line) + 1;
                }
            }
        }
        for (int i = frame.length - 2; i < frame.length; i++) {
            sb.append(frame[i]).append('\n');
        }
        write(out.resolve(String.format("long-%08d.txt", bytes)), sb.toString());
    }

    static int utf8(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    /** This copy's own substitution of Chinese characters, on lines of 30 or more characters. */
    static String cipher(String text, int seed) {
        Random random = new Random(seed * 7919L + 1);
        Map<Character, Character> map = new HashMap<>();
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.length() >= 30) {
                for (char c : line.toCharArray()) {
                    boolean han = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
                    out.append(han ? map.computeIfAbsent(c, k -> (char) (0x4E00 + random.nextInt(0x5000))) : c);
                }
            } else {
                out.append(line);
            }
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }
}

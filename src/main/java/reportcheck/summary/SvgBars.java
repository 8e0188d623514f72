package reportcheck.summary;

import java.util.List;
import reportcheck.render.Html;

/**
 * Horizontal bar charts as inline SVG: no script, no network, readable when printed. Each bar is
 * one or more stacked segments with a label on the left and the total on the right.
 */
final class SvgBars {
    static final String[] SEVERITY_COLOURS = {"#c62828", "#ef6c00", "#1565c0"};
    private static final int WIDTH = 760;
    private static final int LABEL = 220;
    private static final int ROW = 22;

    /** One bar: its label, an optional tooltip, and its stacked values. */
    record Bar(String label, String tooltip, int[] values) {
        int total() {
            int t = 0;
            for (int v : values) {
                t += v;
            }
            return t;
        }
    }

    private SvgBars() {
    }

    static String chart(String caption, List<Bar> bars, String[] colours) {
        int max = Math.max(1, bars.stream().mapToInt(Bar::total).max().orElse(1));
        int plot = WIDTH - LABEL - 60;
        int height = ROW * bars.size() + 8;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"chart\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\"><title>").append(Html.esc(caption)).append("</title>\n");
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = 4 + i * ROW;
            sb.append("<g><title>").append(Html.esc(b.tooltip() != null ? b.tooltip() : b.label())).append("：")
                    .append(b.total()).append("</title>");
            sb.append("<text x=\"").append(LABEL - 6).append("\" y=\"").append(y + 15)
                    .append("\" text-anchor=\"end\">").append(Html.esc(b.label())).append("</text>");
            int x = LABEL;
            for (int s = 0; s < b.values().length; s++) {
                int w = (int) Math.round((double) b.values()[s] * plot / max);
                if (w > 0) {
                    sb.append("<rect x=\"").append(x).append("\" y=\"").append(y + 2).append("\" width=\"").append(w)
                            .append("\" height=\"").append(ROW - 6).append("\" fill=\"")
                            .append(colours[s % colours.length]).append("\"/>");
                    x += w;
                }
            }
            sb.append("<text x=\"").append(x + 6).append("\" y=\"").append(y + 15).append("\">").append(b.total())
                    .append("</text></g>\n");
        }
        return sb.append("</svg>\n").toString();
    }
}

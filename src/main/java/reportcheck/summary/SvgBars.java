package reportcheck.summary;

import java.util.List;
import reportcheck.render.Html;

/**
 * Horizontal bar charts as inline SVG: no script, no network, readable when printed. Each bar is
 * one or more stacked segments with a label on the left and the total on the right; in a chart
 * by severity, the segments are errors, warnings and infos in their colours, and the right says
 * how many of each, so infos are never read as if they were errors.
 */
final class SvgBars {
    static final String[] SEVERITY_COLOURS = {"#c62828", "#ef6c00", "#1565c0"};
    /** The series of a severity chart: each segment says which it is ({@code data-series}). */
    static final String[] SEVERITIES = {"error", "warning", "info"};
    private static final String[] SEVERITY_LABELS = {"错误", "警告", "提示"};
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
        return chart(caption, bars, colours, null);
    }

    /** A chart of errors, warnings and infos: each bar's values are those three. */
    static String severityChart(String caption, List<Bar> bars) {
        return chart(caption, bars, SEVERITY_COLOURS, SEVERITIES);
    }

    private static String chart(String caption, List<Bar> bars, String[] colours, String[] series) {
        int max = Math.max(1, bars.stream().mapToInt(Bar::total).max().orElse(1));
        // room on the right for the total, or for the three counts of a severity bar
        int plot = WIDTH - LABEL - (series == null ? 60 : 190);
        int height = ROW * bars.size() + 8;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"chart\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\"><title>").append(Html.esc(caption)).append("</title>\n");
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = 4 + i * ROW;
            sb.append("<g><title>").append(Html.esc(b.tooltip() != null ? b.tooltip() : b.label())).append("：")
                    .append(series == null ? String.valueOf(b.total()) : breakdown(b.values())).append("</title>");
            sb.append("<text x=\"").append(LABEL - 6).append("\" y=\"").append(y + 15)
                    .append("\" text-anchor=\"end\">").append(Html.esc(b.label())).append("</text>");
            int x = LABEL;
            for (int s = 0; s < b.values().length; s++) {
                int w = (int) Math.round((double) b.values()[s] * plot / max);
                if (w > 0) {
                    sb.append("<rect");
                    if (series != null) {
                        sb.append(" data-series=\"").append(series[s]).append("\" data-value=\"").append(b.values()[s])
                                .append('"');
                    }
                    sb.append(" x=\"").append(x).append("\" y=\"").append(y + 2).append("\" width=\"").append(w)
                            .append("\" height=\"").append(ROW - 6).append("\" fill=\"")
                            .append(colours[s % colours.length]).append("\"/>");
                    x += w;
                }
            }
            sb.append("<text x=\"").append(x + 6).append("\" y=\"").append(y + 15).append("\">")
                    .append(series == null ? String.valueOf(b.total()) : breakdown(b.values())).append("</text></g>\n");
        }
        return sb.append("</svg>\n").toString();
    }

    /** "错误 1 · 警告 0 · 提示 7": the right of a severity bar. */
    private static String breakdown(int[] values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length && i < SEVERITY_LABELS.length; i++) {
            sb.append(i > 0 ? " · " : "").append(SEVERITY_LABELS[i]).append(' ').append(values[i]);
        }
        return sb.toString();
    }
}

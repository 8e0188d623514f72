package reportcheck.desk;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** How the desk answers: errors in Chinese (JSON for the API, a short page otherwise), JSON, downloads. */
final class Replies {
    /** Set on a request this code has answered, so the not-found handler leaves its answer alone. */
    static final String ANSWERED = "reportcheck.answered";

    private Replies() {
    }

    /** An error as JSON for the API, as a short page otherwise; the message is always Chinese. */
    static void fail(Context ctx, int status, String message) {
        ctx.attribute(ANSWERED, true);
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.contentType("application/json; charset=utf-8")
                    .result(Store.JSON.createObjectNode().put("error", message).toString());
        } else {
            ctx.contentType("text/html; charset=utf-8").result("<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\">"
                    + "<title>reportcheck 审核台</title><p>" + esc(message) + "</p><p><a href=\"/\">回到审核台</a></p></html>");
        }
    }

    static void json(Context ctx, JsonNode n) {
        ctx.contentType("application/json; charset=utf-8").result(n.toString());
    }

    /** A JSON request body, or null after answering 400; only JSON, so no HTML form can post here. */
    static JsonNode jsonBody(Context ctx) {
        String type = ctx.header("Content-Type");
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            fail(ctx, 415, "请求应为 JSON");
            return null;
        }
        try {
            JsonNode n = Store.JSON.readTree(ctx.body());
            if (n != null && n.isObject()) {
                return n;
            }
        } catch (IOException | RuntimeException e) {
            // answered below
        }
        fail(ctx, 400, "请求不是有效的 JSON");
        return null;
    }

    static void send(Context ctx, byte[] bytes, String type, String filename) {
        // RFC 6266: a plain ASCII fallback and the real (Chinese) name encoded
        String ascii = filename.replaceAll("[^A-Za-z0-9._-]", "_");
        ctx.header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20"));
        ctx.contentType(type).result(bytes);
    }

    static String limit(String s, int max) {
        if (s == null) {
            return "";
        }
        String t = s.strip().replaceAll("\\p{Cntrl}", " ");
        return t.codePointCount(0, t.length()) <= max ? t : t.substring(0, t.offsetByCodePoints(0, max));
    }

    static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? String.format("%.1f MB", bytes / 1048576.0).replace(".0 MB", " MB")
                : Math.max(1, bytes / 1024) + " KB";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

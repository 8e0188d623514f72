package reportcheck.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import reportcheck.render.HtmlRenderer;

/**
 * The desk's web server (Javalin on Jetty; no HTTP of our own). Pages: {@code /} opens the
 * browser's project (a cookie) or a new one; {@code /p/PID/} is the upload page and the list of
 * the project's reports; {@code /p/PID/r/RID/} is the review page of one report with the decision
 * controls added; {@code /p/PID/r/RID/file/KIND} downloads. The JSON API under {@code /api/} is
 * what those pages call. Every request passes the {@link Guard} first.
 */
public final class DeskServer {
    /** What the server is started with. */
    public record Settings(String host, int port, Path data, int maxFiles, long maxFileBytes, boolean keepUploads,
            Set<String> hostNames, String token) {
    }

    static final String PROJECT_COOKIE = "rc_project";
    static final String PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    /** The review page's own policy, with our two files (served from here) added and nothing else. */
    static final String REVIEW_CSP = HtmlRenderer.contentSecurityPolicy().replace("script-src ", "script-src 'self' ")
            .replace("style-src ", "style-src 'self' ") + "; connect-src 'self'; frame-ancestors 'none'";
    private static final Map<String, String> ASSETS = Map.of("desk.js", "text/javascript", "desk.css", "text/css",
            "review-desk.js", "text/javascript", "review-desk.css", "text/css", "index.html", "text/html");
    private static final Map<String, String[]> DOWNLOADS = Map.of(
            "json", new String[] {DeskChecker.OUTPUT + ".json", "application/json", ".json"},
            "md", new String[] {DeskChecker.OUTPUT + ".md", "text/markdown", ".md"},
            "html", new String[] {DeskChecker.OUTPUT + ".html", "text/html", ".审查清单.html"},
            "docx", new String[] {DeskChecker.OUTPUT + ".reviewed.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".批注.docx"});

    private final Settings settings;
    private final Store store;
    private final DeskChecker checker;
    private final Path uploads;
    private Javalin app;
    private volatile Guard guard;

    public DeskServer(Settings settings, reportcheck.batch.ReportRunner runner) throws IOException {
        this.settings = settings;
        this.store = new Store(settings.data());
        Files.createDirectories(store.root());
        this.checker = new DeskChecker(runner, store);
        this.uploads = privateTempDir();
    }

    /** Starts listening; returns the port. */
    public int start() {
        long maxTotal = settings.maxFileBytes() * settings.maxFiles() + 1024 * 1024;
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.jetty.multipartConfig.cacheDirectory(uploads.toString());
            config.jetty.multipartConfig.maxFileSize(settings.maxFileBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(maxTotal, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(64 * 1024, SizeUnit.BYTES);
            config.http.maxRequestSize = 64 * 1024;
            config.routes.before(this::guard);
            config.routes.get("/", this::home);
            config.routes.get("/new", ctx -> openProject(ctx, store.newProject()));
            config.routes.get("/assets/{name}", this::asset);
            config.routes.get("/p/{pid}", this::deskPage);
            config.routes.get("/p/{pid}/r/{rid}", this::reviewPage);
            config.routes.get("/p/{pid}/r/{rid}/file/{kind}", this::download);
            config.routes.get("/api/p/{pid}/reports", this::listReports);
            config.routes.post("/api/p/{pid}/upload", ctx -> upload(ctx, maxTotal));
            config.routes.get("/api/p/{pid}/r/{rid}", this::reportData);
            config.routes.post("/api/p/{pid}/r/{rid}/decision", this::decide);
            config.routes.post("/api/p/{pid}/r/{rid}/compare", this::compareWith);
            config.routes.exception(Exception.class, (e, ctx) -> fail(ctx, 500, "服务器内部错误：" + e));
            config.routes.error(404, ctx -> {
                if (ctx.result() == null) {
                    fail(ctx, 404, "没有这个页面或报告");
                }
            });
        });
        app.start();
        guard = new Guard(settings.hostNames(), app.port(), settings.token());
        return app.port();
    }

    public void stop() {
        if (app != null) {
            app.stop();
        }
        deleteTree(uploads);
    }

    public Path dataDir() {
        return store.root();
    }

    /** The private folder uploads pass through. */
    Path uploadDir() {
        return uploads;
    }

    // ---- security -------------------------------------------------------------------------

    private void guard(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cache-Control", "no-store");
        ctx.header("Content-Security-Policy", PAGE_CSP);
        Guard g = guard;
        if (g == null) {
            stopWith(ctx, 503, "审核台正在启动，请稍候");
            return;
        }
        String refusal = g.refuse(ctx.method().name(), ctx.header("Host"), ctx.header("Origin"),
                ctx.header("Sec-Fetch-Site"), ctx.header("Sec-Fetch-Mode"));
        if (refusal != null) {
            stopWith(ctx, 403, refusal);
            return;
        }
        String query = ctx.queryParam("token");
        if (g.token() != null && g.same(query) && ctx.method() == HandlerType.GET) {
            // the printed address carries the token once; from then on a cookie carries it
            ctx.res().addHeader("Set-Cookie", Guard.COOKIE + "=" + g.token() + "; Path=/; HttpOnly; SameSite=Strict");
            ctx.redirect(ctx.path());
            ctx.skipRemainingHandlers();
            return;
        }
        if (!g.admits(ctx.cookie(Guard.COOKIE), ctx.header(Guard.HEADER), null)) {
            stopWith(ctx, 401, "需要访问令牌：请使用审核台启动时显示的完整地址（含 ?token=…）打开");
        }
    }

    private static void stopWith(Context ctx, int status, String message) {
        fail(ctx, status, message);
        ctx.skipRemainingHandlers();
    }

    /** An error as JSON for the API, as a short page otherwise; the message is always Chinese. */
    private static void fail(Context ctx, int status, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.contentType("application/json; charset=utf-8")
                    .result(Store.JSON.createObjectNode().put("error", message).toString());
        } else {
            ctx.contentType("text/html; charset=utf-8").result("<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\">"
                    + "<title>reportcheck 审核台</title><p>" + esc(message) + "</p><p><a href=\"/\">回到审核台</a></p></html>");
        }
    }

    // ---- pages ----------------------------------------------------------------------------

    private void home(Context ctx) {
        String pid = ctx.cookie(PROJECT_COOKIE);
        openProject(ctx, store.hasProject(pid) ? pid : store.newProject());
    }

    private void openProject(Context ctx, String pid) {
        ctx.res().addHeader("Set-Cookie", PROJECT_COOKIE + "=" + pid + "; Path=/; Max-Age=31536000; HttpOnly; SameSite=Strict");
        ctx.redirect("/p/" + pid + "/");
    }

    private void deskPage(Context ctx) {
        if (project(ctx) == null) {
            return;
        }
        ctx.contentType("text/html; charset=utf-8").result(resource("index.html"));
    }

    private void asset(Context ctx) {
        String name = ctx.pathParam("name");
        String type = ASSETS.get(name);
        if (type == null || name.equals("index.html")) {
            fail(ctx, 404, "没有这个文件");
            return;
        }
        ctx.contentType(type + "; charset=utf-8").result(resource(name));
    }

    private void reviewPage(Context ctx) throws IOException {
        String[] ids = report(ctx);
        if (ids == null) {
            return;
        }
        Path page = store.reportDir(ids[0], ids[1]).resolve(DeskChecker.OUTPUT + ".html");
        if (!Files.isRegularFile(page)) {
            fail(ctx, 404, "这份报告没有审查页面");
            return;
        }
        String html = Files.readString(page, StandardCharsets.UTF_8);
        String policy = "content=\"" + HtmlRenderer.contentSecurityPolicy() + "\"";
        int head = html.indexOf("</head>");
        int body = html.lastIndexOf("</body>");
        if (!html.contains(policy) || head < 0 || body < head) {
            fail(ctx, 500, "审查页面不是本程序生成的，不予打开");
            return;
        }
        // the report text in the page is escaped, so these are the page's own tags
        html = html.substring(0, head) + "<link rel=\"stylesheet\" href=\"/assets/review-desk.css\">\n"
                + html.substring(head, body) + "<script src=\"/assets/review-desk.js\"></script>\n" + html.substring(body);
        html = html.replace(policy, "content=\"" + REVIEW_CSP + "\"");
        ctx.header("Content-Security-Policy", REVIEW_CSP);
        ctx.contentType("text/html; charset=utf-8").result(html);
    }

    private void download(Context ctx) throws IOException {
        String[] ids = report(ctx);
        if (ids == null) {
            return;
        }
        String pid = ids[0];
        String rid = ids[1];
        ObjectNode meta = store.meta(pid, rid);
        String base = stem(meta.path("name").asText());
        String kind = ctx.pathParam("kind");
        Path dir = store.reportDir(pid, rid);
        switch (kind) {
            case "record" -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                String reviewer = limit(ctx.queryParam("reviewer"), 40);
                ReviewRecord.write(meta, store.result(pid, rid), store.decisions(pid, rid), store.compare(pid, rid),
                        reviewer, LocalDate.now(), out);
                send(ctx, out.toByteArray(), DOWNLOADS.get("docx")[1], base + ".审核意见单.docx");
            }
            case "baseline" -> {
                Path tmp = Files.createTempFile(uploads, "baseline", ".json");
                try {
                    Drafts.baseline(meta.path("name").asText(), store.result(pid, rid).path("findings"),
                            store.decisions(pid, rid)).write(tmp);
                    send(ctx, Files.readAllBytes(tmp), "application/json", base + ".baseline.json");
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
            case "original" -> {
                if (!meta.hasNonNull("kept")) {
                    fail(ctx, 404, "原文件检查后已删除（上传时未选择保留）");
                    return;
                }
                send(ctx, Files.readAllBytes(dir.resolve(meta.get("kept").asText())), "application/octet-stream",
                        meta.path("name").asText());
            }
            default -> {
                String[] d = DOWNLOADS.get(kind);
                if (d == null || !Files.isRegularFile(dir.resolve(d[0]))) {
                    fail(ctx, 404, "没有这个下载");
                    return;
                }
                send(ctx, Files.readAllBytes(dir.resolve(d[0])), d[1], base + d[2]);
            }
        }
    }

    private static void send(Context ctx, byte[] bytes, String type, String filename) {
        // RFC 6266: a plain ASCII fallback and the real (Chinese) name encoded
        String ascii = filename.replaceAll("[^A-Za-z0-9._-]", "_");
        ctx.header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20"));
        ctx.contentType(type).result(bytes);
    }

    // ---- API ------------------------------------------------------------------------------

    private void listReports(Context ctx) {
        String pid = project(ctx);
        if (pid == null) {
            return;
        }
        ObjectNode out = Store.JSON.createObjectNode();
        out.put("project", pid).put("maxFiles", settings.maxFiles())
                .put("maxFileMB", settings.maxFileBytes() / (1024 * 1024)).put("keepUploads", settings.keepUploads());
        ArrayNode arr = out.putArray("reports");
        for (ObjectNode m : store.reports(pid)) {
            ObjectNode n = m.deepCopy();
            n.set("decided", tally(store.decisions(pid, m.path("id").asText())));
            JsonNode c = store.compare(pid, m.path("id").asText());
            if (c != null) {
                n.putObject("compare").put("previous", c.path("previous").asText()).put("new", c.path("new").asInt())
                        .put("fixed", c.path("fixedCount").asInt()).put("remaining", c.path("remaining").asInt());
            }
            arr.add(n);
        }
        json(ctx, out);
    }

    private static ObjectNode tally(ObjectNode decisions) {
        ObjectNode t = Store.JSON.createObjectNode();
        for (Decision d : Decision.values()) {
            t.put(d.id(), 0);
        }
        decisions.forEach(d -> {
            Decision x = Decision.of(d.path("decision").asText());
            if (x != null) {
                t.put(x.id(), t.path(x.id()).asInt() + 1);
            }
        });
        return t;
    }

    private void upload(Context ctx, long maxTotal) throws IOException {
        String pid = project(ctx);
        if (pid == null) {
            return;
        }
        String limits = "一次最多上传 " + settings.maxFiles() + " 个文件，每个不超过 " + megabytes(settings.maxFileBytes());
        long length = ctx.req().getContentLengthLong();
        if (length > maxTotal) {
            fail(ctx, 413, "上传的内容太大（" + megabytes(length) + "）：" + limits);
            return;
        }
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles("files");
        } catch (Exception e) {
            // Jetty's multipart parser refuses a part over the limits, and malformed parts (a NUL in a header)
            if (tooLarge(e)) {
                fail(ctx, 413, "文件太大：" + limits);
            } else {
                fail(ctx, 400, "上传的内容无法读取（不完整或格式不对），请重新上传");
            }
            return;
        }
        if (files.isEmpty()) {
            fail(ctx, 400, "没有收到文件：请把报告拖到页面上，或点击“选择文件”");
            return;
        }
        if (files.size() > settings.maxFiles()) {
            fail(ctx, 413, "一次上传了 " + files.size() + " 个文件：" + limits);
            return;
        }
        boolean keep = settings.keepUploads() || "1".equals(ctx.formParam("keep"));
        String previous = ctx.formParam("previous");
        previous = previous == null ? DeskChecker.AUTO : previous;
        if (!previous.isEmpty() && !previous.equals(DeskChecker.AUTO) && !store.hasReport(pid, previous)) {
            fail(ctx, 400, "选定的上一稿不存在");
            return;
        }
        ObjectNode out = Store.JSON.createObjectNode();
        ArrayNode reports = out.putArray("reports");
        ArrayNode refused = out.putArray("refused");
        for (UploadedFile f : files) {
            String name = SafeName.of(f.filename());
            if (f.size() > settings.maxFileBytes()) {
                refused.addObject().put("name", name).put("error", "文件太大（" + megabytes(f.size()) + "）："
                        + "每个文件不超过 " + megabytes(settings.maxFileBytes()));
                continue;
            }
            Path dir = Files.createTempDirectory(uploads, "u", ownerOnly(true));
            try {
                Path file = dir.resolve(name);
                if (!file.normalize().getParent().equals(dir)) {
                    throw new IllegalStateException("neutralised name left its folder: " + name);
                }
                Files.createFile(file, ownerOnly(false));
                try (InputStream in = f.content()) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                reports.add(checker.check(pid, file, name, keep, previous));
            } finally {
                deleteTree(dir);
            }
        }
        json(ctx, out);
    }

    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("max") || m.contains("size") || m.contains("exceed") || m.contains("413")) {
                return true;
            }
        }
        return false;
    }

    private void reportData(Context ctx) {
        String[] ids = report(ctx);
        if (ids == null) {
            return;
        }
        ObjectNode out = Store.JSON.createObjectNode();
        out.set("meta", store.meta(ids[0], ids[1]));
        out.set("decisions", store.decisions(ids[0], ids[1]));
        JsonNode c = store.compare(ids[0], ids[1]);
        if (c != null) {
            out.set("compare", c);
        }
        ArrayNode others = out.putArray("others");
        for (ObjectNode m : store.reports(ids[0])) {
            if (!m.path("id").asText().equals(ids[1]) && "checked".equals(m.path("status").asText())) {
                others.addObject().put("id", m.path("id").asText()).put("name", m.path("name").asText())
                        .put("uploaded", m.path("uploaded").asText());
            }
        }
        json(ctx, out);
    }

    private void decide(Context ctx) {
        String[] ids = report(ctx);
        JsonNode body = jsonBody(ctx);
        if (ids == null || body == null) {
            return;
        }
        int index = body.path("index").asInt(-1);
        int size = store.result(ids[0], ids[1]).path("findings").size();
        String id = body.path("decision").asText("");
        Decision d = Decision.of(id);
        if (index < 0 || index >= size || d == null && !id.isEmpty()) {
            fail(ctx, 400, "审核意见无效：应为已修改、不是问题或待定之一，且对应一条问题");
            return;
        }
        ObjectNode all = store.decide(ids[0], ids[1], index, d, limit(body.path("reason").asText(""), 200),
                limit(body.path("by").asText(""), 40));
        json(ctx, all);
    }

    private void compareWith(Context ctx) {
        String[] ids = report(ctx);
        JsonNode body = jsonBody(ctx);
        if (ids == null || body == null) {
            return;
        }
        String before = body.path("previous").asText("");
        if (before.equals(ids[1]) || !store.hasReport(ids[0], before)
                || !"checked".equals(store.meta(ids[0], before).path("status").asText())) {
            fail(ctx, 400, "选定的上一稿不存在或未能检查");
            return;
        }
        checker.compare(ids[0], ids[1], before);
        reportData(ctx);
    }

    // ---- helpers --------------------------------------------------------------------------

    /** The project of the path, or null after answering 404. */
    private String project(Context ctx) {
        String pid = ctx.pathParam("pid");
        if (!store.hasProject(pid)) {
            fail(ctx, 404, "没有这个项目");
            return null;
        }
        return pid;
    }

    private String[] report(Context ctx) {
        String pid = project(ctx);
        if (pid == null) {
            return null;
        }
        String rid = ctx.pathParam("rid");
        if (!store.hasReport(pid, rid)) {
            fail(ctx, 404, "这个项目里没有这份报告");
            return null;
        }
        return new String[] {pid, rid};
    }

    /** A JSON request body, or null after answering 400; only JSON, so no HTML form can post here. */
    private static JsonNode jsonBody(Context ctx) {
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

    private static void json(Context ctx, JsonNode n) {
        ctx.contentType("application/json; charset=utf-8").result(n.toString());
    }

    private static String limit(String s, int max) {
        if (s == null) {
            return "";
        }
        String t = s.strip().replaceAll("\\p{Cntrl}", " ");
        return t.codePointCount(0, t.length()) <= max ? t : t.substring(0, t.offsetByCodePoints(0, max));
    }

    private static String stem(String name) {
        String ext = SafeName.extension(name);
        return name.substring(0, name.length() - ext.length());
    }

    static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? String.format("%.1f MB", bytes / 1048576.0).replace(".0 MB", " MB")
                : Math.max(1, bytes / 1024) + " KB";
    }

    private static String resource(String name) {
        try (InputStream in = DeskServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource reportcheck/desk/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static java.nio.file.attribute.FileAttribute<?>[] ownerOnly(boolean dir) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new java.nio.file.attribute.FileAttribute<?>[0]; // Windows: the user's temp folder is already private
        }
        return new java.nio.file.attribute.FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(dir ? "rwx------" : "rw-------"))};
    }

    /** The upload folder: readable by this user only, removed when the server stops. */
    private static Path privateTempDir() throws IOException {
        Path dir = Files.createTempDirectory("reportcheck-desk-", ownerOnly(true));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir), "reportcheck-desk-cleanup"));
        return dir;
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover in the private temp folder is removed with it at the next stop
        }
    }

    /** The host names to accept: loopback always, plus the given host (all local addresses for 0.0.0.0). */
    public static Set<String> hostNames(String host) {
        Set<String> names = new java.util.TreeSet<>(List.of("127.0.0.1", "localhost", "[::1]"));
        if (host == null) {
            return names;
        }
        String h = host.toLowerCase(java.util.Locale.ROOT);
        if (h.equals("0.0.0.0") || h.equals("::") || h.equals("[::]")) {
            try {
                for (var ni : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
                    // IPv4 only: an IPv6 address has several spellings, and a browser's Host uses one we would have to guess
                    for (var a : java.util.Collections.list(ni.getInetAddresses())) {
                        if (a instanceof java.net.Inet4Address) {
                            names.add(a.getHostAddress());
                        }
                    }
                }
                names.add(java.net.InetAddress.getLocalHost().getHostName().toLowerCase(java.util.Locale.ROOT));
            } catch (IOException e) {
                // the loopback names remain
            }
        } else {
            names.add(h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h);
        }
        return names;
    }
}

package reportcheck.desk;

import static reportcheck.desk.Replies.fail;
import static reportcheck.desk.Replies.limit;
import static reportcheck.desk.Replies.send;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
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
    private final DeskApi api;
    private Javalin app;
    private volatile Guard guard;

    public DeskServer(Settings settings, reportcheck.batch.ReportRunner runner) throws IOException {
        this(settings, runner, java.util.function.UnaryOperator.identity());
    }

    /** @param configure the office's rule settings, applied to each report's findings as {@code check} applies them */
    public DeskServer(Settings settings, reportcheck.batch.ReportRunner runner,
            java.util.function.UnaryOperator<reportcheck.finding.CheckResult> configure) throws IOException {
        this.settings = settings;
        this.store = new Store(settings.data());
        Files.createDirectories(store.root());
        this.checker = new DeskChecker(runner, configure, store);
        this.uploads = privateTempDir();
        this.api = new DeskApi(settings, store, checker, uploads);
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
            config.routes.get("/api/p/{pid}/reports", api::listReports);
            config.routes.post("/api/p/{pid}/upload", ctx -> api.upload(ctx, maxTotal));
            config.routes.get("/api/p/{pid}/r/{rid}", api::reportData);
            config.routes.post("/api/p/{pid}/r/{rid}/decision", api::decide);
            config.routes.post("/api/p/{pid}/r/{rid}/compare", api::compareWith);
            config.routes.exception(Exception.class, (e, ctx) -> fail(ctx, 500, "服务器内部错误：" + e));
            config.routes.error(404, ctx -> {
                if (ctx.attribute(Replies.ANSWERED) == null) {
                    fail(ctx, 404, "没有这个页面");
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
        if (!g.admits(ctx.cookie(Guard.COOKIE), ctx.header(Guard.HEADER))) {
            stopWith(ctx, 401, "需要访问令牌：请使用审核台启动时显示的完整地址（含 ?token=…）打开");
        }
    }

    private static void stopWith(Context ctx, int status, String message) {
        fail(ctx, status, message);
        ctx.skipRemainingHandlers();
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
        if (api.project(ctx) == null) {
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
        String[] ids = api.report(ctx);
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
        String[] ids = api.report(ctx);
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





    private static String stem(String name) {
        String ext = SafeName.extension(name);
        return name.substring(0, name.length() - ext.length());
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


    static java.nio.file.attribute.FileAttribute<?>[] ownerOnly(boolean dir) {
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

package reportcheck.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk refuses what a hostile page, a rebound host name or a careless upload would make it do. */
class DeskSecurityTest {
    static final byte[] REPORT = "某县司法局关于2023年法治政府建设情况的报告\n一、主要工作\n我局推进依法行政。\n"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path data;

    @Test
    void aRequestFromAnotherSiteIsRefusedAndChangesNothing() throws Exception {
        try (Desk d = new Desk(data)) {
            String pid = d.project();
            HttpResponse<String> r = d.upload(pid, "http://evil.example", null, "a.txt", REPORT);
            assertEquals(403, r.statusCode());
            assertTrue(r.body().contains("其他网站"), r.body());
            // no Origin at all: a cross-site form or a script that hides it
            assertEquals(403, d.upload(pid, null, null, "a.txt", REPORT).statusCode());
            // a page of another site may not read the project's data either
            HttpResponse<String> read = d.send(HttpRequest.newBuilder(URI.create(d.origin + "/api/p/" + pid + "/reports"))
                    .header("Origin", "http://evil.example").GET());
            assertEquals(403, read.statusCode());
            HttpResponse<String> sneak = d.send(HttpRequest.newBuilder(URI.create(d.origin + "/api/p/" + pid + "/reports"))
                    .header("Sec-Fetch-Site", "cross-site").header("Sec-Fetch-Mode", "no-cors").GET());
            assertEquals(403, sneak.statusCode());
            assertEquals(0, d.getJson("/api/p/" + pid + "/reports").path("reports").size());
            // the same upload from the desk's own page goes through
            HttpResponse<String> ok = d.upload(pid, d.origin, null, "a.txt", REPORT);
            assertEquals(200, ok.statusCode(), ok.body());
            assertEquals(1, d.getJson("/api/p/" + pid + "/reports").path("reports").size());
        }
    }

    @Test
    void aDecisionMustBeJsonFromTheDesksOwnPage() throws Exception {
        try (Desk d = new Desk(data)) {
            String pid = d.project();
            String rid = Store.JSON.readTree(d.upload(pid, d.origin, null, "a.txt", REPORT).body())
                    .path("reports").get(0).path("id").asText();
            String path = "/api/p/" + pid + "/r/" + rid + "/decision";
            HttpResponse<String> form = d.send(HttpRequest.newBuilder(URI.create(d.origin + path)).header("Origin", d.origin)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("index=0&decision=fixed")));
            assertEquals(415, form.statusCode());
            HttpResponse<String> foreign = d.send(HttpRequest.newBuilder(URI.create(d.origin + path))
                    .header("Origin", "http://evil.example").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"index\":0,\"decision\":\"fixed\"}")));
            assertEquals(403, foreign.statusCode());
            assertEquals(0, d.getJson("/api/p/" + pid + "/r/" + rid).path("decisions").size());
        }
    }

    @Test
    void aHostHeaderThatIsNotThisServerIsRefused() throws Exception {
        try (Desk d = new Desk(data)) {
            // DNS rebinding: evil.example now resolves to 127.0.0.1, and the browser sends its own name
            assertTrue(rawStatusLine(d.port, "evil.example:" + d.port).contains(" 403 "));
            assertTrue(rawStatusLine(d.port, "127.0.0.1:" + (d.port + 1)).contains(" 403 "));
            assertTrue(rawStatusLine(d.port, "localhost:" + d.port).contains(" 302 "));
            assertTrue(rawStatusLine(d.port, "127.0.0.1:" + d.port).contains(" 302 "));
        }
    }

    @Test
    void tooManyOrTooLargeFilesGetAClearMessage() throws Exception {
        try (Desk d = new Desk(data, 2, 2048, null, null)) {
            String pid = d.project();
            HttpResponse<String> many = d.upload(pid, d.origin, null, "a.txt", REPORT, "b.txt", REPORT, "c.txt", REPORT);
            assertEquals(413, many.statusCode());
            assertTrue(error(many).contains("一次上传了 3 个文件：一次最多上传 2 个文件，每个不超过 2 KB"), error(many));
            // larger than one file may be, smaller than the whole request may be
            HttpResponse<String> big = d.upload(pid, d.origin, null, "big.txt", new byte[64 * 1024]);
            assertEquals(413, big.statusCode());
            assertTrue(error(big).startsWith("文件太大：一次最多上传 2 个文件，每个不超过 2 KB"), error(big));
            // larger than any request may be: refused before it is read
            String huge = rawPost(d.port, "/api/p/" + pid + "/upload", d.origin, 3L * 1024 * 1024);
            assertTrue(huge.startsWith("HTTP/1.1 413 "), huge);
            assertTrue(huge.contains("上传的内容太大（3 MB）：一次最多上传 2 个文件"), huge);
            assertEquals(0, d.getJson("/api/p/" + pid + "/reports").path("reports").size());
        }
    }

    @Test
    void pathLikeFileNamesStayInsideThePrivateUploadFolderWhichIsEmptiedAfterChecking() throws Exception {
        Path outside = data.resolve("outside");
        Files.createDirectories(outside);
        try (Desk d = new Desk(data.resolve("desk"))) {
            Path uploads = d.server.uploadDir();
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(uploads)));
            String pid = d.project();
            String up = "../".repeat(12);
            HttpResponse<String> r = d.upload(pid, d.origin, null, up + "tmp/evil.txt", REPORT,
                    outside + "/abs.txt", REPORT, "C:\\\\Windows\\\\win.txt", REPORT, "..", REPORT, ".hidden.txt", REPORT);
            assertEquals(200, r.statusCode(), r.body());
            List<String> names = new ArrayList<>();
            for (JsonNode m : Store.JSON.readTree(r.body()).path("reports")) {
                names.add(m.path("name").asText());
                assertEquals("checked", m.path("status").asText(), m.toString());
            }
            assertEquals(List.of("evil.txt", "abs.txt", "win.txt", "报告", "hidden.txt"), names);
            // a NUL in the name: Jetty refuses the part as malformed, and the reviewer is told so
            HttpResponse<String> nul = d.upload(pid, d.origin, null, "nul\u0000/../byte.txt", REPORT);
            assertEquals(400, nul.statusCode());
            assertTrue(error(nul).startsWith("上传的内容无法读取"), nul.body());
            assertFalse(Files.exists(Path.of("/tmp/evil.txt")) && Files.size(Path.of("/tmp/evil.txt")) == REPORT.length
                    && Files.readString(Path.of("/tmp/evil.txt")).equals(new String(REPORT, StandardCharsets.UTF_8)));
            assertFalse(Files.exists(outside.resolve("abs.txt")));
            try (Stream<Path> left = Files.walk(uploads)) {
                assertEquals(List.of(uploads), left.toList(), "uploads are deleted once checked");
            }
            // nothing was kept beside the checklists either
            try (Stream<Path> kept = Files.walk(data.resolve("desk"))) {
                assertTrue(kept.noneMatch(p -> p.getFileName().toString().startsWith("original")));
            }
        }
    }

    @Test
    void withHostGivenEveryRequestNeedsTheToken() throws Exception {
        String token = "0123456789abcdef0123456789abcdef";
        try (Desk d = new Desk(data, 20, 1024 * 1024, "127.0.0.1", token)) {
            HttpResponse<String> none = d.get("/");
            assertEquals(401, none.statusCode());
            assertTrue(none.body().contains("需要访问令牌"), none.body());
            assertEquals(401, d.get("/?token=wrong").statusCode());
            assertEquals(401, d.get("/assets/desk.js").statusCode());
            HttpResponse<String> first = d.get("/?token=" + token);
            assertEquals(302, first.statusCode());
            String cookie = first.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(Guard.COOKIE + "="))
                    .findFirst().orElseThrow();
            assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
            HttpResponse<String> withCookie = d.send(HttpRequest.newBuilder(URI.create(d.origin + "/"))
                    .header("Cookie", cookie.substring(0, cookie.indexOf(';'))).GET());
            assertEquals(302, withCookie.statusCode());
            HttpResponse<String> withHeader = d.send(HttpRequest.newBuilder(URI.create(d.origin + "/assets/desk.js"))
                    .header(Guard.HEADER, token).GET());
            assertEquals(200, withHeader.statusCode());
        }
    }

    @Test
    void theReviewPageKeepsItsPolicyWithOnlyTheDesksOwnFilesAdded() throws Exception {
        try (Desk d = new Desk(data)) {
            String pid = d.project();
            String rid = Store.JSON.readTree(d.upload(pid, d.origin, null, "<script>x.txt", REPORT).body())
                    .path("reports").get(0).path("id").asText();
            HttpResponse<String> page = d.get("/p/" + pid + "/r/" + rid + "/");
            assertEquals(200, page.statusCode());
            String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertEquals(DeskServer.REVIEW_CSP, csp);
            assertTrue(csp.startsWith("default-src 'none'; style-src 'self' 'sha256-"), csp);
            assertFalse(csp.contains("unsafe") || csp.contains("http"), csp);
            assertTrue(page.body().contains("content=\"" + csp + "\""));
            assertFalse(page.body().contains("content=\"" + reportcheck.render.HtmlRenderer.contentSecurityPolicy() + "\""));
            assertFalse(page.body().contains("<script>x"), "the file name is escaped");
            assertEquals(1, page.body().split("<script src=", -1).length - 1);
            // the standalone page downloaded is the one check writes, policy untouched
            String standalone = new String(d.bytes("/p/" + pid + "/r/" + rid + "/file/html"), StandardCharsets.UTF_8);
            assertTrue(standalone.contains("content=\"" + reportcheck.render.HtmlRenderer.contentSecurityPolicy() + "\""));
            // another project's id does not open this report
            String other = d.project();
            assertEquals(404, d.get("/p/" + other + "/r/" + rid + "/").statusCode());
            assertEquals(404, d.get("/api/p/" + other + "/r/" + rid).statusCode());
            HttpResponse<String> nothing = d.get("/nothing");
            assertEquals(404, nothing.statusCode());
            assertTrue(nothing.body().contains("没有这个页面"), nothing.body());
            assertTrue(d.get("/api/p/" + other + "/r/" + rid).body().contains("这个项目里没有这份报告"));
        }
    }

    /** The whole answer to a POST announcing {@code length} bytes of which none are sent. */
    private static String rawPost(int port, String path, String origin, long length) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(20_000);
            OutputStream o = s.getOutputStream();
            o.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nOrigin: " + origin
                    + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: " + length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            o.flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String error(HttpResponse<String> r) throws IOException {
        return Store.JSON.readTree(r.body()).path("error").asText();
    }

    /** The status line for a GET with this Host header, sent by hand: HttpClient will not send a false Host. */
    private static String rawStatusLine(int port, String host) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            OutputStream o = s.getOutputStream();
            o.write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            o.flush();
            InputStream in = s.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c; (c = in.read()) >= 0 && c != '\n'; ) {
                line.append((char) c);
            }
            return line.toString();
        }
    }
}

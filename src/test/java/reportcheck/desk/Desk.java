package reportcheck.desk;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import reportcheck.batch.ReportRunner;
import reportcheck.input.Readers;
import reportcheck.support.Engine;

/** A desk server on a free loopback port over a test's data folder, and requests to it as a browser makes them. */
final class Desk implements AutoCloseable {
    final DeskServer server;
    final int port;
    final String origin;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    Desk(Path data) throws IOException {
        this(data, 20, 50L * 1024 * 1024, null, null);
    }

    /** {@code host} null: loopback only, as {@code serve} without {@code --host}. */
    Desk(Path data, int maxFiles, long maxFileBytes, String host, String token) throws IOException {
        this(data, maxFiles, maxFileBytes, host, token, java.util.function.UnaryOperator.identity());
    }

    /** A desk applying an office's rule settings, as {@code serve --config} does. */
    Desk(Path data, java.util.function.UnaryOperator<reportcheck.finding.CheckResult> configure) throws IOException {
        this(data, 20, 50L * 1024 * 1024, null, null, configure);
    }

    private Desk(Path data, int maxFiles, long maxFileBytes, String host, String token,
            java.util.function.UnaryOperator<reportcheck.finding.CheckResult> configure) throws IOException {
        server = new DeskServer(new DeskServer.Settings(host == null ? "127.0.0.1" : host, 0, data, maxFiles,
                maxFileBytes, false, DeskServer.hostNames(host), token),
                new ReportRunner(Readers.standard(), Engine.checker(), Duration.ofSeconds(60)), configure);
        port = server.start();
        origin = "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.stop();
    }

    /** A new project, as a first visit to / makes one. */
    String project() throws IOException, InterruptedException {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(origin + "/")).GET());
        String location = r.headers().firstValue("Location").orElseThrow();
        return location.replaceAll("^/p/([a-f0-9]+)/$", "$1");
    }

    HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(origin + path)).GET());
    }

    JsonNode getJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200) {
            throw new AssertionError(path + ": " + r.statusCode() + " " + r.body());
        }
        return Store.JSON.readTree(r.body());
    }

    byte[] bytes(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(origin + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new AssertionError(path + ": " + r.statusCode());
        }
        return r.body();
    }

    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(origin + path)).header("Origin", origin)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A multipart upload of {@code files} (name → bytes) as the page sends it, from {@code from} (an Origin, or null). */
    HttpResponse<String> upload(String pid, String from, String previous, Object... namesAndBytes)
            throws IOException, InterruptedException {
        String boundary = "----reportcheck" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < namesAndBytes.length; i += 2) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + namesAndBytes[i] + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes((byte[]) namesAndBytes[i + 1]);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        if (previous != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"previous\"\r\n\r\n" + previous
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(origin + "/api/p/" + pid + "/upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (from != null) {
            b.header("Origin", from);
        }
        return send(b);
    }

    static Set<String> loopback() {
        return DeskServer.hostNames(null);
    }
}

package reportcheck.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import reportcheck.batch.OutputWriter;

/**
 * The desk's data folder: {@code projects/ID/project.json} and, per checked report,
 * {@code projects/ID/reports/RID/} with {@code meta.json} (file, title, issuer, time, the draft it
 * follows), the outputs of the check ({@code report.json} and the others, named as {@code check}
 * names them), {@code compare.json} against the earlier draft and {@code decisions.json}. Every
 * file is written to a temporary file and moved into place, so a crash never leaves half a file.
 * A project id is a long random name: knowing it is what lets a second reviewer share a project.
 */
final class Store {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Pattern PROJECT_ID = Pattern.compile("[a-f0-9]{24}");
    private static final Pattern REPORT_ID = Pattern.compile("[0-9]{17}-[a-f0-9]{6}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path root;

    Store(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    static boolean isProjectId(String id) {
        return id != null && PROJECT_ID.matcher(id).matches();
    }

    static boolean isReportId(String id) {
        return id != null && REPORT_ID.matcher(id).matches();
    }

    synchronized String newProject() {
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        String id = HexFormat.of().formatHex(b);
        ObjectNode p = JSON.createObjectNode().put("id", id).put("created", now());
        write(projectDir(id).resolve("project.json"), p);
        return id;
    }

    boolean hasProject(String pid) {
        return isProjectId(pid) && Files.isRegularFile(projectDir(pid).resolve("project.json"));
    }

    synchronized ObjectNode project(String pid) {
        return (ObjectNode) read(projectDir(pid).resolve("project.json"));
    }

    Path projectDir(String pid) {
        if (!isProjectId(pid)) {
            throw new IllegalArgumentException("bad project id");
        }
        return root.resolve("projects").resolve(pid);
    }

    Path reportDir(String pid, String rid) {
        if (!isReportId(rid)) {
            throw new IllegalArgumentException("bad report id");
        }
        return projectDir(pid).resolve("reports").resolve(rid);
    }

    boolean hasReport(String pid, String rid) {
        return isProjectId(pid) && isReportId(rid) && Files.isRegularFile(reportDir(pid, rid).resolve("meta.json"));
    }

    synchronized String newReportId(String pid) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS"));
        while (true) {
            byte[] b = new byte[3];
            RANDOM.nextBytes(b);
            String id = stamp + "-" + HexFormat.of().formatHex(b);
            Path dir = reportDir(pid, id);
            if (!Files.exists(dir)) {
                try {
                    Files.createDirectories(dir);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return id;
            }
        }
    }

    /** The project's checked reports, newest first. */
    synchronized List<ObjectNode> reports(String pid) {
        Path dir = projectDir(pid).resolve("reports");
        List<ObjectNode> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                Path meta = p.resolve("meta.json");
                if (isReportId(p.getFileName().toString()) && Files.isRegularFile(meta)) {
                    out.add((ObjectNode) read(meta));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(Comparator.comparing((ObjectNode n) -> n.path("id").asText()).reversed());
        return out;
    }

    synchronized ObjectNode meta(String pid, String rid) {
        return (ObjectNode) read(reportDir(pid, rid).resolve("meta.json"));
    }

    synchronized void writeMeta(String pid, String rid, ObjectNode meta) {
        write(reportDir(pid, rid).resolve("meta.json"), meta);
    }

    /** The public JSON of the check ({@code report.json}). */
    synchronized JsonNode result(String pid, String rid) {
        return read(reportDir(pid, rid).resolve(DeskChecker.OUTPUT + ".json"));
    }

    /** Decisions by finding index: {"3": {"decision", "reason", "by", "at", "carried"}}. */
    synchronized ObjectNode decisions(String pid, String rid) {
        Path f = reportDir(pid, rid).resolve("decisions.json");
        return Files.isRegularFile(f) ? (ObjectNode) read(f) : JSON.createObjectNode();
    }

    synchronized void writeDecisions(String pid, String rid, ObjectNode decisions) {
        write(reportDir(pid, rid).resolve("decisions.json"), decisions);
    }

    synchronized ObjectNode decide(String pid, String rid, int index, Decision d, String reason, String by) {
        ObjectNode all = decisions(pid, rid);
        if (d == null) {
            all.remove(String.valueOf(index));
        } else {
            all.putObject(String.valueOf(index)).put("decision", d.id()).put("reason", reason).put("by", by)
                    .put("at", now());
        }
        writeDecisions(pid, rid, all);
        return all;
    }

    synchronized JsonNode compare(String pid, String rid) {
        Path f = reportDir(pid, rid).resolve("compare.json");
        return Files.isRegularFile(f) ? read(f) : null;
    }

    synchronized void writeCompare(String pid, String rid, JsonNode compare) {
        write(reportDir(pid, rid).resolve("compare.json"), compare);
    }

    static String now() {
        return LocalDateTime.now().withNano(0).toString();
    }

    static JsonNode read(Path f) {
        try {
            return JSON.readTree(Files.readString(f, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code n} to {@code f} complete or not at all, as every output is written ({@link OutputWriter}). */
    static void write(Path f, JsonNode n) {
        try {
            new OutputWriter(f.getParent()).write(f.getFileName().toString(),
                    w -> w.write(JSON.writeValueAsString(n) + "\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

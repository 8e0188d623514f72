package reportcheck.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import reportcheck.batch.OutputGuard;
import reportcheck.batch.OutputWriter;
import reportcheck.batch.ReportRunner;
import reportcheck.finding.CheckResult;
import reportcheck.finding.Severity;
import reportcheck.render.OutputFormat;
import reportcheck.render.Renderers;

/**
 * Checks one uploaded file into a new report folder of a project: the same {@link ReportRunner}
 * and rule base as {@code check}, the same outputs written the same way ({@link OutputWriter}:
 * complete or absent), then the comparison with the draft it follows, if any.
 */
final class DeskChecker {
    /** The outputs' file name in a report folder: report.json, report.md, report.html, report.reviewed.docx. */
    static final String OUTPUT = "report";
    static final List<OutputFormat> FORMATS = Renderers.standard().select("json,md,html,docx");
    /** The earlier draft: found by title and issuer. */
    static final String AUTO = "auto";

    private final ReportRunner runner;
    /** The office's rule settings (rules off, severities changed), as {@code check --config} applies them. */
    private final java.util.function.UnaryOperator<CheckResult> configure;
    private final Store store;
    /** Reports checked at once, whatever the number of uploads arriving together: one per processor. */
    private final Semaphore slots = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

    DeskChecker(ReportRunner runner, java.util.function.UnaryOperator<CheckResult> configure, Store store) {
        this.runner = runner;
        this.configure = configure;
        this.store = store;
    }

    /**
     * @param file the uploaded file, in the private upload folder; read, never written
     * @param name its neutralised file name, shown as the report's source
     * @param previous {@link #AUTO}, a report id of the project, or empty for no comparison
     * @return the new report's meta
     */
    ObjectNode check(String pid, Path file, String name, boolean keep, String previous) throws IOException {
        String rid = store.newReportId(pid);
        Path dir = store.reportDir(pid, rid);
        CheckResult r;
        slots.acquireUninterruptibly();
        try {
            r = configure.apply(runner.run(file, name));
        } finally {
            slots.release();
        }
        OutputWriter writer = new OutputWriter(dir);
        ObjectNode meta = Store.JSON.createObjectNode();
        meta.put("id", rid).put("name", name).put("uploaded", Store.now()).put("status", r.status());
        if (!r.ok()) {
            meta.put("error", r.error());
        }
        meta.put("title", r.title()).put("issuer", r.issuer()).put("format", r.format());
        if (r.reportingYear() != null) {
            meta.put("year", r.reportingYear());
        }
        ObjectNode counts = meta.putObject("counts");
        for (Severity s : Severity.values()) {
            counts.put(s.id(), r.count(s));
        }
        var downloads = meta.putArray("downloads");
        var problems = meta.putArray("problems");
        for (OutputFormat f : FORMATS) {
            if (f.skipReason(r, file) != null) {
                continue;
            }
            try {
                writer.write(r, file, OUTPUT, f);
                downloads.add(f.format());
            } catch (IOException | RuntimeException e) {
                problems.add("无法写出 " + f.format() + "：" + (e instanceof IOException io ? OutputGuard.explain(io) : e));
            }
        }
        if (keep) {
            Files.copy(file, dir.resolve("original" + SafeName.extension(name)));
            meta.put("kept", "original" + SafeName.extension(name));
        }
        if (r.ok() && downloads.toString().contains("\"json\"")) {
            String before = DeskChecker.AUTO.equals(previous) ? earlierDraft(pid, rid, r) : previous;
            if (before != null && !before.isEmpty() && !before.equals(rid) && store.hasReport(pid, before)) {
                compare(pid, rid, before);
            }
        }
        // meta.json last: a report is listed only once everything of it is in place
        store.writeMeta(pid, rid, meta);
        return meta;
    }

    /** Compares report {@code rid} with {@code before} and carries the 不是问题 decisions over. */
    void compare(String pid, String rid, String before) {
        JsonNode beforeResult = store.result(pid, before);
        Drafts.Comparison c = Drafts.compare(store.meta(pid, before), beforeResult.path("findings"),
                store.decisions(pid, before), store.result(pid, rid).path("findings"));
        store.writeCompare(pid, rid, c.compare());
        store.writeDecisions(pid, rid, c.carried());
    }

    /** The newest checked report of the project with the same title and issuer (the title known). */
    private String earlierDraft(String pid, String rid, CheckResult r) {
        if (r.title() == null || r.title().isBlank()) {
            return null;
        }
        for (ObjectNode m : store.reports(pid)) {
            if (!m.path("id").asText().equals(rid) && CheckResult.CHECKED.equals(m.path("status").asText())
                    && r.title().equals(text(m, "title")) && Objects.equals(r.issuer(), text(m, "issuer"))) {
                return m.path("id").asText();
            }
        }
        return null;
    }

    private static String text(JsonNode n, String key) {
        return n.path(key).isTextual() ? n.path(key).asText() : null;
    }
}

package reportcheck.desk;

import static reportcheck.desk.Replies.fail;
import static reportcheck.desk.Replies.json;
import static reportcheck.desk.Replies.jsonBody;
import static reportcheck.desk.Replies.limit;
import static reportcheck.desk.Replies.megabytes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The JSON API the desk's pages call: the project's reports, an upload (checked one file at a
 * time in a folder of its own inside the private upload folder, deleted afterwards), one report's
 * data, a decision, a comparison with a draft the reviewer chooses.
 */
final class DeskApi {
    private final DeskServer.Settings settings;
    private final Store store;
    private final DeskChecker checker;
    private final Path uploads;

    DeskApi(DeskServer.Settings settings, Store store, DeskChecker checker, Path uploads) {
        this.settings = settings;
        this.store = store;
        this.checker = checker;
        this.uploads = uploads;
    }

    /** The project of the path, or null after answering 404. */
    String project(Context ctx) {
        String pid = ctx.pathParam("pid");
        if (!store.hasProject(pid)) {
            fail(ctx, 404, "没有这个项目");
            return null;
        }
        return pid;
    }

    /** The project and report ids of the path, or null after answering 404. */
    String[] report(Context ctx) {
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

    void listReports(Context ctx) {
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

    void upload(Context ctx, long maxTotal) throws IOException {
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
            Path dir = Files.createTempDirectory(uploads, "u", DeskServer.ownerOnly(true));
            try {
                Path file = dir.resolve(name);
                if (!file.normalize().getParent().equals(dir)) {
                    throw new IllegalStateException("neutralised name left its folder: " + name);
                }
                Files.createFile(file, DeskServer.ownerOnly(false));
                try (InputStream in = f.content()) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                reports.add(checker.check(pid, file, name, keep, previous));
            } finally {
                DeskServer.deleteTree(dir);
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

    void reportData(Context ctx) {
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

    void decide(Context ctx) {
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

    void compareWith(Context ctx) {
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
}

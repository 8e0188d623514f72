package reportcheck.batch;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reportcheck.render.OutputFormat;

/**
 * Keeps a run from touching its inputs and its outputs from touching each other: refuses an
 * output folder that is an input folder (or, unless the user named it, lies inside one), and any
 * planned output (checklist, summary, baseline) that would land on an input file or on another
 * planned output. Paths are compared after resolving symbolic links, so a link cannot smuggle
 * an input in.
 */
public final class OutputGuard {
    private OutputGuard() {
    }

    /**
     * Everything a run will write and everything it reads. {@code otherInputs} are the files read
     * besides the reports (configuration, baseline, earlier reports); {@code baselineOut} is the
     * {@code --write-baseline} file or null.
     */
    public record Plan(Path out, boolean outGiven, List<Path> given, List<InputFile> files,
            List<? extends OutputFormat> formats, List<Path> otherInputs, Path baselineOut) {
    }

    /**
     * Why the run must not start, or null when no output lands on an input or on another output.
     * Every output path is resolved to the file it would replace (links followed as far as the
     * path exists), so neither a link nor a name like {@code sub/..} can get past the check.
     */
    public static String clash(Plan plan) {
        Path out = plan.out();
        Path o = real(out);
        for (Path p : plan.given()) {
            if (!Files.isDirectory(p)) {
                continue;
            }
            Path in = real(p);
            if (o.equals(in)) {
                return "输出目录 " + out + " 就是输入目录；清单不写进输入文件夹，请用 --out 另指一个目录";
            }
            if (o.startsWith(in) && !plan.outGiven()) {
                return "默认输出目录 " + out + " 位于输入目录 " + p
                        + " 之内；未经指定不写入输入文件夹，请用 --out 指明输出目录";
            }
        }
        Resolver resolver = new Resolver();
        Map<Path, String> inputs = new HashMap<>();
        for (InputFile f : plan.files()) {
            inputs.putIfAbsent(resolver.real(f.path()), f.source());
        }
        for (Path p : plan.otherInputs()) {
            inputs.putIfAbsent(resolver.real(p), p.toString());
        }
        Map<Path, String> outputs = new LinkedHashMap<>();
        for (InputFile f : plan.files()) {
            for (OutputFormat r : plan.formats()) {
                String why = claim(out.resolve(f.outputName() + "." + r.extension()), resolver, inputs, outputs);
                if (why != null) {
                    return why;
                }
            }
        }
        for (String name : SummaryFiles.NAMES) {
            String why = claim(out.resolve(name), resolver, inputs, outputs);
            if (why != null) {
                return why;
            }
        }
        if (plan.baselineOut() != null && Files.isDirectory(plan.baselineOut())) {
            return "--write-baseline 给的 " + plan.baselineOut() + " 是文件夹；请给出基线文件的文件名，如 baseline.json";
        }
        return plan.baselineOut() == null ? null : claim(plan.baselineOut(), resolver, inputs, outputs);
    }

    /** Records {@code target} as an output, or says why it may not be one. */
    private static String claim(Path target, Resolver resolver, Map<Path, String> inputs, Map<Path, String> outputs) {
        Path r = resolver.real(target);
        String input = inputs.get(r);
        if (input != null) {
            return "输出 " + target + " 会覆盖输入文件 " + input + "；没有写出任何文件，请换一个输出位置";
        }
        String other = outputs.putIfAbsent(r, target.toString());
        if (other != null) {
            return "输出 " + target + " 和输出 " + other
                    + " 是同一个文件，后写的会覆盖先写的；没有写出任何文件，请换一个输出位置";
        }
        return null;
    }

    /**
     * Resolves paths as {@link #real} does, each folder once: a batch's thousands of files lie in
     * a few folders, and resolving a path whole asks the system about every folder above it.
     */
    private static final class Resolver {
        /**
         * Whether a real path differs from the path only by the links resolved, as on Linux. Where
         * the real path also takes a name's case from the disk (Windows, macOS), a name appended
         * as written could miss an input that differs only in case: there every path is resolved whole.
         */
        private static final boolean LINKS_ONLY = System.getProperty("os.name", "").startsWith("Linux");
        private final Map<Path, Path> folders = new HashMap<>();

        Path real(Path p) {
            Path abs = p.toAbsolutePath().normalize();
            Path parent = abs.getParent();
            Path name = abs.getFileName();
            if (!LINKS_ONLY || parent == null || name == null) {
                return OutputGuard.real(abs);
            }
            Path at = folders.computeIfAbsent(parent, OutputGuard::real).resolve(name);
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(at, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                // nothing there (or nothing the user may see): the name is appended as written
                return at;
            }
            // a link is followed as far as it leads; anything else is where its folder is
            return a.isSymbolicLink() ? OutputGuard.real(at) : at;
        }
    }

    /** The path with links resolved as far as it exists; the rest appended as written. */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }

    /** An I/O failure in the user's terms, naming the path and giving the system's reason. */
    public static String explain(IOException e) {
        String file = e instanceof FileSystemException fe && fe.getFile() != null ? fe.getFile() : "";
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return "已有同名的文件而不是文件夹：" + file;
        }
        if (e instanceof AccessDeniedException) {
            return "没有写入权限：" + file;
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "无法在此新建文件或文件夹（上级路径不存在或不允许新建）：" + file;
        }
        String reason = e instanceof FileSystemException fe ? fe.getReason() : e.getMessage();
        reason = reason == null || reason.isBlank() ? e.getClass().getSimpleName() : reason;
        String where = file.isEmpty() ? "" : "：" + file;
        String msg = String.valueOf(e.getMessage());
        if (msg.contains("No space left") || msg.contains("out of disk space") || msg.contains("Disk quota")) {
            return "磁盘空间不足（" + reason + "），文件未写出（已写的部分已删除）" + where;
        }
        return "写入失败（" + reason + "）" + where;
    }
}

package reportcheck.batch;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Expands the paths on the command line: a file is taken as given (whatever its name); a folder
 * is walked recursively for files the readers support, in sorted order, so output is the same
 * on every run. Paths that do not exist and folders that cannot be read become failures.
 */
public final class InputWalker {
    /**
     * What the walk found: reports to check, paths that failed before reading, and the files of
     * a folder that are not of a kind to check, each with why ({@code skipped}: "PATH: reason").
     */
    public record Walk(List<InputFile> files, List<InputFile> failures, List<String> reasons,
            List<reportcheck.summary.SkippedFile> skipped) {
    }

    /** The output name of the batch summary (see {@link SummaryFiles#NAMES}). */
    static final String RESERVED = "summary";

    private InputWalker() {
    }

    public static Walk walk(List<Path> paths, Predicate<Path> supported) {
        return walk(paths, supported, f -> "未检查：不支持的文件类型");
    }

    /** As above; {@code skipReason} says why a file of a folder that is not supported is not checked. */
    public static Walk walk(List<Path> paths, Predicate<Path> supported,
            java.util.function.Function<Path, String> skipReason) {
        List<reportcheck.summary.SkippedFile> skipped = new ArrayList<>();
        List<InputFile> files = new ArrayList<>();
        List<InputFile> failures = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        // the batch summary's name: no report's checklists may take it (summary.txt gets summary-2.*)
        Set<String> usedNames = new HashSet<>(Set.of(RESERVED));
        for (Path given : paths) {
            if (Files.isDirectory(given)) {
                List<Path> found = new ArrayList<>();
                try {
                    Files.walkFileTree(given, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                            new SimpleFileVisitor<>() {
                                @Override
                                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                                    if (attrs.isRegularFile() && supported.test(file)) {
                                        found.add(file);
                                    } else if (attrs.isRegularFile()) {
                                        // named, never skipped in silence (the walk's order is sorted below)
                                        skipped.add(new reportcheck.summary.SkippedFile(file.toString(),
                                                skipReason.apply(file)));
                                    } else if (attrs.isSymbolicLink() && supported.test(file)) {
                                        // a link the walk could not follow: say so rather than skip it silently
                                        failures.add(new InputFile(file, file.toString(), null));
                                        reasons.add(brokenLink(file));
                                    }
                                    return FileVisitResult.CONTINUE;
                                }

                                @Override
                                public FileVisitResult visitFileFailed(Path file, IOException e) {
                                    String why = e instanceof java.nio.file.FileSystemLoopException
                                            ? "符号链接形成循环，已跳过" : "无法访问：" + e.getMessage();
                                    failures.add(new InputFile(file, file.toString(), null));
                                    reasons.add(why);
                                    return FileVisitResult.CONTINUE;
                                }
                            });
                } catch (IOException e) {
                    failures.add(new InputFile(given, given.toString(), null));
                    reasons.add("无法读取文件夹：" + e.getMessage());
                }
                found.sort(null);
                for (Path f : found) {
                    String rel = given.relativize(f).toString();
                    files.add(new InputFile(f, f.toString(), unique(stripExtension(rel), usedNames)));
                }
            } else if (Files.exists(given)) {
                files.add(new InputFile(given, given.toString(),
                        unique(stripExtension(given.getFileName().toString()), usedNames)));
            } else {
                failures.add(new InputFile(given, given.toString(), null));
                reasons.add(Files.isSymbolicLink(given) ? brokenLink(given) : "路径不存在");
            }
        }
        skipped.sort(null);
        return new Walk(files, failures, reasons, skipped);
    }

    /** Why a symbolic link cannot be followed: it points, through any number of links, at itself, or at nothing. */
    static String brokenLink(Path link) {
        Set<Path> seen = new HashSet<>();
        Path p = link.toAbsolutePath().normalize();
        // the kernel gives up after 40 links; so do we, and call that a loop as it does (ELOOP)
        for (int hops = 0; hops < 40 && Files.isSymbolicLink(p); hops++) {
            if (!seen.add(p)) {
                return "符号链接形成循环（指向自己），已跳过";
            }
            try {
                p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
            } catch (IOException | UnsupportedOperationException e) {
                return "符号链接无法读取：" + e.getMessage();
            }
        }
        return Files.isSymbolicLink(p) ? "符号链接形成循环（指向自己），已跳过" : "符号链接指向的文件不存在";
    }

    private static String stripExtension(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(0, dot) : name;
    }

    /**
     * Two inputs with the same name (a.txt and a.docx, or x/a.txt and y/a.txt) get distinct
     * outputs: the first in walk order keeps the name, the next gets -2, then -3, skipping names
     * already taken. Names are compared ignoring case, so the outputs stay apart on a file system
     * that ignores case too.
     */
    private static String unique(String name, Set<String> used) {
        String n = name;
        for (int i = 2; !used.add(n.toLowerCase(Locale.ROOT)); i++) {
            n = name + "-" + i;
        }
        return n;
    }
}

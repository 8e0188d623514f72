package reportcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When {@code bin/reportcheck} makes its ahead-of-time cache on a Java 25 runtime: from a check
 * that found its rules compiled, never from one that compiled them (the cache would then load
 * the DRL compiler at every start). The runtime is a stand-in script that plays the JVM's part:
 * it writes the recording and the cache where it is told to, and, as a check that compiles its
 * rules does, a compiled-rules file into the rule cache when asked to.
 */
class LauncherAotCacheTest {
    private static final String FAKE_JAVA = """
            #!/usr/bin/env bash
            # a Java 25 stand-in: records, creates, or "checks" (compiling the rules when COMPILE is set)
            conf="" cache="" mode="" rules="$RULE_DIR" prev=""
            for a in "$@"; do
                case "$a" in
                    -XX:AOTMode=*) mode="${a#-XX:AOTMode=}" ;;
                    -XX:AOTConfiguration=*) conf="${a#-XX:AOTConfiguration=}" ;;
                    -XX:AOTCache=*) cache="${a#-XX:AOTCache=}" ;;
                    --rule-cache=*) rules="${a#--rule-cache=}" ;;
                    *) [[ "$prev" == --rule-cache ]] && rules="$a" ;;
                esac
                prev="$a"
            done
            echo "mode=$mode cache=${cache##*/}" >> "$LOG"
            [[ -z "${ARGS_LOG:-}" ]] || echo "$*" >> "$ARGS_LOG"
            case "$mode" in
                record) echo recorded > "$conf" ;;
                create) echo cache > "$cache"; exit 0 ;;
            esac
            if [[ -n "${COMPILE:-}" ]]; then
                mkdir -p "$rules" && echo compiled > "$rules/rules-$COMPILE.bin"
            fi
            exit 0
            """;

    @TempDir
    Path dir;

    private Path home;
    private Path cache;
    private Path log;

    private void layOut() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/env")) && Files.isExecutable(Path.of("/bin/bash")),
                "the launcher is a bash script");
        home = dir.resolve("dist");
        Path jdk = dir.resolve("jdk25");
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("lib"));
        Files.copy(DistributionLayoutTest.SH, home.resolve("bin/reportcheck"));
        Files.writeString(home.resolve("reportcheck.jar"), "not a jar: the stand-in runtime never opens it");
        Files.createDirectories(jdk.resolve("bin"));
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"25.0.1\"\n");
        Files.writeString(jdk.resolve("bin/java"), FAKE_JAVA);
        for (Path p : List.of(jdk.resolve("bin/java"), home.resolve("bin/reportcheck"))) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        cache = dir.resolve("cache");
        log = dir.resolve("runs.log");
    }

    /** Runs {@code bin/reportcheck check ARGS} on the stand-in; COMPILE names the rules it compiles, or null. */
    private void check(String compile, String... args) throws Exception {
        run(compile, null, args);
    }

    /** As {@link #check}; the stand-in also writes the arguments it was given to {@code argsLog}, unless null. */
    private void run(String compile, Path argsLog, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(home.resolve("bin/reportcheck").toString(), "check"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", dir.resolve("jdk25").toString());
        pb.environment().put("REPORTCHECK_CACHE", cache.toString());
        pb.environment().put("RULE_DIR", cache.toString());
        pb.environment().put("LOG", log.toString());
        pb.environment().remove("REPORTCHECK_NO_CDS");
        pb.environment().remove("REPORTCHECK_JAVA_OPTS");
        if (argsLog != null) {
            pb.environment().put("ARGS_LOG", argsLog.toString());
        } else {
            pb.environment().remove("ARGS_LOG");
        }
        if (compile != null) {
            pb.environment().put("COMPILE", compile);
        } else {
            pb.environment().remove("COMPILE");
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "launcher finished");
        assertEquals(0, p.exitValue(), out);
    }

    private boolean aotCacheMade() throws IOException {
        if (!Files.isDirectory(cache)) {
            return false;
        }
        try (Stream<Path> s = Files.list(cache)) {
            return s.anyMatch(f -> f.getFileName().toString().matches("app-\\d+\\.aot"));
        }
    }

    private List<String> runs() throws IOException {
        return Files.readAllLines(log);
    }

    @Test
    void aCheckThatCompiledItsRulesMakesNoCacheAndTheNextCheckDoes() throws Exception {
        layOut();
        check("a");
        assertFalse(aotCacheMade(), "a recording that loaded the rule compiler is dropped");
        assertEquals(List.of("mode=record cache="), runs());
        check(null);
        assertTrue(aotCacheMade(), "the first check on compiled rules makes the cache");
        check(null);
        List<String> runs = runs();
        assertEquals(4, runs.size(), runs.toString());
        assertEquals("mode=record cache=", runs.get(1));
        assertTrue(runs.get(2).matches("mode=create cache=\\.app-\\d+\\.aot"), runs.toString());
        assertTrue(runs.get(3).matches("mode= cache=app-\\d+\\.aot"), "the third run starts from the cache: " + runs);
    }

    @Test
    void rulesCompiledIntoTheFolderGivenByRuleCacheCountToo() throws Exception {
        layOut();
        Path elsewhere = dir.resolve("rules-elsewhere");
        check("b", "--rule-cache=" + elsewhere);
        assertTrue(Files.isRegularFile(elsewhere.resolve("rules-b.bin")));
        assertFalse(aotCacheMade());
        check("c", "--rule-cache", elsewhere.toString());
        assertFalse(aotCacheMade(), "a new compiled-rules file there: dropped again");
        check(null, "--rule-cache", elsewhere.toString());
        assertTrue(aotCacheMade());
    }

    /**
     * The compiler settings follow the number of files given: the quick compiler alone for fewer
     * than 300, compiling sooner from 300 (a second compiler thread only on two processors or
     * fewer, where the JVM gives one), the optimising compiler too from 3,000.
     */
    @Test
    void theCompilerSettingsFollowTheNumberOfFiles() throws Exception {
        layOut();
        Path args = dir.resolve("args.log");
        Path reports = Files.createDirectories(dir.resolve("reports"));
        int cores;
        try {
            cores = Integer.parseInt(new String(new ProcessBuilder("nproc").start().getInputStream().readAllBytes(),
                    StandardCharsets.US_ASCII).strip());
        } catch (IOException | NumberFormatException e) {
            // no nproc: the launcher takes four, and so no second compiler thread
            cores = 4;
        }
        int made = 0;
        for (int n : new int[] {299, 300, 2999, 3000}) {
            for (; made < n; made++) {
                Files.writeString(reports.resolve("r" + made + ".txt"), "某区2023年法治政府建设年度报告\n");
            }
            Files.deleteIfExists(args);
            run(null, args, reports.toString(), "--out", dir.resolve("out").toString());
            String last = checkRun(args);
            boolean sooner = last.contains("-XX:CompileThresholdScaling=0.3");
            boolean optimising = last.contains("-XX:Tier4InvocationThreshold=");
            assertEquals(n >= 300 && n < 3000, sooner, n + " files: " + last);
            assertEquals(n >= 3000, optimising, n + " files: " + last);
            assertEquals(n < 3000, last.contains("-XX:TieredStopAtLevel=1"), n + " files: " + last);
            assertEquals(sooner && cores <= 2, last.contains("-XX:CICompilerCount=2"), n + " files, " + cores + " cores: " + last);
        }
        // the output folder's files are not counted: one report, written to a folder of 3,000
        Files.deleteIfExists(args);
        run(null, args, dir.resolve("one.txt").toString(), "--out", reports.toString());
        String one = checkRun(args);
        assertTrue(one.contains("-XX:TieredStopAtLevel=1") && !one.contains("CompileThresholdScaling"), one);
        // files named one by one count as a folder's do
        List<String> named = new java.util.ArrayList<>();
        for (int k = 0; k < 300; k++) {
            named.add(reports.resolve("r" + k + ".txt").toString());
        }
        named.addAll(List.of("--out", dir.resolve("out").toString()));
        Files.deleteIfExists(args);
        run(null, args, named.toArray(String[]::new));
        assertTrue(checkRun(args).contains("-XX:CompileThresholdScaling=0.3"), checkRun(args));
    }

    /** The arguments of the last run that checked (not of the one that made the cache from a recording). */
    private static String checkRun(Path args) throws IOException {
        List<String> lines = Files.readAllLines(args).stream().filter(l -> !l.contains("-XX:AOTMode=create")).toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void aCheckOnRulesAlreadyCompiledMakesTheCacheAtOnce() throws Exception {
        layOut();
        Files.createDirectories(cache);
        Files.writeString(cache.resolve("rules-old.bin"), "compiled before");
        check(null);
        assertTrue(aotCacheMade());
    }
}

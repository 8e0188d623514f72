package reportcheck.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No network at run time. Statically: none of our classes and no DRL refers to sockets, HTTP
 * clients or URL connections. Dynamically: a whole check of the seeds, in a JVM whose socket
 * and URL factories report any use, opens none. (Library code that used NIO channels directly
 * would escape the dynamic check; the libraries used are Drools, Jackson and picocli.) The one
 * exception is the reviewer's desk ({@code reportcheck serve}, package {@code reportcheck.desk}):
 * its web server listens, through Javalin, for the reviewer's browser; it still opens no
 * connection and fetches nothing, which is checked of its classes separately.
 */
class NoNetworkTest {
    private static final Pattern NETWORK = Pattern.compile(
            "java/net/(Server)?Socket(?![A-Za-z])|java/net/DatagramSocket|java/net/(Http)?URLConnection|java/net/http/"
                    + "|java/nio/channels/(Server)?SocketChannel|java/nio/channels/DatagramChannel|openConnection|openStream"
                    + "|java\\.net\\.|Socket\\(|HttpClient");

    /** What the desk may not do either: connect anywhere or fetch anything. */
    private static final Pattern CLIENT = Pattern.compile(
            "java/net/Socket(?![A-Za-z])|java/net/DatagramSocket|java/net/(Http)?URLConnection|java/net/http/"
                    + "|java/net/URL(?![A-Za-z])|java/nio/channels/SocketChannel|java/nio/channels/DatagramChannel"
                    + "|openConnection|openStream|HttpClient");

    @TempDir
    Path tmp;

    private static boolean desk(Path p) {
        return p.toString().contains("reportcheck/desk/") || p.getFileName().toString().startsWith("ServeCommand");
    }

    @Test
    void noClassOrRuleRefersToTheNetwork() throws Exception {
        List<String> hits = new ArrayList<>();
        try (Stream<Path> s = Stream.concat(Files.walk(Path.of("target/classes")), Files.walk(Path.of("rules")))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".class") || p.toString().endsWith(".drl")).toList()) {
                // class files read as Latin-1 keep the constant pool's names intact
                var m = (desk(p) ? CLIENT : NETWORK).matcher(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
                while (m.find()) {
                    hits.add(p + ": " + m.group());
                }
            }
        }
        assertEquals(List.of(), hits);
    }

    @Test
    void aWholeCheckOpensNoSocket() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = tmp.resolve("run.log");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                NoNetworkMain.class.getName(), "check", "seeds", "--out", tmp.resolve("out").toString(),
                "--fail-on", "none").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = p.waitFor();
        String output = Files.readString(log);
        assertFalse(output.contains(NoNetworkMain.MARK), output);
        assertEquals(0, exit, output);
        long seeds;
        try (var files = Files.list(Path.of("seeds"))) {
            seeds = files.filter(f -> f.toString().endsWith(".txt")).count();
        }
        assertTrue(output.contains("已检查 " + seeds + " 份报告"), output);
    }
}

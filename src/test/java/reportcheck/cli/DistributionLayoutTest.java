package reportcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The two launchers and the distribution zip agree on one layout: the jar beside bin/ (unpacked)
 * or in target/ (the repository), lib/ beside the jar as its manifest says, rules/ beside it.
 */
class DistributionLayoutTest {
    static final Path BAT = Path.of("bin", "reportcheck.bat");
    static final Path SH = Path.of("bin", "reportcheck");

    /** Where the zip puts each source folder (directory to outputDirectory). */
    static Map<String, String> zipLayout() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document d = f.newDocumentBuilder().parse(Path.of("src", "assembly", "dist.xml").toFile());
        Map<String, String> layout = new LinkedHashMap<>();
        NodeList sets = d.getElementsByTagName("fileSet");
        for (int i = 0; i < sets.getLength(); i++) {
            Element s = (Element) sets.item(i);
            String dir = text(s, "directory");
            NodeList includes = s.getElementsByTagName("include");
            String key = includes.getLength() == 1 ? dir + "/" + includes.item(0).getTextContent() : dir;
            layout.put(key, text(s, "outputDirectory"));
        }
        return layout;
    }

    private static String text(Element e, String tag) {
        return e.getElementsByTagName(tag).item(0).getTextContent().strip();
    }

    @Test
    void theZipPutsTheJarLibRulesAndLaunchersWhereTheLaunchersLook() throws Exception {
        Map<String, String> layout = zipLayout();
        assertEquals(".", layout.get("${project.build.directory}/reportcheck.jar"), layout.toString());
        assertEquals("lib", layout.get("${project.build.directory}/lib"), layout.toString());
        assertEquals("rules", layout.get("rules"), layout.toString());
        assertEquals("bin", layout.get("bin/reportcheck"), layout.toString());
        assertEquals("bin", layout.get("bin/reportcheck.bat"), layout.toString());
        assertTrue(Files.isRegularFile(Path.of("src", "dist", "使用说明.txt")));
        assertEquals(".", layout.get("src/dist"), layout.toString());
        // the jar finds its libraries as lib/NAME.jar beside itself
        String pom = Files.readString(Path.of("pom.xml"));
        assertTrue(pom.contains("<classpathPrefix>lib/</classpathPrefix>"), "manifest class path prefix");
    }

    @Test
    void theBatchFileRunsTheJarBesideBinElseInTarget() throws Exception {
        List<String> lines = Files.readAllLines(BAT, StandardCharsets.US_ASCII);
        for (String l : lines) {
            assertTrue(l.chars().allMatch(c -> c < 0x80), "cmd.exe reads a .bat in the console code page: ASCII only: " + l);
        }
        Map<String, List<String>> sets = new LinkedHashMap<>();
        Pattern set = Pattern.compile("(?i)^(?:if not exist \"[^\"]+\" )?set \"(\\w+)=([^\"]*)\"$");
        String run = null;
        for (String l : lines) {
            Matcher m = set.matcher(l.strip());
            if (m.matches()) {
                sets.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2));
            }
            if (l.contains("-jar ")) {
                run = l.strip();
            }
        }
        assertEquals(List.of("%~dp0.."), sets.get("HOME_DIR"), sets.toString());
        // first the unpacked layout (jar at the zip's root, one up from bin\), then the repository's
        assertEquals(List.of("%HOME_DIR%\\reportcheck.jar", "%HOME_DIR%\\target\\reportcheck.jar"), sets.get("JAR"),
                sets.toString());
        assertTrue(run != null && run.contains("-jar \"%JAR%\" %*"), "runs the jar with every argument: " + run);
        assertTrue(run.startsWith("\"%JAVA_EXE%\""), run);
    }

    @Test
    void theShellLauncherLooksInTheSamePlaces() throws Exception {
        String sh = Files.readString(SH);
        assertTrue(sh.contains("jar=\"$home/reportcheck.jar\""), "unpacked");
        assertTrue(sh.contains("jar=\"$home/target/reportcheck.jar\""), "repository");
        assertTrue(sh.indexOf("$home/reportcheck.jar") < sh.indexOf("$home/target/reportcheck.jar"));
        // the folder of the script (bash's own "${here%/*}", not a dirname process), then one up
        assertTrue(sh.contains("here=\"${BASH_SOURCE[0]}\"") && sh.contains("home=\"$(cd \"${here%/*}/..\" && pwd)\""),
                "home is one up from bin/");
    }
}

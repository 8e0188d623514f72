package reportcheck.render;

import java.io.IOException;
import java.io.Writer;
import reportcheck.finding.CheckResult;

/** Writes one report's result in one format. */
public interface Renderer {
    /** The name used with {@code --format}. */
    String format();

    /** File extension of the output, without the dot. */
    String extension();

    void render(CheckResult result, Writer out) throws IOException;
}

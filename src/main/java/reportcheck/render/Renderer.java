package reportcheck.render;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import reportcheck.finding.CheckResult;

/** Writes one report's result as UTF-8 text in one format. */
public interface Renderer extends OutputFormat {
    void render(CheckResult result, Writer out) throws IOException;

    /** Text outputs do not need the input file: everything they show is in the result. */
    @Override
    default void write(CheckResult result, Path input, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        render(result, w);
        w.flush();
    }
}

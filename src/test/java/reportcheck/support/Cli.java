package reportcheck.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import reportcheck.cli.Main;

/** Runs the command line in-process and captures what a user would see. */
public final class Cli {
    private Cli() {
    }

    /** Exit code and the text written to standard output and standard error. */
    public record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}

package reportcheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code java -jar target/reportcheck.jar check PATH...}. */
@Command(name = "reportcheck", mixinStandardHelpOptions = true, version = "reportcheck 0.1.0",
        description = "Checks annual reports on law-based government construction (法治政府建设年度报告).",
        subcommands = {CheckCommand.class, RulesCommand.class, ServeCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every report checked, no finding at or above --fail-on",
            "1:a finding at or above --fail-on",
            "2:wrong command line",
            "3:some input could not be read or checked (the rest were)",
            "4:rules or rule data could not be loaded",
            "5:output folder cannot be written"})
public final class Main {
    @picocli.CommandLine.Mixin
    LangOption lang;

    public static void main(String[] args) {
        int code;
        try {
            code = run(args);
        } catch (OutOfMemoryError e) {
            // no stack trace for a user: say what ran out and what to do
            System.err.println("reportcheck: 内存不足（" + e.getMessage() + "）；请用 java -Xmx… 增大内存、减少 --jobs，"
                    + "或用 --max-chars 限制报告长度");
            code = ExitCode.INPUT_ERRORS.code();
        }
        System.exit(code);
    }

    public static int run(String... args) {
        return commandLine(Lang.choose(java.util.List.of(args), System.getenv())).execute(args);
    }

    /** The command line in the language of the environment; a --lang among the arguments switches it as it is parsed. */
    public static CommandLine commandLine() {
        return commandLine(Lang.choose(java.util.List.of(), System.getenv()));
    }

    static CommandLine commandLine(java.util.Locale locale) {
        CommandLine cl = new CommandLine(new Main());
        cl.setResourceBundle(Lang.bundle(locale));
        cl.setExitCodeExceptionMapper(e -> ExitCode.USAGE.code());
        // an unexpected failure is one line naming it, not a stack trace
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("reportcheck: 意外错误：" + EscapingWriter.escape(String.valueOf(ex))
                    + "；请把这条信息和所用的命令告知维护者");
            return ExitCode.USAGE.code();
        });
        // one line that says what is wrong, not the whole usage text after it
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("reportcheck: " + EscapingWriter.escape(UsageErrors.explain(ex)));
            return ExitCode.USAGE.code();
        });
        return cl;
    }
}

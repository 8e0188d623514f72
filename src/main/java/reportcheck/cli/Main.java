package reportcheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code java -jar target/reportcheck.jar check PATH...}. */
@Command(name = "reportcheck", mixinStandardHelpOptions = true, version = "reportcheck 0.1.0",
        description = "Checks annual reports on law-based government construction (法治政府建设年度报告).",
        subcommands = {CheckCommand.class, RulesCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every report checked, no finding at or above --fail-on",
            "1:a finding at or above --fail-on",
            "2:wrong command line",
            "3:some input could not be read or checked (the rest were)",
            "4:rules or rule data could not be loaded",
            "5:output folder cannot be written"})
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(e -> ExitCode.USAGE.code());
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("reportcheck: " + EscapingWriter.escape(String.valueOf(ex.getMessage())));
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return ExitCode.USAGE.code();
        });
        return cl;
    }
}

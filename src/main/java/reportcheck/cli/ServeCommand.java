package reportcheck.cli;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import reportcheck.analysis.FactBuilder;
import reportcheck.batch.ReportRunner;
import reportcheck.desk.DeskServer;
import reportcheck.engine.Checker;
import reportcheck.input.Readers;

/** {@code reportcheck serve}: the reviewer's desk, a local web page to check, review and sign off reports. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the reviewer's desk: a local web page to drop reports on, review them and record decisions.")
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "Listen on this address instead of 127.0.0.1 (e.g. 0.0.0.0); then an access token is required.")
    String host;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder for projects, checked reports and decisions (default: ~/reportcheck-desk).")
    Path data;

    @Option(names = "--no-browser", description = "Do not open the browser.")
    boolean noBrowser;

    @Option(names = "--max-files", paramLabel = "N", defaultValue = "20",
            description = "Most files in one upload (default: ${DEFAULT-VALUE}).")
    int maxFiles;

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "50",
            description = "Largest file accepted, in MB (default: ${DEFAULT-VALUE}).")
    int maxFileMb;

    @Option(names = "--keep-uploads", description = "Keep every uploaded file beside its checklists (default: deleted after checking unless the reviewer ticks 保留原文件).")
    boolean keepUploads;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", descriptionKey = "serve-timeout",
            description = "Time limit per report (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Mixin
    RulesOption rulesOption;

    @Mixin
    RuleConfigOptions ruleConfigOptions;

    @Mixin
    LangOption lang;

    /** Tests stop the server through this instead of the process ending. */
    static volatile CountDownLatch stopSignal;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = new PrintWriter(new EscapingWriter(spec.commandLine().getOut()), true);
        PrintWriter err = new PrintWriter(new EscapingWriter(spec.commandLine().getErr()), true);
        if (port < 0 || port > 65535 || maxFiles < 1 || maxFileMb < 1 || timeoutSeconds < 1) {
            err.println("reportcheck: --port 应在 0–65535 之间，--max-files、--max-file-mb 和 --timeout 至少为 1");
            return ExitCode.USAGE.code();
        }
        Path dataDir = data != null ? data : Path.of(System.getProperty("user.home"), "reportcheck-desk");
        out.println("reportcheck 审核台：正在加载规则……");
        LoadedEngine engine;
        try {
            engine = LoadedEngine.load(rulesOption.resolve(), rulesOption.cache(), rulesOption.profile).ready();
        } catch (LoadedEngine.Failure e) {
            err.println("reportcheck: " + e.getMessage());
            return ExitCode.RULES_ERROR.code();
        }
        reportcheck.config.RuleConfig ruleConfig;
        try {
            // the same selectors as check accepts, so that one office configuration file serves both
            java.util.List<reportcheck.engine.RuleMeta> known = new java.util.ArrayList<>(engine.rules().rules());
            known.addAll(reportcheck.copies.CopyRules.ALL);
            ruleConfig = ruleConfigOptions.ruleConfig(known);
        } catch (reportcheck.config.ConfigException e) {
            err.println("reportcheck: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        ReportRunner runner = new ReportRunner(Readers.standard(),
                new Checker(engine.rules(), new FactBuilder(engine.knowledge(), engine.rules()::matchesFacts)), Duration.ofSeconds(timeoutSeconds));
        String token = host == null ? null : newToken();
        String bind = host == null ? "127.0.0.1" : host;
        DeskServer server = new DeskServer(new DeskServer.Settings(bind, port, dataDir, maxFiles,
                maxFileMb * 1024L * 1024L, keepUploads, DeskServer.hostNames(host), token), runner, ruleConfig::apply);
        int actual;
        try {
            actual = server.start();
        } catch (RuntimeException e) {
            err.println("reportcheck: 无法在 " + bind + ":" + port + " 上启动审核台（" + e.getMessage()
                    + "）；端口可能已被占用，请换一个 --port 或用 0 自动选择");
            return ExitCode.USAGE.code();
        }
        String shown = host == null || host.equals("0.0.0.0") || host.startsWith("::") || host.equals("[::]")
                ? "127.0.0.1" : host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        String address = "http://" + shown + ":" + actual + "/" + (token == null ? "" : "?token=" + token);
        out.println("reportcheck 审核台已启动：" + address);
        out.println("审核记录保存在：" + server.dataDir());
        if (token != null) {
            out.println("已允许其他电脑访问（--host " + host + "）；访问令牌：" + token + "（打开带令牌的完整地址即可）");
            if (!shown.equals(host)) {
                // a wildcard address: other machines reach this one by one of its own addresses
                DeskServer.hostNames(host).stream()
                        .filter(h -> h.matches("[0-9.]+") && !h.startsWith("127."))
                        .forEach(h -> out.println("其他电脑可用：http://" + h + ":" + actual + "/?token=" + token));
            }
        }
        out.println("按 Ctrl+C 停止。");
        if (!noBrowser) {
            openBrowser(address, out);
        }
        CountDownLatch stop = stopSignal != null ? stopSignal : new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "reportcheck-desk-stop"));
        stop.await();
        server.stop();
        return ExitCode.OK.code();
    }

    private static String newToken() {
        byte[] b = new byte[16];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static void openBrowser(String address, PrintWriter out) {
        try {
            if (!GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(new URI(address));
                return;
            }
        } catch (Exception | LinkageError e) {
            // no desktop to open it on: the printed address is enough
        }
        out.println("（未能自动打开浏览器，请把上面的地址复制到浏览器中打开）");
    }
}

package reportcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Help, option descriptions and usage errors in Chinese, in English on request; a wrong command line is one line. */
class CommandLineLanguageTest {
    @Test
    void aMistypedOptionIsOneLineWithTheNearestOption() {
        Cli zh = Cli.run("--lang", "zh", "check", "seeds", "--fromat", "md");
        assertEquals(ExitCode.USAGE.code(), zh.code);
        assertEquals("reportcheck: 未知选项 --fromat，您是不是要用 --format？", zh.err.strip(), zh.toString());
        assertEquals("", zh.out);
        Cli en = Cli.run("--lang", "en", "check", "seeds", "--fromat", "md");
        assertEquals("reportcheck: unknown option --fromat; did you mean --format?", en.err.strip(), en.toString());
        Cli far = Cli.run("--lang", "zh", "check", "seeds", "--zzzzzz");
        assertEquals("reportcheck: 未知选项 --zzzzzz；reportcheck check --help 列出全部选项", far.err.strip(), far.toString());
        Cli shortOption = Cli.run("--lang", "zh", "check", "seeds", "-x");
        assertFalse(shortOption.err.contains("是不是"), "no guess for a one-letter option: " + shortOption);
    }

    @Test
    void otherUsageErrorsAreOneChineseLine() {
        Map<List<String>, String> cases = Map.of(
                List.of("--lang", "zh", "chek", "seeds"), "reportcheck: 未知命令 chek，您是不是要用 check？",
                List.of("--lang", "zh", "check"), "reportcheck: 缺少参数 PATH；reportcheck check --help 查看用法",
                List.of("--lang", "zh"), "reportcheck: 缺少命令（check/rules/serve）；reportcheck --help 查看用法",
                List.of("--lang", "zh", "check", "seeds", "--out"), "reportcheck: 选项 --out 缺少值（DIR）；reportcheck check --help 查看用法",
                List.of("--lang", "zh", "check", "seeds", "--jobs", "x"), "reportcheck: 选项 --jobs 的值 x 无效（应为整数）；reportcheck check --help 查看用法",
                List.of("--lang", "zh", "rules", "extra"), "reportcheck: 多余的参数 extra；reportcheck rules --help 查看用法",
                List.of("check", "seeds", "--jobs", "0"), "reportcheck: --jobs（同时检查的报告数）至少为 1",
                List.of("check", "seeds", "--fail-on", "fatal"), "reportcheck: --fail-on 的值「fatal」无效（可用：error、warning、none）",
                List.of("check", "seeds", "--cross-report", "--shared-max-reports", "1"),
                "reportcheck: --shared-max-reports（视为套话的报告份数）至少为 2");
        for (Map.Entry<List<String>, String> c : cases.entrySet()) {
            Cli r = Cli.run(c.getKey().toArray(String[]::new));
            assertEquals(ExitCode.USAGE.code(), r.code, r.toString());
            assertEquals(c.getValue(), r.err.strip(), r.toString());
            assertEquals(1, r.err.strip().lines().count(), r.toString());
        }
    }

    @Test
    void helpIsChineseAndEnglishOnRequest() {
        Cli zh = Cli.run("--lang", "zh", "check", "--help");
        assertEquals(0, zh.code);
        for (String s : List.of("用法：reportcheck check", "参数：", "选项：", "输出目录（默认：reports-out）", "显示本帮助并退出")) {
            assertTrue(zh.out.contains(s), s + " in\n" + zh.out);
        }
        assertFalse(zh.out.contains("Output folder"), zh.out);
        Cli top = Cli.run("--lang", "zh", "--help");
        assertTrue(top.out.contains("退出码：") && top.out.contains("命令行有误") && top.out.contains("检查法治政府建设年度报告"), top.out);
        Cli en = Cli.run("check", "--help", "--lang", "en");
        assertTrue(en.out.contains("Usage: reportcheck check") && en.out.contains("Output folder (default: reports-out)"), en.out);
        assertFalse(en.out.contains("输出目录"), en.out);
    }

    /** A new option without a Chinese description would show English in the middle of the Chinese help. */
    @Test
    void everyOptionAndParameterHasAChineseDescription() {
        ResourceBundle zh = Lang.bundle(Locale.CHINESE);
        CommandLine cl = Main.commandLine();
        List<String> missing = new ArrayList<>();
        List<CommandLine> commands = new ArrayList<>(cl.getSubcommands().values());
        commands.add(cl);
        for (CommandLine c : commands) {
            List<ArgSpec> args = new ArrayList<>(c.getCommandSpec().options());
            args.addAll(c.getCommandSpec().positionalParameters());
            for (ArgSpec a : args) {
                String key = a.descriptionKey() != null && !a.descriptionKey().isEmpty() ? a.descriptionKey()
                        : a instanceof OptionSpec o ? o.longestName().replaceFirst("^-+", "") : "?";
                // picocli looks up --help and --version as mixinStandardHelpOptions.help, then as help
                if (!zh.containsKey(key) && !zh.containsKey(key.replaceFirst("^mixinStandardHelpOptions\\.", ""))) {
                    missing.add(c.getCommandSpec().qualifiedName() + " " + key);
                }
            }
            String qualified = c.getCommandSpec().qualifiedName(".") + ".usage.description";
            if (!zh.containsKey(qualified)) {
                missing.add(qualified);
            }
        }
        assertTrue(missing.isEmpty(), missing.toString());
    }

    @Test
    void theLanguageComesFromLangElseTheLocaleElseChinese() {
        assertEquals(Locale.ENGLISH, Lang.choose(List.of("check", "--lang", "en"), Map.of("LANG", "zh_CN.UTF-8")));
        assertEquals(Locale.CHINESE, Lang.choose(List.of("--lang=zh", "check"), Map.of("LANG", "en_US.UTF-8")));
        assertEquals(Locale.ENGLISH, Lang.choose(List.of("check"), Map.of("LANG", "en_US.UTF-8")));
        assertEquals(Locale.CHINESE, Lang.choose(List.of("check"), Map.of("LC_ALL", "zh_CN.UTF-8", "LANG", "en_US.UTF-8")));
        assertEquals(Locale.CHINESE, Lang.choose(List.of("check"), Map.of("LANG", "C.UTF-8")));
        assertEquals(Locale.CHINESE, Lang.choose(List.of("check"), Map.of()));
        // after "--" it is a file name, not an option
        assertEquals(Locale.CHINESE, Lang.choose(List.of("check", "--", "--lang", "en"), Map.of()));
    }

    @Test
    void editDistanceCountsASwapAsOneEdit() {
        assertEquals(1, UsageErrors.distance("--fromat", "--format"));
        assertEquals(1, UsageErrors.distance("--jbos", "--jobs"));
        assertEquals(2, UsageErrors.distance("--outt", "--ou"));
        assertEquals("--fail-on", UsageErrors.nearest("--failon", List.of("--format", "--fail-on", "--out")));
        assertEquals(null, UsageErrors.nearest("--zzzzzz", List.of("--format", "--fail-on", "--out")));
    }
}

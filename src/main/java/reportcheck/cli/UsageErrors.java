package reportcheck.cli;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A wrong command line as one line in the user's language: a mistyped option gets the nearest
 * real one ("未知选项 --fromat，您是不是要用 --format？") instead of the whole usage text, which
 * buries the one thing that is wrong.
 */
final class UsageErrors {
    private UsageErrors() {
    }

    static String explain(ParameterException ex) {
        CommandLine cl = ex.getCommandLine();
        ResourceBundle b = cl.getCommandSpec().resourceBundle();
        String command = cl.getCommandSpec().qualifiedName();
        if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String arg = u.getUnmatched().get(0);
            if (arg.startsWith("-")) {
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                List<String> options = new ArrayList<>();
                cl.getCommandSpec().options().forEach(o -> options.addAll(List.of(o.names())));
                // a one-letter option is one edit from every other: no guess for those
                String near = name.replaceFirst("^-+", "").length() < 3 ? null : nearest(name, options);
                return near == null ? format(b, "error.unknownOption", name, command)
                        : format(b, "error.unknownOption.suggest", name, near);
            }
            if (!cl.getSubcommands().isEmpty()) {
                String near = nearest(arg, new ArrayList<>(cl.getSubcommands().keySet()));
                return near == null ? format(b, "error.unknownCommand", arg)
                        : format(b, "error.unknownCommand.suggest", arg, near);
            }
            return format(b, "error.extraArgument", arg, command);
        }
        if (ex.getArgSpec() == null && !cl.getSubcommands().isEmpty()
                && String.valueOf(ex.getMessage()).startsWith("Missing required subcommand")) {
            return format(b, "error.missingCommand", String.join("/", cl.getSubcommands().keySet()));
        }
        if (ex instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
            ArgSpec a = m.getMissing().get(0);
            if (a instanceof OptionSpec o) {
                return format(b, "error.missingValue", o.longestName(), o.paramLabel(), command);
            }
            return format(b, "error.missingParameter", ((PositionalParamSpec) a).paramLabel(), command);
        }
        if (ex.getArgSpec() instanceof OptionSpec o && ex.getValue() != null) {
            Class<?> t = o.type();
            String expect = t == int.class || t == Integer.class || t == long.class || t == Long.class
                    ? text(b, "error.expect.int") : t == double.class || t == Double.class ? text(b, "error.expect.double") : "";
            return format(b, "error.invalidValue", o.longestName(), ex.getValue(), expect, command);
        }
        return format(b, "error.other", String.valueOf(ex.getMessage()), command);
    }

    /** The candidate within a small edit distance of {@code typed} (at most 2, or a third of its length), or null. */
    static String nearest(String typed, List<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(typed.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        int limit = Math.max(2, typed.replaceFirst("^-+", "").length() / 3);
        return bestDistance <= limit ? best : null;
    }

    /** Edits (insert, delete, replace, swap two neighbours) from a to b. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static String format(ResourceBundle b, String key, Object... args) {
        return new MessageFormat(text(b, key)).format(args);
    }

    private static String text(ResourceBundle b, String key) {
        try {
            return (b == null ? Lang.bundle(java.util.Locale.CHINESE) : b).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}

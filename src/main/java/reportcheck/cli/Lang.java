package reportcheck.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The language of help and usage errors: Chinese, the language of the reports and their readers,
 * unless {@code --lang en} is given or the user's locale ({@code LC_ALL}, {@code LC_MESSAGES},
 * {@code LANG}) is English. A bare {@code C}/{@code POSIX} locale, usual on servers, says nothing
 * about the reader, so it stays Chinese.
 */
final class Lang {
    static final String BUNDLE = "reportcheck.cli.Messages";

    private Lang() {
    }

    /** The locale of {@code value} given to --lang: English for en…, else Chinese. */
    static Locale of(String value) {
        return value != null && value.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.CHINESE;
    }

    /** From --lang among {@code args} (before a {@code --}), else from the environment. */
    static Locale choose(List<String> args, Map<String, String> env) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                break;
            }
            if (a.equals("--lang") && i + 1 < args.size()) {
                return of(args.get(i + 1));
            }
            if (a.startsWith("--lang=")) {
                return of(a.substring("--lang=".length()));
            }
        }
        for (String name : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String v = env.get(name);
            if (v != null && !v.isBlank()) {
                return v.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.CHINESE;
            }
        }
        return Locale.CHINESE;
    }

    /** The messages of {@code locale}; never those of the JVM's default locale instead. */
    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}

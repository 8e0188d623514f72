package reportcheck.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --lang zh|en}, accepted by every command; switches the help and usage errors as it is parsed. */
public final class LangOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--lang", paramLabel = "zh|en", description = "Language of help and usage errors: zh (default) or en.")
    void lang(String value) {
        mixee.root().commandLine().setResourceBundle(Lang.bundle(Lang.of(value)));
    }
}

package reportcheck.cli;

/** Exit codes of {@code reportcheck}; documented in the README. */
public enum ExitCode {
    /** Every report was checked and none has a finding at or above {@code --fail-on}. */
    OK(0),
    /** Some report has a finding at or above {@code --fail-on}. */
    FINDINGS(1),
    /** The command line is wrong. */
    USAGE(2),
    /** Some input could not be read or checked; the others were, and their outputs written. */
    INPUT_ERRORS(3),
    /** The rules or their data under rules/ could not be loaded (the message names file and line). */
    RULES_ERROR(4),
    /** The output folder cannot be written. */
    OUTPUT_ERROR(5);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}

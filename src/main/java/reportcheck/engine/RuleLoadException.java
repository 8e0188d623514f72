package reportcheck.engine;

/** The rules could not be built: a DRL error (with file and line) or bad metadata. */
public class RuleLoadException extends RuntimeException {
    public RuleLoadException(String message) {
        super(message);
    }
}

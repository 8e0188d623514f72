package reportcheck.config;

/** A configuration or baseline file, or a command-line setting, that cannot be used; the message says why. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}

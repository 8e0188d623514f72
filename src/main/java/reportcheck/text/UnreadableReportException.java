package reportcheck.text;

/** A report that cannot be turned into text; the message says why, in terms a user can act on. */
public class UnreadableReportException extends Exception {
    public UnreadableReportException(String message) {
        super(message);
    }

    public UnreadableReportException(String message, Throwable cause) {
        super(message, cause);
    }
}

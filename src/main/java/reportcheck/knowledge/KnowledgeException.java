package reportcheck.knowledge;

/** A data file under rules/ is missing or malformed; the message names the file. */
public class KnowledgeException extends RuntimeException {
    public KnowledgeException(String message, Throwable cause) {
        super(message, cause);
    }

    public KnowledgeException(String message) {
        super(message);
    }
}

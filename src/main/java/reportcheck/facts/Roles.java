package reportcheck.facts;

/** The roles a line can play in a report's layout. Strings, so DRL can compare them plainly. */
public final class Roles {
    public static final String TITLE = "title";
    public static final String RESIDUE = "residue";
    public static final String ADDRESSEE = "addressee";
    public static final String HEADING = "heading";
    public static final String BODY = "body";
    public static final String CLOSING = "closing";
    public static final String ISSUER = "issuer";
    public static final String DATE = "date";
    public static final String NOTE = "note";
    /** A table row: a row or cell of a mandated table, or a line of text whose cells are split by bars. */
    public static final String TABLE = "table";

    private Roles() {
    }
}

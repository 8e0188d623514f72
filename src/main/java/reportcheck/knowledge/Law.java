package reportcheck.knowledge;

/**
 * A national law or administrative regulation from {@code rules/data/laws.json}: its full title, the
 * short form reports cite, and whether it is in force or a name repealed since the reports began.
 * Dates are 2019-05-06, 2019-05 or null when the source does not give them.
 */
public record Law(String title, String shortName, String kind, boolean inForce, String adopted, String revised,
        String number, String repealed, String by, String source) {

    /** 《中华人民共和国土地管理法》 */
    public String citation() {
        return "《" + title + "》";
    }
}

package reportcheck.facts;

import java.util.List;

/**
 * A document as it must be cited, from {@code rules/data/canonical-titles.json}: its exact title,
 * the shorter forms that are accepted, and the dates that say when it could be cited and applied.
 * Dates are kept as written ("2019-05", "2024-01-01") and as comparable numbers yyyymmdd, with 00
 * for an unknown month or day; 0 when the date is not recorded.
 */
public final class CanonicalTitle {
    private final String id;
    private final String title;
    private final String name;
    private final String key;
    private final List<String> keys;
    private final Integer yearFrom;
    private final Integer yearTo;
    private final String kind;
    private final String issuer;
    private final String number;
    private final String issued;
    private final int issuedKey;
    private final String inForce;
    private final int inForceKey;
    private final String revised;
    private final int revisedKey;
    private final String revisedInForce;
    private final int revisedInForceKey;

    public CanonicalTitle(String id, String title, String name, List<String> keys, Integer yearFrom, Integer yearTo,
            String kind, String issuer, String number, String issued, String inForce, String revised,
            String revisedInForce) {
        this.id = id;
        this.title = title;
        this.name = name;
        this.key = Keys.compact(name);
        this.keys = List.copyOf(keys);
        this.yearFrom = yearFrom;
        this.yearTo = yearTo;
        this.kind = kind;
        this.issuer = issuer;
        this.number = number;
        this.issued = issued;
        this.issuedKey = dateKey(issued);
        this.inForce = inForce;
        this.inForceKey = dateKey(inForce);
        this.revised = revised;
        this.revisedKey = dateKey(revised);
        this.revisedInForce = revisedInForce;
        this.revisedInForceKey = dateKey(revisedInForce);
    }

    /** "2019-05-06" → 20190506, "2019-05" → 20190500, null → 0. */
    public static int dateKey(String date) {
        if (date == null || date.isBlank()) {
            return 0;
        }
        String[] p = date.split("-");
        int y = Integer.parseInt(p[0]);
        int m = p.length > 1 ? Integer.parseInt(p[1]) : 0;
        int d = p.length > 2 ? Integer.parseInt(p[2]) : 0;
        return y * 10000 + m * 100 + d;
    }

    public String getId() {
        return id;
    }

    /** The exact title, without 《》, with full-width brackets and 一字线 as published. */
    public String getTitle() {
        return title;
    }

    /** The title in 《》, ready to be suggested. */
    public String getCitation() {
        return "《" + title + "》";
    }

    /** The title without its bracketed year range, folded. */
    public String getName() {
        return name;
    }

    /** {@link #getName()} without white space; editions of one outline share it. */
    public String getKey() {
        return key;
    }

    /** Keys of every accepted form of the name (the name itself, variants, the name without 中华人民共和国). */
    public List<String> getKeys() {
        return keys;
    }

    public Integer getYearFrom() {
        return yearFrom;
    }

    public Integer getYearTo() {
        return yearTo;
    }

    /** outline, plan, law, regulation, party-rule or opinion. */
    public String getKind() {
        return kind;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getNumber() {
        return number;
    }

    public String getIssued() {
        return issued;
    }

    public int getIssuedKey() {
        return issuedKey;
    }

    /** Year and month of issue as yyyymm, for comparing with a date known to the month. */
    public int getIssuedMonthKey() {
        return issuedKey / 100;
    }

    public String getInForce() {
        return inForce;
    }

    public int getInForceKey() {
        return inForceKey;
    }

    /** Date the latest major revision was adopted, or null. */
    public String getRevised() {
        return revised;
    }

    public int getRevisedKey() {
        return revisedKey;
    }

    public String getRevisedInForce() {
        return revisedInForce;
    }

    public int getRevisedInForceKey() {
        return revisedInForceKey;
    }

    @Override
    public String toString() {
        return "CanonicalTitle[" + id + "]";
    }
}

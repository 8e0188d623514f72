package reportcheck.desk;

/** What a reviewer decided about one finding. */
enum Decision {
    FIXED("fixed", "已修改"),
    NOT_AN_ISSUE("not-issue", "不是问题"),
    PENDING("pending", "待定");

    private final String id;
    private final String label;

    Decision(String id, String label) {
        this.id = id;
        this.label = label;
    }

    String id() {
        return id;
    }

    String label() {
        return label;
    }

    /** The decision of this id, or null for none or an unknown one. */
    static Decision of(String id) {
        for (Decision d : values()) {
            if (d.id.equals(id)) {
                return d;
            }
        }
        return null;
    }
}

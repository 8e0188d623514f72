package reportcheck.finding;

import java.util.Locale;

/** How bad a finding is. Declared worst first, so ordinal order is severity order. */
public enum Severity {
    ERROR("错误"), WARNING("警告"), INFO("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** Chinese label for checklists. */
    public String label() {
        return label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity parse(String s) {
        for (Severity v : values()) {
            if (v.id().equals(s.strip().toLowerCase(Locale.ROOT))) {
                return v;
            }
        }
        throw new IllegalArgumentException("未知的级别「" + s + "」（可用：error、warning、info）");
    }
}

package reportcheck.finding;

import java.util.List;

/** The finding categories of the public JSON interface, with their Chinese names. */
public final class Category {
    public static final List<String> ALL = List.of("missing-section", "structure", "contradiction", "duplicate",
            "placeholder", "citation", "arithmetic", "date", "numbering", "style", "artifact");

    private Category() {
    }

    public static boolean isKnown(String id) {
        return ALL.contains(id);
    }

    public static String label(String id) {
        return switch (id) {
            case "missing-section" -> "缺少必备部分";
            case "structure" -> "结构";
            case "contradiction" -> "前后矛盾";
            case "duplicate" -> "重复";
            case "placeholder" -> "未填写的占位";
            case "citation" -> "引用";
            case "arithmetic" -> "数字计算";
            case "date" -> "日期";
            case "numbering" -> "标题序号";
            case "style" -> "用语和标点规范";
            case "artifact" -> "网页残留";
            default -> id;
        };
    }
}

package reportcheck.knowledge;

import java.util.List;

/** A kind of report: its genre, and the parts it must have, in the order they usually come. */
public record Profile(String id, String name, List<PartSpec> parts, GenreSpec genre, List<Deadline> deadlines) {
    /** The genre of a profile file that names none: the first genre the project checked. */
    public static final String DEFAULT_GENRE = "law-government";

    public Profile(String id, String name, List<PartSpec> parts) {
        this(id, name, parts, new GenreSpec(DEFAULT_GENRE, "法治政府建设年度报告", List.of(), List.of(), 1), List.of());
    }

    /** A report of a genre no profile knows: no parts are asked of it. */
    public static Profile unknown() {
        return new Profile("none", "未识别的文种", List.of(), new GenreSpec(GenreSpec.UNKNOWN, "未识别的文种",
                List.of(), List.of(), 1), List.of());
    }
}

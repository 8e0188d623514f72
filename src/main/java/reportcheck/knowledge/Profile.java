package reportcheck.knowledge;

import java.util.List;

/** A kind of report: the parts it must have, in the order they usually come. */
public record Profile(String id, String name, List<PartSpec> parts) {
}

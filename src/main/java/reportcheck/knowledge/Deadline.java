package reportcheck.knowledge;

import java.util.regex.Pattern;

/**
 * When a report must be out, for an issuer of one kind: "department" reports by 31 January,
 * "government" reports by 31 March of the year after the reporting year.
 *
 * @param issuerPattern matched against the folded issuer's name (the signature, else the title's lead)
 */
public record Deadline(String kind, Pattern issuerPattern, int month, int day, String basis) {
}

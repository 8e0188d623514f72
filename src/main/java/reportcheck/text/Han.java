package reportcheck.text;

/**
 * Whether a character is a Chinese ideograph (Unicode script Han). The script lookup is a
 * binary search over all of Unicode; the two ranges below answer for nearly every character of
 * a report at once, and the lookup decides the rest, so the answer is always the lookup's.
 */
public final class Han {
    private Han() {
    }

    public static boolean is(int c) {
        if (c < 0x2E80) {
            return false; // the Han script starts with the CJK radicals at U+2E80
        }
        if (c >= 0x4E00 && c <= 0x9FFC) {
            return true; // CJK Unified Ideographs, all assigned up to U+9FFC in Unicode 13
        }
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}

package reportcheck.analysis;

/** Chinese numerals as used in ordinals and dates. */
final class Numerals {
    private static final String DIGITS = "〇一二三四五六七八九";

    private Numerals() {
    }

    /** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 二十三 → 23; -1 if not a numeral up to 99. */
    static int parse(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            if (s.length() != 1) {
                return -1;
            }
            return digit(s.charAt(0));
        }
        if (s.indexOf('十', ten + 1) >= 0) {
            return -1;
        }
        int tens = ten == 0 ? 1 : (ten == 1 ? digit(s.charAt(0)) : -1);
        int ones = ten == s.length() - 1 ? 0 : (ten == s.length() - 2 ? digit(s.charAt(ten + 1)) : -1);
        if (tens <= 0 || ones < 0) {
            return -1;
        }
        return tens * 10 + ones;
    }

    /** 二〇二四 → 2024 (digit by digit, as years are written). */
    static int parseDigits(String s) {
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = digit(s.charAt(i));
            if (d < 0) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    private static int digit(char c) {
        if (c == '零' || c == 'O' || c == '○') {
            return 0;
        }
        return DIGITS.indexOf(c);
    }

    /** Reads an Arabic or Chinese number (day, month) written in a date. */
    static int parseAny(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        return parse(s);
    }
}

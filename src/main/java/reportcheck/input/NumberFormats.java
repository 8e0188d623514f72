package reportcheck.input;

/**
 * Renders a list counter the way Word does for a numbering format ({@code w:numFmt}), so that a
 * generated label reads as the text a reader sees: 一 / 十一 for chineseCounting, 甲 for
 * ideographTraditional, ① for decimalEnclosedCircle. Formats Word offers only for other scripts
 * fall back to Arabic digits.
 */
final class NumberFormats {
    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String LEGAL_SIMPLIFIED = "零壹贰叁肆伍陆柒捌玖";
    private static final String LEGAL_TRADITIONAL = "零壹貳參肆伍陸柒捌玖";
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

    private NumberFormats() {
    }

    static String format(int n, String numFmt) {
        String fmt = numFmt == null ? "decimal" : numFmt;
        switch (fmt) {
            case "none":
                return "";
            case "decimalZero":
                return n >= 0 && n < 10 ? "0" + n : Integer.toString(n);
            case "decimalFullWidth":
            case "decimalFullWidth2":
                return fullWidth(Integer.toString(n));
            case "upperLetter":
                return letters(n, 'A');
            case "lowerLetter":
                return letters(n, 'a');
            case "upperRoman":
                return roman(n);
            case "lowerRoman":
                return roman(n).toLowerCase(java.util.Locale.ROOT);
            case "chineseCounting":
            case "chineseCountingThousand":
            case "taiwaneseCounting":
            case "taiwaneseCountingThousand":
            case "japaneseCounting":
                return chinese(n, "一二三四五六七八九", "十百千", "零");
            case "chineseLegalSimplified":
                return chinese(n, LEGAL_SIMPLIFIED.substring(1), "拾佰仟", "零");
            case "ideographLegalTraditional":
            case "japaneseLegal":
                return chinese(n, LEGAL_TRADITIONAL.substring(1), "拾佰仟", "零");
            case "ideographDigital":
            case "taiwaneseDigital":
            case "japaneseDigitalTenThousand":
                return digits(n);
            case "ideographTraditional":
                return n >= 1 ? String.valueOf(STEMS.charAt((n - 1) % 10)) : Integer.toString(n);
            case "ideographZodiac":
                return n >= 1 ? String.valueOf(BRANCHES.charAt((n - 1) % 12)) : Integer.toString(n);
            case "decimalEnclosedCircle":
            case "decimalEnclosedCircleChinese":
            case "ideographEnclosedCircle":
                return n >= 1 && n <= 20 ? String.valueOf((char) (0x2460 + n - 1)) : Integer.toString(n);
            case "decimalEnclosedParen":
                return n >= 1 && n <= 20 ? String.valueOf((char) (0x2474 + n - 1)) : "(" + n + ")";
            case "decimalEnclosedFullstop":
                return n >= 1 && n <= 20 ? String.valueOf((char) (0x2488 + n - 1)) : n + ".";
            default:
                return Integer.toString(n);
        }
    }

    /** Chinese counting up to 9999 as written in documents: 十, 十一, 二十, 一百零一. */
    static String chinese(int n, String ones, String units, String zero) {
        if (n <= 0 || n > 9999) {
            return Integer.toString(n);
        }
        int[] d = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
        StringBuilder sb = new StringBuilder();
        boolean pendingZero = false;
        for (int i = 0; i < 4; i++) {
            if (d[i] == 0) {
                pendingZero = sb.length() > 0;
                continue;
            }
            if (pendingZero) {
                sb.append(zero);
                pendingZero = false;
            }
            // 十一 rather than 一十一 when the number starts in the tens
            if (!(i == 2 && d[i] == 1 && sb.length() == 0)) {
                sb.append(ones.charAt(d[i] - 1));
            }
            if (i < 3) {
                sb.append(units.charAt(2 - i));
            }
        }
        return sb.toString();
    }

    private static String digits(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append(Character.isDigit(c) ? DIGITS.charAt(c - '0') : c);
        }
        return sb.toString();
    }

    private static String fullWidth(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(Character.isDigit(c) ? (char) (c - '0' + '０') : c);
        }
        return sb.toString();
    }

    /** Word repeats the letter past Z: 27 is AA, 28 is BB. */
    private static String letters(int n, char a) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        return String.valueOf((char) (a + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            while (n >= v[i]) {
                sb.append(s[i]);
                n -= v[i];
            }
        }
        return sb.toString();
    }
}

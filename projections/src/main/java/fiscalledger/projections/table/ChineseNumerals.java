package fiscalledger.projections.table;

/** 一、二、…二十六、 — the prefixes tables 01 and 04 print before their rows. */
final class ChineseNumerals {
    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private ChineseNumerals() {
    }

    static String of(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("no Chinese numeral for " + n);
        }
        if (n < 10) {
            return DIGITS[n];
        }
        return (n / 10 == 1 ? "" : DIGITS[n / 10]) + "十" + DIGITS[n % 10];
    }

    static String prefix(int n) {
        return of(n) + "、";
    }
}

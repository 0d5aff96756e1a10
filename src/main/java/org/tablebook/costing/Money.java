package org.tablebook.costing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The rounding rules of costing, in one place.
 *
 * <ul>
 *   <li>A wage rate is paid to the cent: each time a raise changes it, the rate paid is the raised
 *       rate rounded half up to the cent, as payroll pays it. The raises compound on the unrounded
 *       rate, as published costing examples do, so 10.00 raised 4% then 2% pays 10.61 (10.608).</li>
 *   <li>Everything else (hours, fractions of a year, costs) is carried unrounded, to
 *       {@link #PRECISION} digits where a division needs a limit, and a total is rounded to the cent
 *       once, where it is shown.</li>
 * </ul>
 */
public final class Money {
    /** Digits kept in a division (a fraction of a year, an hourly equivalent of a salary). */
    public static final MathContext PRECISION = new MathContext(24, RoundingMode.HALF_EVEN);
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {
    }

    /** The rate payroll pays: rounded half up to the cent. */
    public static BigDecimal paidRate(BigDecimal unrounded) {
        return unrounded.setScale(2, RoundingMode.HALF_UP);
    }

    /** A total as shown: rounded half up to the cent, once. */
    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** "$1,234,567.89" for USD: rounded to the cent, once, here. Unknown codes read "1,234.00 XYZ". */
    public static String format(BigDecimal amount, String currency) {
        java.text.NumberFormat f;
        try {
            f = java.text.NumberFormat.getCurrencyInstance(java.util.Locale.US);
            f.setCurrency(java.util.Currency.getInstance(currency));
        } catch (IllegalArgumentException e) {
            f = new java.text.DecimalFormat("#,##0.00 '" + currency.replace("'", "") + "'",
                    java.text.DecimalFormatSymbols.getInstance(java.util.Locale.US));
        }
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(cents(amount));
    }

    /** "4.25%": a percent to two places. */
    public static String percent(BigDecimal percent) {
        return percent.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /**
     * {@code percent}% of {@code amount}, to {@link #PRECISION} digits: the exact hundredth of the
     * product rounded as a division by 100 rounds it, without the cost of a division.
     */
    static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return amount.multiply(percent).movePointLeft(2).round(PRECISION);
    }

    static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, PRECISION);
    }
}

package org.tablebook.costing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The cost above the baseline in one contract year, unrounded (round with {@link Money#cents}).
 *
 * @param year 1 for the first contract year
 * @param end the day after the year's last day
 * @param pay wages, overtime, premiums and paid days off above the baseline
 * @param rollUp the payroll taxes and pay-driven benefits on that pay and on lump sums
 * @param benefits the employer's health share above the baseline
 * @param lumpSums one-time payments made in the year (never part of any rate)
 */
public record YearCost(int year, LocalDate start, LocalDate end, BigDecimal pay, BigDecimal rollUp,
        BigDecimal benefits, BigDecimal lumpSums) {

    public BigDecimal total() {
        return pay.add(rollUp).add(benefits).add(lumpSums);
    }

    YearCost plus(YearCost o) {
        return new YearCost(year, start, end, pay.add(o.pay), rollUp.add(o.rollUp), benefits.add(o.benefits),
                lumpSums.add(o.lumpSums));
    }
}

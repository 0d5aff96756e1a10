package org.tablebook.costing;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a set of costing items costs above the baseline: by contract year (rises compound, so a
 * raise in year 1 costs again in years 2 and 3), and over the whole term.
 *
 * @param headcount the unit's people today, for the average per person
 */
public record CostBreakdown(List<YearCost> years, int headcount) {

    public CostBreakdown {
        years = List.copyOf(years);
    }

    /** Total over the term, unrounded. */
    public BigDecimal total() {
        return years.stream().map(YearCost::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The cost of contract year {@code year} (1-based); zero past the term. */
    public BigDecimal year(int year) {
        return year >= 1 && year <= years.size() ? years.get(year - 1).total() : BigDecimal.ZERO;
    }

    /** The total over the term per person of today's unit, per contract year; zero for an empty unit. */
    public BigDecimal averagePerPersonPerYear() {
        if (headcount == 0 || years.isEmpty()) {
            return BigDecimal.ZERO;
        }
        return Money.divide(total(), BigDecimal.valueOf((long) headcount * years.size()));
    }
}

package org.tablebook.costing;

import java.math.BigDecimal;

/**
 * One line of the package table, unrounded: money for a contract year, the total, or the average
 * per person per year; percentage points for the percent line.
 *
 * @param year the contract year for a YEAR line, else 0
 */
public record PackageLine(Kind kind, int year, BigDecimal ours, BigDecimal theirs, BigDecimal gap,
        BigDecimal settled) {

    /** What a line holds. */
    public enum Kind {
        YEAR,
        TOTAL,
        /** Each package as a percent of what the unit costs today over the term; the gap in points. */
        PERCENT_OF_BASELINE,
        AVERAGE_PER_PERSON_PER_YEAR
    }

    public boolean isMoney() {
        return kind != Kind.PERCENT_OF_BASELINE;
    }
}

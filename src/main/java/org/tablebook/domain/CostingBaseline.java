package org.tablebook.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The unit's costing, apart from its classifications: the money's currency, the contract term the
 * proposals are costed over, and the roll-up: payroll taxes and other costs that rise with pay, as
 * a percent of pay (a pension paid as a percent of pay is set per classification). A negotiation
 * has at most one.
 *
 * @param termStart the first day of the new contract
 * @param termEnd the last day of the new contract
 */
public record CostingBaseline(
        String id,
        String currency,
        LocalDate termStart,
        LocalDate termEnd,
        BigDecimal rollUpPercent,
        Instant createdAt,
        Instant updatedAt) implements Entity {

    /** A contract of more than this many years is surely a typing mistake. */
    public static final int MAX_YEARS = 10;

    public CostingBaseline {
        Check.id("id", id);
        currency = Check.required("currency", "label.theCurrency", currency);
        if (currency.length() > 8) {
            throw Check.refusal("currency", "record.currencyCode");
        }
        Check.present("termStart", "label.theFirstDayOfTheContract", termStart);
        Check.present("termEnd", "label.theLastDayOfTheContract", termEnd);
        if (!termEnd.isAfter(termStart)) {
            throw Check.refusal("termEnd", "record.termEndAfterStart", termEnd.toString(), termStart.toString());
        }
        if (termStart.plusYears(MAX_YEARS).isBefore(termEnd)) {
            throw Check.refusal("termEnd", "record.termTooLong", MAX_YEARS);
        }
        Check.notNegative("rollUpPercent", "label.theRollUp", rollUpPercent);
        Check.timestamps("updatedAt", createdAt, updatedAt);
    }

    /** Contract years: each starts on the term's anniversary; the last may be short. */
    public int years() {
        int n = 1;
        while (!termStart.plusYears(n).isAfter(termEnd)) {
            n++;
        }
        return n;
    }

    /** The first day of contract year {@code year} (1-based). */
    public LocalDate yearStart(int year) {
        return termStart.plusYears(year - 1L);
    }

    /** The day after contract year {@code year} ends (exclusive), never past the term. */
    public LocalDate yearEnd(int year) {
        LocalDate end = termStart.plusYears(year);
        LocalDate afterTerm = termEnd.plusDays(1);
        return end.isAfter(afterTerm) ? afterTerm : end;
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.COSTING_BASELINE;
    }
}

package org.tablebook.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One classification of the unit in aggregate (never a person): how many hold it and what a
 * person in it costs the employer today, on average.
 *
 * @param rate money per hour (HOURLY) or per year (ANNUAL)
 * @param standardHours paid hours a person works in a year (2,080 for 40 a week)
 * @param overtimeHours average overtime hours a person works in a year
 * @param overtimeMultiplier overtime pay per hour as a multiple of the rate (1.5)
 * @param premiumHours average hours a year a person works on a shift that carries a differential
 * @param premiumPerHour the shift differential, money per premium hour
 * @param healthPremium the health plan's yearly premium per person
 * @param employerHealthPercent the share of that premium the employer pays, in percent
 * @param pensionPercent the employer's pension contribution, in percent of pay
 */
public record Classification(
        String id,
        String name,
        int headcount,
        PayBasis payBasis,
        BigDecimal rate,
        BigDecimal standardHours,
        BigDecimal overtimeHours,
        BigDecimal overtimeMultiplier,
        BigDecimal premiumHours,
        BigDecimal premiumPerHour,
        BigDecimal healthPremium,
        BigDecimal employerHealthPercent,
        BigDecimal pensionPercent,
        Instant createdAt,
        Instant updatedAt) implements Entity {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Classification {
        Check.id("id", id);
        name = Check.required("name", "label.theClassificationsName", name);
        Check.notNegative("headcount", "label.theHeadcount", headcount);
        Check.present("payBasis", "label.thePayBasis", payBasis);
        Check.notNegative("rate", "label.theRate", rate);
        Check.notNegative("standardHours", "label.theStandardHours", standardHours);
        if (standardHours.signum() == 0) {
            throw Check.refusal("standardHours", "record.standardHoursZero");
        }
        if (standardHours.compareTo(BigDecimal.valueOf(8784)) > 0) {
            throw Check.refusal("standardHours", "record.standardHoursTooMany", 8784);
        }
        Check.notNegative("overtimeHours", "label.theOvertimeHours", overtimeHours);
        Check.notNegative("overtimeMultiplier", "label.theOvertimeMultiplier", overtimeMultiplier);
        Check.notNegative("premiumHours", "label.thePremiumHours", premiumHours);
        Check.notNegative("premiumPerHour", "label.theShiftDifferential", premiumPerHour);
        Check.notNegative("healthPremium", "label.theHealthPremium", healthPremium);
        Check.notNegative("employerHealthPercent", "label.theEmployersHealthShare", employerHealthPercent);
        if (employerHealthPercent.compareTo(HUNDRED) > 0) {
            throw Check.refusal("employerHealthPercent", "record.healthShareOver100");
        }
        Check.notNegative("pensionPercent", "label.thePensionContribution", pensionPercent);
        Check.timestamps("updatedAt", createdAt, updatedAt);
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.CLASSIFICATION;
    }
}

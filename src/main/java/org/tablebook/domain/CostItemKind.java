package org.tablebook.domain;

/**
 * What a priced item on an economic pass changes. The {@code amount} of a {@link CostItem} means,
 * by kind: a percent, money per hour, money per person, a new rate, money per premium hour,
 * percentage points of the employer's health share, days per person per year, or positions.
 */
public enum CostItemKind {
    /** Every rate rises by {@code amount} percent from the effective date. */
    ACROSS_THE_BOARD_PERCENT(true),
    /** Every hourly rate rises by {@code amount} per hour (an annual salary by amount times its hours). */
    AMOUNT_PER_HOUR(true),
    /** A one-time payment of {@code amount} to each person, on the effective date; never part of the rate. */
    LUMP_SUM(true),
    /** The classification's rate becomes {@code amount} (a step or a reclassification). */
    NEW_RATE(true),
    /** The shift differential rises by {@code amount} per premium hour. */
    PREMIUM_CHANGE(true),
    /** The employer's share of the health premium rises by {@code amount} percentage points. */
    BENEFIT_SHARE_CHANGE(false),
    /** Each person gets {@code amount} more paid days off a year, paid at the rate of the day. */
    PAID_DAYS_OFF(true),
    /** {@code amount} more positions in the classification, each costing what a person there costs. */
    ADDED_POSITIONS(true);

    private final boolean wageDriven;

    CostItemKind(boolean wageDriven) {
        this.wageDriven = wageDriven;
    }

    /** Whether its cost is pay, and so carries the roll-up (payroll taxes and pay-driven benefits). */
    public boolean wageDriven() {
        return wageDriven;
    }

    /** Whether it applies to one classification or, with none named, to all. */
    public boolean needsClassification() {
        return this == NEW_RATE || this == ADDED_POSITIONS;
    }
}

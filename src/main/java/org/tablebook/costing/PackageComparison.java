package org.tablebook.costing;

import java.math.BigDecimal;
import java.util.List;
import org.tablebook.domain.CostingBaseline;

/**
 * Ours against theirs: each side's current package, what the tentative agreements settle, the gap,
 * and how both moved, with the figures a committee reads them against.
 *
 * @param baselineAnnualCost what the unit costs the employer in a year today
 * @param costOfOnePercent what a 1% raise costs for a year, roll-up included
 * @param movement the totals after each day with costed passes, oldest first
 */
public record PackageComparison(CostingBaseline baseline, int headcount, BigDecimal baselineAnnualCost,
        BigDecimal costOfOnePercent, SidePackage ours, SidePackage theirs, SidePackage settled,
        List<PackagePoint> movement) {

    public PackageComparison {
        movement = List.copyOf(movement);
    }

    /** Ours less theirs over the term. */
    public BigDecimal gap() {
        return ours.total().subtract(theirs.total());
    }

    /** A package's total as a percent of what the unit costs today over the same term; zero for an empty unit. */
    public BigDecimal percentOfBaseline(SidePackage p) {
        BigDecimal overTerm = baselineAnnualCost.multiply(BigDecimal.valueOf(baseline.years()));
        return overTerm.signum() == 0 ? BigDecimal.ZERO
                : Money.divide(p.total().multiply(Money.HUNDRED), overTerm);
    }

    /** The gap in percentage points of the baseline over the term. */
    public BigDecimal gapPercent() {
        return percentOfBaseline(ours).subtract(percentOfBaseline(theirs));
    }

    /** The package table as committees read it: each contract year, the total, the percent, the average. */
    public List<PackageLine> table() {
        List<PackageLine> out = new java.util.ArrayList<>();
        for (int y = 1; y <= baseline.years(); y++) {
            int year = y;
            out.add(line(PackageLine.Kind.YEAR, y, b -> b.year(year)));
        }
        out.add(line(PackageLine.Kind.TOTAL, 0, CostBreakdown::total));
        out.add(new PackageLine(PackageLine.Kind.PERCENT_OF_BASELINE, 0, percentOfBaseline(ours),
                percentOfBaseline(theirs), gapPercent(), percentOfBaseline(settled)));
        out.add(line(PackageLine.Kind.AVERAGE_PER_PERSON_PER_YEAR, 0, CostBreakdown::averagePerPersonPerYear));
        return out;
    }

    private PackageLine line(PackageLine.Kind kind, int year, java.util.function.Function<CostBreakdown, BigDecimal> f) {
        BigDecimal o = f.apply(ours.cost());
        BigDecimal t = f.apply(theirs.cost());
        // The gap of a row is the difference of the figures as shown, so a reader's subtraction agrees.
        return new PackageLine(kind, year, o, t, Money.cents(o).subtract(Money.cents(t)), f.apply(settled.cost()));
    }

    /** How many 1% raises the gap is worth in the first year: how committees often say it. */
    public BigDecimal gapInOnePercents() {
        return costOfOnePercent.signum() == 0 ? BigDecimal.ZERO
                : Money.divide(ours.cost().year(1).subtract(theirs.cost().year(1)), costOfOnePercent);
    }
}

package org.tablebook.costing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.Classification;
import org.tablebook.domain.CostItem;
import org.tablebook.domain.CostItemKind;
import org.tablebook.domain.CostingBaseline;
import org.tablebook.domain.PayBasis;

/**
 * The costing method against worked examples. Where a figure comes from published material the
 * comment names it; the others are worked by hand in the comment, step by step.
 *
 * <p>Published sources: AFSCME Research and Collective Bargaining Services, "Costing 101" (Mark
 * Murphy, Western Region Contract Campaigns Training handout, August 2014): a $1,000,000 payroll
 * raised 3% a year costs $30,000, $60,900 and $92,727 over the base year; a $0.30 raise on 100,000
 * hours costs $30,000; a $750 bonus to 40 workers costs $30,000 and is not cumulative; the roll-up
 * on wage increases is 17.15% (Social Security 6.20, Medicare 1.45, pension 6.00, unemployment
 * 1.50, workers' comp 1.50, life insurance 0.50); $10.00 raised 4% then 2%, or 2% then 4%, is
 * $10.61 either way. Massachusetts Nurses Association, "Contract Costing Terminology and
 * Concepts" (annualizing): a 6% raise on July 1 of a January-to-December year costs 3% that year.
 */
class CostingEngineTest {
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
    private static final LocalDate START = LocalDate.of(2027, 1, 1);

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static CostingBaseline term(int years, String rollUp) {
        return new CostingBaseline("b", "USD", START, START.plusYears(years).minusDays(1), d(rollUp), T, T);
    }

    /** 100 people on a $10,000 salary: the guide's $1,000,000 payroll, no overtime, premiums or health. */
    private static Classification salaried() {
        return new Classification("c", "Clerk", 100, PayBasis.ANNUAL, d("10000"), d("2000"), d("0"), d("1.5"),
                d("0"), d("0"), d("0"), d("0"), d("0"), T, T);
    }

    /** 50 people at $10.00 an hour for 2,000 hours: 100,000 hours, a $1,000,000 payroll. */
    private static Classification hourly() {
        return new Classification("h", "Aide", 50, PayBasis.HOURLY, d("10.00"), d("2000"), d("0"), d("1.5"),
                d("0"), d("0"), d("0"), d("0"), d("0"), T, T);
    }

    private static CostItem item(String id, CostItemKind kind, String amount, LocalDate on) {
        return new CostItem(id, "p", kind, null, d(amount), on, "", T, T);
    }

    private static BigDecimal cents(BigDecimal v) {
        return Money.cents(v);
    }

    @Test
    void threePercentAYearCompoundsAsTheAfscmeGuideShows() {
        CostBreakdown cost = CostingEngine.cost(term(3, "0"), List.of(salaried()), List.of(
                item("1", CostItemKind.ACROSS_THE_BOARD_PERCENT, "3", START),
                item("2", CostItemKind.ACROSS_THE_BOARD_PERCENT, "3", START.plusYears(1)),
                item("3", CostItemKind.ACROSS_THE_BOARD_PERCENT, "3", START.plusYears(2))));

        assertEquals(d("30000.00"), cents(cost.year(1)));
        assertEquals(d("60900.00"), cents(cost.year(2)));
        assertEquals(d("92727.00"), cents(cost.year(3)));
        assertEquals(d("183627.00"), cents(cost.total()), "30,000 + 60,900 + 92,727");
    }

    @Test
    void theRollUpOnThoseRaisesIsSeventeenFifteenPercent() {
        CostBreakdown cost = CostingEngine.cost(term(3, "17.15"), List.of(salaried()), List.of(
                item("1", CostItemKind.ACROSS_THE_BOARD_PERCENT, "3", START),
                item("2", CostItemKind.ACROSS_THE_BOARD_PERCENT, "3", START.plusYears(1)),
                item("3", CostItemKind.ACROSS_THE_BOARD_PERCENT, "3", START.plusYears(2))));

        // 30,000 x 17.15% = 5,145.00; 60,900 x 17.15% = 10,444.35; 92,727 x 17.15% = 15,902.6805.
        assertEquals(d("5145.00"), cents(cost.years().get(0).rollUp()));
        assertEquals(d("10444.35"), cents(cost.years().get(1).rollUp()));
        assertEquals(d("15902.68"), cents(cost.years().get(2).rollUp()));
        // 35,145 + 71,344.35 + 108,629.6805 = 215,119.0305: rounded once, at the total.
        assertEquals(d("215119.03"), cents(cost.total()));
    }

    @Test
    void theCostOfOnePercentIsOnePercentOfPayrollWithItsRollUp() {
        assertEquals(d("10000.00"), cents(CostingEngine.costOfOnePercent(term(1, "0"), List.of(hourly()))),
                "1% of $1,000,000");
        assertEquals(d("11715.00"), cents(CostingEngine.costOfOnePercent(term(1, "17.15"), List.of(hourly()))),
                "10,000 x 1.1715");
        // A 1% raise from the first day costs exactly that in its first year.
        CostBreakdown one = CostingEngine.cost(term(1, "17.15"), List.of(hourly()),
                List.of(item("1", CostItemKind.ACROSS_THE_BOARD_PERCENT, "1", START)));
        assertEquals(d("11715.00"), cents(one.total()));
    }

    @Test
    void centsPerHourCostTheRaiseTimesTheHours() {
        CostBreakdown cost = CostingEngine.cost(term(1, "0"), List.of(hourly()),
                List.of(item("1", CostItemKind.AMOUNT_PER_HOUR, "0.30", START)));
        assertEquals(d("30000.00"), cents(cost.total()), "$0.30 x 100,000 hours");
    }

    @Test
    void aRateIsPaidToTheCentWhateverTheOrderOfTheRaises() {
        // $10.00 x 1.04 = 10.40, x 1.02 = 10.608, paid 10.61; x 1.02 = 10.20, x 1.04 = 10.608, paid 10.61.
        // Year 2 then costs (10.61 - 10.00) x 100,000 hours = 61,000.00 in both orders.
        CostBreakdown fourThenTwo = CostingEngine.cost(term(2, "0"), List.of(hourly()), List.of(
                item("1", CostItemKind.ACROSS_THE_BOARD_PERCENT, "4", START),
                item("2", CostItemKind.ACROSS_THE_BOARD_PERCENT, "2", START.plusYears(1))));
        CostBreakdown twoThenFour = CostingEngine.cost(term(2, "0"), List.of(hourly()), List.of(
                item("1", CostItemKind.ACROSS_THE_BOARD_PERCENT, "2", START),
                item("2", CostItemKind.ACROSS_THE_BOARD_PERCENT, "4", START.plusYears(1))));
        assertEquals(d("61000.00"), cents(fourThenTwo.year(2)));
        assertEquals(d("61000.00"), cents(twoThenFour.year(2)));
        assertEquals(d("40000.00"), cents(fourThenTwo.year(1)), "10.40 - 10.00 = 0.40 x 100,000");
        assertEquals(d("20000.00"), cents(twoThenFour.year(1)));
    }

    @Test
    void aRaiseOnJulyFirstCostsHalfItsFirstYearAndAllOfTheNext() {
        // 6% on July 1 of a January-December year: 6% x 6/12 = 3% of $1,000,000 = 30,000 (MNA).
        // Year 2 has it all year: 60,000. Year 2's 4% on July 1 of 2028 adds 10,600 x 100 x 4% x 6/12
        // = 21,200 in year 2, and in year 3 the whole 42,400 on top of the 60,000.
        CostBreakdown cost = CostingEngine.cost(term(3, "0"), List.of(salaried()), List.of(
                item("1", CostItemKind.ACROSS_THE_BOARD_PERCENT, "6", LocalDate.of(2027, 7, 1)),
                item("2", CostItemKind.ACROSS_THE_BOARD_PERCENT, "4", LocalDate.of(2028, 7, 1))));
        assertEquals(d("30000.00"), cents(cost.year(1)));
        assertEquals(d("81200.00"), cents(cost.year(2)), "60,000 + 21,200");
        assertEquals(d("102400.00"), cents(cost.year(3)), "60,000 + 42,400");
    }

    @Test
    void aLumpSumIsPaidOnceAndNeverEntersTheRate() {
        Classification forty = new Classification("f", "Cook", 40, PayBasis.HOURLY, d("20.00"), d("2080"), d("0"),
                d("1.5"), d("0"), d("0"), d("0"), d("0"), d("0"), T, T);
        CostBreakdown cost = CostingEngine.cost(term(3, "0"), List.of(forty), List.of(
                item("1", CostItemKind.LUMP_SUM, "750", LocalDate.of(2027, 3, 15)),
                item("2", CostItemKind.ACROSS_THE_BOARD_PERCENT, "2", START.plusYears(1))));
        assertEquals(d("30000.00"), cents(cost.year(1)), "$750 x 40 workers (AFSCME)");
        // Year 2: only the 2%: 20.00 -> 20.40, 0.40 x 2,080 hours x 40 = 33,280.00; the bonus is gone.
        assertEquals(d("33280.00"), cents(cost.year(2)));
        assertEquals(d("0.00"), cents(cost.years().get(1).lumpSums()));
    }

    @Test
    void aLumpSumCarriesTheRollUp() {
        CostBreakdown cost = CostingEngine.cost(term(1, "17.15"), List.of(hourly()),
                List.of(item("1", CostItemKind.LUMP_SUM, "750", START)));
        // 750 x 50 = 37,500; roll-up 37,500 x 17.15% = 6,431.25.
        assertEquals(d("37500.00"), cents(cost.years().get(0).lumpSums()));
        assertEquals(d("6431.25"), cents(cost.years().get(0).rollUp()));
    }

    @Test
    void aBenefitShareChangeCostsThePremiumTimesTheNewShareWithoutRollUp() {
        // 40 people, a $12,000 premium, the employer's share from 80% to 85% on July 1:
        // 12,000 x 5% = 600 a person a year, x 40 = 24,000 a year; half of it in year 1.
        Classification insured = new Classification("i", "Nurse", 40, PayBasis.HOURLY, d("40.00"), d("2080"),
                d("0"), d("1.5"), d("0"), d("0"), d("12000"), d("80"), d("0"), T, T);
        CostBreakdown cost = CostingEngine.cost(term(2, "17.15"), List.of(insured), List.of(
                item("1", CostItemKind.BENEFIT_SHARE_CHANGE, "5", LocalDate.of(2027, 7, 1))));
        assertEquals(d("12000.00"), cents(cost.year(1)));
        assertEquals(d("24000.00"), cents(cost.year(2)));
        assertEquals(d("0.00"), cents(cost.years().get(1).rollUp()), "health is not pay");
    }

    @Test
    void overtimePremiumsDaysOffAndPositionsFollowTheRate() {
        // 10 people at 30.00 for 2,080 hours, 100 overtime hours at 1.5, 500 night hours at 1.00.
        Classification c = new Classification("n", "Night nurse", 10, PayBasis.HOURLY, d("30.00"), d("2080"),
                d("100"), d("1.5"), d("500"), d("1.00"), d("10000"), d("90"), d("5"), T, T);
        CostingBaseline b = term(1, "10");
        // 3% raise: 30.90. Per person, pay 0.90 x 2,080 = 1,872 and overtime 100 x 1.5 x 0.90 = 135:
        // 2,007 x 10 = 20,070; roll-up 10% + 5% pension = 3,010.50; total 23,080.50.
        assertEquals(d("23080.50"), cents(CostingEngine.cost(b, List.of(c),
                List.of(item("1", CostItemKind.ACROSS_THE_BOARD_PERCENT, "3", START))).total()));
        // Night differential +0.50: 500 x 0.50 x 10 = 2,500, x 1.15 = 2,875.00.
        assertEquals(d("2875.00"), cents(CostingEngine.cost(b, List.of(c),
                List.of(item("1", CostItemKind.PREMIUM_CHANGE, "0.50", START))).total()));
        // One more paid day off: 2,080 / 260 = 8 hours x 30.00 x 10 = 2,400, x 1.15 = 2,760.00.
        assertEquals(d("2760.00"), cents(CostingEngine.cost(b, List.of(c),
                List.of(item("1", CostItemKind.PAID_DAYS_OFF, "1", START))).total()));
        // Two added positions cost two people: pay 62,400 + overtime 4,500 + night 500 = 67,400,
        // x 1.15 = 77,510, + health 9,000 = 86,510 a person; x 2 = 173,020.00.
        CostItem added = new CostItem("1", "p", CostItemKind.ADDED_POSITIONS, "n", d("2"), START, "", T, T);
        assertEquals(d("173020.00"), cents(CostingEngine.cost(b, List.of(c), List.of(added)).total()));
        assertEquals(d("865100.00"), cents(CostingEngine.baselineAnnualCost(b, List.of(c))), "86,510 x 10");
    }

    @Test
    void aNewRateForOneClassificationLeavesTheOthersAlone() {
        CostItem step = new CostItem("1", "p", CostItemKind.NEW_RATE, "h", d("10.50"), START, "", T, T);
        CostBreakdown cost = CostingEngine.cost(term(1, "0"), List.of(hourly(), salaried()), List.of(step));
        assertEquals(d("50000.00"), cents(cost.total()), "0.50 x 100,000 hours; the clerks unchanged");
    }

    @Test
    void theAverageIsPerPersonOfTodaysUnitPerContractYear() {
        CostBreakdown cost = CostingEngine.cost(term(3, "0"), List.of(salaried()), List.of(
                item("1", CostItemKind.ACROSS_THE_BOARD_PERCENT, "3", START),
                item("2", CostItemKind.ACROSS_THE_BOARD_PERCENT, "3", START.plusYears(1)),
                item("3", CostItemKind.ACROSS_THE_BOARD_PERCENT, "3", START.plusYears(2))));
        // 183,627 / 100 people / 3 years = 612.09.
        assertEquals(d("612.09"), cents(cost.averagePerPersonPerYear()));
    }

    @Test
    void itemsOutsideTheTermStartWithItOrCostNothing() {
        CostBreakdown cost = CostingEngine.cost(term(1, "0"), List.of(salaried()), List.of(
                item("1", CostItemKind.ACROSS_THE_BOARD_PERCENT, "3", START.minusMonths(3)),
                item("2", CostItemKind.ACROSS_THE_BOARD_PERCENT, "50", START.plusYears(2))));
        assertEquals(d("30000.00"), cents(cost.total()));
    }
}

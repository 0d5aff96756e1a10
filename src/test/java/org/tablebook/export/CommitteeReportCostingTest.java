package org.tablebook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tablebook.costing.Money;
import org.tablebook.costing.PackageComparison;
import org.tablebook.costing.Packages;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.sample.SampleNegotiation;

/** The package by year, ours and theirs, on the sample, as the committee report prints it. */
class CommitteeReportCostingTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-12T14:30:00Z"), ZoneId.of("America/Chicago"));
    private final NegotiationSnapshot sample = SampleNegotiation.build(CLOCK);
    private final Xhtml page = Xhtml.parse(CommitteeReportRenderer.html(sample, List.of(), CLOCK, PageSize.LETTER));

    private static String usd(java.math.BigDecimal v) {
        return Money.format(v, "USD");
    }

    @Test
    void thePackageTablePrintsEachYearOursTheirsTheGapAndWhatIsSettled() {
        PackageComparison c = Packages.compare(sample, null).orElseThrow();
        List<String> rows = page.texts("//section[@id='costing']//tbody/tr");
        assertEquals(6, rows.size(), rows.toString());
        for (int y = 1; y <= 3; y++) {
            java.math.BigDecimal ours = c.ours().cost().year(y);
            java.math.BigDecimal theirs = c.theirs().cost().year(y);
            assertEquals("Year " + y + " " + usd(ours) + " " + usd(theirs) + " "
                    + usd(Money.cents(ours).subtract(Money.cents(theirs))) + " $416,805.00", rows.get(y - 1));
        }
        assertTrue(rows.get(3).startsWith("Total over the term " + usd(c.ours().total())), rows.get(3));
        assertTrue(rows.get(3).endsWith(" $1,250,415.00"), "the uniforms TA, three years");
        // The published ordering: our 4.5/4/4 costs more than their 2.5/2.5/2.5 in every year.
        assertTrue(c.ours().cost().year(1).compareTo(c.theirs().cost().year(1)) > 0);
        String section = page.text("//section[@id='costing']");
        assertTrue(section.contains("1,850 people in 5 classifications"), section);
        assertTrue(section.contains("The cost of 1%: " + usd(c.costOfOnePercent()) + " a year, roll-up included."));
        assertTrue(section.contains("Settled so far: U-9 $200 a year, paid in January"), section);
    }

    @Test
    void eachEconomicPassSaysWhatItCostsOrThatItIsNotCosted() {
        String demands = page.text("//section[@id='demands']");
        assertTrue(demands.contains("6% / 5% / 5% across the board"), demands);
        assertTrue(demands.matches("(?s).*Costs \\$[0-9,]+\\.[0-9]{2} over the term.*"), "a costed pass");
        assertTrue(demands.contains("Not costed"), "an economic pass without items says so");
    }

    @Test
    void aNegotiationWithoutABaselineSaysSo() {
        NegotiationSnapshot none = sample.withCosting(List.of(), List.of(), List.of());
        Xhtml plain = Xhtml.parse(CommitteeReportRenderer.html(none, List.of(), CLOCK, PageSize.LETTER));
        assertEquals("Costing No costing baseline entered.", plain.text("//section[@id='costing']"));
    }
}

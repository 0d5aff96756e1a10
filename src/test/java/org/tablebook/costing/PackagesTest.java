package org.tablebook.costing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.Side;
import org.tablebook.domain.sample.SampleNegotiation;

/** Ours against theirs on the sample: which passes make each package, what is settled, how they moved. */
class PackagesTest {
    private final NegotiationSnapshot sample = SampleNegotiation.build(
            Clock.fixed(Instant.parse("2026-05-12T14:30:00Z"), ZoneId.of("America/Chicago")));

    private static List<String> summaries(SidePackage p) {
        return p.passes().stream().map(Proposal::summary).toList();
    }

    @Test
    void eachSidesPackageIsItsLatestCostedPassOnEachDemand() {
        PackageComparison c = Packages.compare(sample, null).orElseThrow();
        assertEquals(List.of("4.5% / 4% / 4% with step placement up to 8 years", "Share capped at 12%, 15% for family coverage",
                "$200 a year, paid in January"), summaries(c.ours()));
        assertEquals(List.of("2.5% a year if the pension freeze is accepted", "Employee share 25% of the high-deductible plan",
                "$175 a year"), summaries(c.theirs()));
        assertEquals(List.of("$200 a year, paid in January"), summaries(c.settled()), "the uniforms TA");
        assertEquals(1850, c.headcount());
        assertTrue(c.gap().signum() > 0, "ours costs more than theirs");
    }

    @Test
    void theSettledUniformAllowanceIsTwoHundredAPersonAYearWithItsRollUp() {
        PackageComparison c = Packages.compare(sample, null).orElseThrow();
        // 200 x 1,850 = 370,000 a year; roll-up 8.65% + 4% pension = 12.65%: 46,805; 416,805 a year.
        assertEquals(new BigDecimal("416805.00"), Money.cents(c.settled().cost().year(1)));
        assertEquals(new BigDecimal("1250415.00"), Money.cents(c.settled().total()));
    }

    @Test
    void thePackagesMovedSessionBySession() {
        PackageComparison c = Packages.compare(sample, null).orElseThrow();
        List<PackagePoint> m = c.movement();
        assertTrue(m.size() >= 4, m.toString());
        assertEquals(0, m.get(0).theirs().signum(), "they had costed nothing at the first session");
        assertEquals(c.ours().total(), m.get(m.size() - 1).ours());
        assertEquals(c.theirs().total(), m.get(m.size() - 1).theirs());
        // As of the first session only our opening (6/5/5, 10-point health share, $250) was on the table.
        PackageComparison first = Packages.compare(sample, m.get(0).on()).orElseThrow();
        assertEquals(3, first.ours().passes().size());
        assertTrue(first.theirs().isEmpty());
        assertTrue(Packages.current(sample, Side.THEIRS, m.get(0).on()).isEmpty());
    }

    @Test
    void aPassWithoutItemsIsNotCosted() {
        Proposal uncosted = sample.proposals().stream().filter(p -> sample.costItemsOf(p.id()).isEmpty()).findFirst()
                .orElseThrow();
        assertTrue(Packages.costOf(sample, uncosted).isEmpty());
    }

    @Test
    void withoutABaselineThereIsNothingToCompare() {
        NegotiationSnapshot none = sample.withCosting(List.of(), List.of(), List.of());
        assertTrue(Packages.compare(none, null).isEmpty());
    }
}

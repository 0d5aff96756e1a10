package org.tablebook.costing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tablebook.domain.CostItem;
import org.tablebook.domain.CostingBaseline;
import org.tablebook.domain.Demand;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.Side;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.domain.sample.SampleNegotiation;
import org.tablebook.domain.sample.StressCosting;
import org.tablebook.domain.sample.StressNegotiation;

/**
 * The comparison as the Costing section works it out (each classification costed once for each
 * list of items, what is kept between snapshots reused) gives the same figures as the
 * straightforward way: every package of every costed day costed afresh with
 * {@link CostingEngine#cost}, each side's package found by searching every demand's passes.
 */
class PackagesSameFiguresTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-12T14:30:00Z"), ZoneId.of("America/Chicago"));

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 8);
    }

    /** A generated negotiation of a few hundred passes with its costing: 40 classifications, many priced passes. */
    private static NegotiationSnapshot generated(long seed) {
        return StressCosting.add(StressNegotiation.build(seed, new StressNegotiation.Size(20, 60, 600, 12, 8, 30),
                CLOCK), seed);
    }

    @Test
    void theSampleCostsTheSameBothWays() {
        NegotiationSnapshot sample = SampleNegotiation.build(CLOCK);
        assertSame(straightforward(sample, null), Packages.compare(sample, null).orElseThrow());
        LocalDate firstDay = Packages.compare(sample, null).orElseThrow().movement().get(0).on();
        assertSame(straightforward(sample, firstDay), Packages.compare(sample, firstDay).orElseThrow());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedNegotiationsCostTheSameBothWays(long seed) {
        NegotiationSnapshot s = generated(seed);
        assertTrue(s.costItems().size() > 50, "many priced items: " + s.costItems().size());
        PackageComparison fast = Packages.compare(s, null).orElseThrow();
        assertTrue(fast.movement().size() > 5, "the packages moved: " + fast.movement().size());
        assertSame(straightforward(s, null), fast);
    }

    /** After a change, what the cache kept from before gives the figures of the changed negotiation, not the old. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void whatIsKeptBetweenChangesNeverShowsTheOldFigures(long seed) {
        NegotiationSnapshot s = generated(seed);
        CostingCache cache = new CostingCache();
        Packages.compare(s, null, cache);
        List<CostItem> items = new ArrayList<>(s.costItems());
        // Edit one item in the middle (same id, another amount), then drop the last one.
        int k = items.size() / 2;
        CostItem i = items.get(k);
        items.set(k, new CostItem(i.id(), i.proposalId(), i.kind(), i.classificationId(),
                i.amount().add(BigDecimal.ONE), i.effectiveOn(), i.note(), i.createdAt(), i.updatedAt()));
        NegotiationSnapshot edited = s.withCosting(s.costingBaseline().stream().toList(), s.classifications(), items);
        assertSame(straightforward(edited, null), Packages.compare(edited, null, cache).orElseThrow());
        items.remove(items.size() - 1);
        NegotiationSnapshot shorter = s.withCosting(s.costingBaseline().stream().toList(), s.classifications(), items);
        assertSame(straightforward(shorter, null), Packages.compare(shorter, null, cache).orElseThrow());
        // A changed classification starts afresh.
        var classes = new ArrayList<>(s.classifications());
        var c = classes.get(0);
        classes.set(0, new org.tablebook.domain.Classification(c.id(), c.name(), c.headcount() + 7, c.payBasis(),
                c.rate(), c.standardHours(), c.overtimeHours(), c.overtimeMultiplier(), c.premiumHours(),
                c.premiumPerHour(), c.healthPremium(), c.employerHealthPercent(), c.pensionPercent(), c.createdAt(),
                c.updatedAt()));
        NegotiationSnapshot bigger = s.withCosting(s.costingBaseline().stream().toList(), classes, s.costItems());
        assertSame(straightforward(bigger, null), Packages.compare(bigger, null, cache).orElseThrow());
        assertSame(straightforward(s, null), Packages.compare(s, null, cache).orElseThrow());
    }

    // ---- the straightforward way ----

    private record Expected(SidePackage ours, SidePackage theirs, SidePackage settled, List<PackagePoint> movement) {
    }

    private static Expected straightforward(NegotiationSnapshot s, LocalDate asOf) {
        CostingBaseline b = s.costingBaseline().orElseThrow();
        TreeSet<LocalDate> days = new TreeSet<>();
        for (Proposal p : s.proposals()) {
            if (!s.costItemsOf(p.id()).isEmpty() && (asOf == null || !p.passedOn().isAfter(asOf))) {
                days.add(p.passedOn());
            }
        }
        List<PackagePoint> movement = new ArrayList<>();
        for (LocalDate day : days) {
            movement.add(new PackagePoint(day, pack(s, b, current(s, Side.OURS, day)).total(),
                    pack(s, b, current(s, Side.THEIRS, day)).total()));
        }
        List<Proposal> settled = new ArrayList<>();
        for (TentativeAgreement a : s.agreements()) {
            if (a.status() != TaStatus.REOPENED && (asOf == null || !a.reachedOn().isAfter(asOf))) {
                latest(s, a.demandId(), null, a.reachedOn()).filter(p -> !settled.contains(p)).ifPresent(settled::add);
            }
        }
        return new Expected(pack(s, b, current(s, Side.OURS, asOf)), pack(s, b, current(s, Side.THEIRS, asOf)),
                pack(s, b, settled), movement);
    }

    private static List<Proposal> current(NegotiationSnapshot s, Side side, LocalDate asOf) {
        List<Proposal> out = new ArrayList<>();
        for (Demand d : s.demands()) {
            latest(s, d.id(), side, asOf).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Proposal> latest(NegotiationSnapshot s, String demandId, Side side, LocalDate asOf) {
        Proposal found = null;
        for (Proposal p : s.proposalsOf(demandId)) {
            if ((side == null || p.side() == side) && (asOf == null || !p.passedOn().isAfter(asOf))
                    && !s.costItemsOf(p.id()).isEmpty()) {
                found = p;
            }
        }
        return Optional.ofNullable(found);
    }

    private static SidePackage pack(NegotiationSnapshot s, CostingBaseline b, List<Proposal> passes) {
        List<CostItem> items = new ArrayList<>();
        passes.forEach(p -> items.addAll(s.costItemsOf(p.id())));
        return new SidePackage(passes, CostingEngine.cost(b, s.classifications(), items));
    }

    // ---- the same figures: equal in value, to the last digit carried ----

    private static void assertSame(Expected expected, PackageComparison actual) {
        assertSamePackage("ours", expected.ours(), actual.ours());
        assertSamePackage("theirs", expected.theirs(), actual.theirs());
        assertSamePackage("settled", expected.settled(), actual.settled());
        assertEquals(expected.movement().size(), actual.movement().size(), "movement points");
        for (int i = 0; i < expected.movement().size(); i++) {
            PackagePoint e = expected.movement().get(i);
            PackagePoint a = actual.movement().get(i);
            assertEquals(e.on(), a.on());
            assertValue(e.ours(), a.ours(), "ours on " + e.on());
            assertValue(e.theirs(), a.theirs(), "theirs on " + e.on());
        }
    }

    private static void assertSamePackage(String which, SidePackage expected, SidePackage actual) {
        assertEquals(expected.passes(), actual.passes(), which + " passes");
        assertEquals(expected.cost().headcount(), actual.cost().headcount());
        for (int y = 0; y < expected.cost().years().size(); y++) {
            YearCost e = expected.cost().years().get(y);
            YearCost a = actual.cost().years().get(y);
            assertValue(e.pay(), a.pay(), which + " pay, year " + e.year());
            assertValue(e.rollUp(), a.rollUp(), which + " roll-up, year " + e.year());
            assertValue(e.benefits(), a.benefits(), which + " benefits, year " + e.year());
            assertValue(e.lumpSums(), a.lumpSums(), which + " lump sums, year " + e.year());
        }
        assertValue(expected.cost().averagePerPersonPerYear(), actual.cost().averagePerPersonPerYear(),
                which + " average");
    }

    private static void assertValue(BigDecimal expected, BigDecimal actual, String what) {
        assertEquals(0, expected.compareTo(actual), what + ": " + expected + " against " + actual);
    }
}

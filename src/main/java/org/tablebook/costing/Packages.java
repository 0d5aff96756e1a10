package org.tablebook.costing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.tablebook.domain.CostItem;
import org.tablebook.domain.CostingBaseline;
import org.tablebook.domain.Demand;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.Side;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TentativeAgreement;

/**
 * Packages from a snapshot. A side's current package is its latest costed pass on each demand;
 * what is settled is, for each tentative agreement in force, the latest costed pass on its demand
 * (either side's) up to the day it was reached. Passes without items are "not costed" and count
 * for nothing.
 */
public final class Packages {
    private Packages() {
    }

    /** The comparison as it stands on {@code asOf} (null: with every pass); empty without a baseline. */
    public static Optional<PackageComparison> compare(NegotiationSnapshot s, LocalDate asOf) {
        return compare(s, asOf, new CostingCache());
    }

    /**
     * The same, costing again only what changed since the last comparison made with {@code cache};
     * what this one does not use is forgotten.
     */
    public static Optional<PackageComparison> compare(NegotiationSnapshot s, LocalDate asOf, CostingCache cache) {
        Optional<CostingBaseline> baseline = s.costingBaseline();
        if (baseline.isEmpty()) {
            return Optional.empty();
        }
        CostingBaseline b = baseline.get();
        // A side's package changes only on the days it passes: each package is costed once, and
        // each classification once for each list of items that applies to it.
        CostingEngine.Calculator calculator = cache.calculatorFor(b, s.classifications());
        Map<List<Proposal>, java.math.BigDecimal> totals = new HashMap<>();
        List<PackagePoint> movement = new ArrayList<>();
        Map<String, List<Proposal>> costed = costedByDemand(s);
        Latest ours = new Latest(costed, Side.OURS);
        Latest theirs = new Latest(costed, Side.THEIRS);
        for (LocalDate day : costedDays(s)) {
            if (asOf != null && day.isAfter(asOf)) {
                break;
            }
            List<Proposal> o = ours.upTo(day);
            List<Proposal> t = theirs.upTo(day);
            movement.add(new PackagePoint(day, totals.computeIfAbsent(o, x -> of(s, calculator, x).total()),
                    totals.computeIfAbsent(t, x -> of(s, calculator, x).total())));
        }
        PackageComparison comparison = new PackageComparison(b,
                s.classifications().stream().mapToInt(org.tablebook.domain.Classification::headcount).sum(),
                CostingEngine.baselineAnnualCost(b, s.classifications()),
                CostingEngine.costOfOnePercent(b, s.classifications()),
                of(s, calculator, current(costed, Side.OURS, asOf)),
                of(s, calculator, current(costed, Side.THEIRS, asOf)), of(s, calculator, settled(s.agreements(), costed, asOf)),
                movement);
        calculator.forgetUnused();
        return Optional.of(comparison);
    }

    /** What one pass's items cost alone; empty without a baseline or when the pass is not costed. */
    public static Optional<CostBreakdown> costOf(NegotiationSnapshot s, Proposal pass) {
        List<CostItem> items = s.costItemsOf(pass.id());
        if (items.isEmpty() || s.costingBaseline().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(CostingEngine.cost(s.costingBaseline().get(), s.classifications(), items));
    }

    /** The same, reusing what {@code cache} kept: a pass whose items and unit did not change is not costed again. */
    public static Optional<CostBreakdown> costOf(NegotiationSnapshot s, Proposal pass, CostingCache cache) {
        List<CostItem> items = s.costItemsOf(pass.id());
        if (items.isEmpty() || s.costingBaseline().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(cache.calculatorFor(s.costingBaseline().get(), s.classifications()).cost(items));
    }

    /** A side's latest costed pass on each demand, on or before {@code asOf} (null: any day). */
    public static List<Proposal> current(NegotiationSnapshot s, Side side, LocalDate asOf) {
        return current(costedByDemand(s), side, asOf);
    }

    private static List<Proposal> current(Map<String, List<Proposal>> costed, Side side, LocalDate asOf) {
        List<Proposal> out = new ArrayList<>();
        for (List<Proposal> passes : costed.values()) {
            latest(passes, side, asOf).ifPresent(out::add);
        }
        return out;
    }

    /** The passes that the tentative agreements in force on {@code asOf} settled, one per demand. */
    public static List<Proposal> settled(NegotiationSnapshot s, LocalDate asOf) {
        return settled(s.agreements(), costedByDemand(s), asOf);
    }

    private static List<Proposal> settled(List<TentativeAgreement> agreements, Map<String, List<Proposal>> costed,
            LocalDate asOf) {
        Set<Proposal> out = new LinkedHashSet<>();
        for (TentativeAgreement a : agreements) {
            if (a.status() == TaStatus.REOPENED || asOf != null && a.reachedOn().isAfter(asOf)) {
                continue;
            }
            latest(costed.getOrDefault(a.demandId(), List.of()), null, a.reachedOn()).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /**
     * What the tentative agreements that {@code counted} accepts settled, in force on {@code asOf}:
     * the membership summary counts only the agreements it tells members of. Empty without a
     * baseline.
     */
    public static Optional<SidePackage> settled(NegotiationSnapshot s, LocalDate asOf,
            Predicate<TentativeAgreement> counted) {
        if (s.costingBaseline().isEmpty()) {
            return Optional.empty();
        }
        List<Proposal> passes = settled(s.agreements().stream().filter(counted).toList(), costedByDemand(s), asOf);
        return Optional.of(of(s, new CostingEngine.Calculator(s.costingBaseline().get(), s.classifications()), passes));
    }

    /**
     * The costed passes, by demand in the snapshot's order, each demand's oldest first: found from
     * the priced items, so a negotiation's many passes without items cost nothing to skip.
     */
    private static Map<String, List<Proposal>> costedByDemand(NegotiationSnapshot s) {
        Set<String> passes = new HashSet<>();
        Set<String> demands = new HashSet<>();
        for (CostItem i : s.costItems()) {
            if (passes.add(i.proposalId())) {
                s.proposal(i.proposalId()).ifPresent(p -> demands.add(p.demandId()));
            }
        }
        Map<String, List<Proposal>> out = new LinkedHashMap<>();
        for (Demand d : s.demands()) {
            if (demands.contains(d.id())) {
                out.put(d.id(), s.proposalsOf(d.id()).stream().filter(p -> passes.contains(p.id())).toList());
            }
        }
        return out;
    }

    /**
     * A side's latest costed pass on each demand, moved forward day by day: one sweep over the
     * side's costed passes in date order instead of a search of every demand each day.
     */
    private static final class Latest {
        private final List<Proposal> costed;
        private final Map<String, Proposal> byDemand = new LinkedHashMap<>();
        private int next;

        Latest(Map<String, List<Proposal>> costedByDemand, Side side) {
            costed = costedByDemand.values().stream().flatMap(List::stream).filter(p -> p.side() == side)
                    .sorted(Comparator.comparing(Proposal::passedOn).thenComparing(Proposal::createdAt))
                    .toList();
            // Demands in the snapshot's order, as current() lists them.
            costedByDemand.keySet().forEach(d -> byDemand.put(d, null));
        }

        List<Proposal> upTo(LocalDate day) {
            while (next < costed.size() && !costed.get(next).passedOn().isAfter(day)) {
                Proposal p = costed.get(next++);
                byDemand.put(p.demandId(), p);
            }
            return byDemand.values().stream().filter(Objects::nonNull).toList();
        }
    }

    private static Optional<Proposal> latest(List<Proposal> costed, Side side, LocalDate asOf) {
        Proposal found = null;
        for (Proposal p : costed) {
            if ((side == null || p.side() == side) && (asOf == null || !p.passedOn().isAfter(asOf))) {
                found = p;
            }
        }
        return Optional.ofNullable(found);
    }

    private static SidePackage of(NegotiationSnapshot s, CostingEngine.Calculator calculator, List<Proposal> passes) {
        List<CostItem> items = new ArrayList<>();
        passes.forEach(p -> items.addAll(s.costItemsOf(p.id())));
        return new SidePackage(passes, calculator.cost(items));
    }

    private static Set<LocalDate> costedDays(NegotiationSnapshot s) {
        Set<LocalDate> days = new TreeSet<>();
        for (CostItem i : s.costItems()) {
            s.proposal(i.proposalId()).ifPresent(p -> days.add(p.passedOn()));
        }
        return days;
    }
}

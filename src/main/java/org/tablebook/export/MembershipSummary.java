package org.tablebook.export;

import org.tablebook.domain.DemandCodes;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.tablebook.costing.Packages;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Ratification;
import org.tablebook.domain.Side;
import org.tablebook.domain.TaSource;
import org.tablebook.domain.TableSession;
import org.tablebook.domain.TaStatus;
import org.tablebook.domain.TentativeAgreement;
import org.tablebook.domain.VoteResult;

/**
 * Everything the membership summary may say, and nothing else: the one place that decides what
 * leaves the committee for all members. The renderers see only this, never the snapshot.
 *
 * <p>What is left out, by design: confidential demands entirely (they are not even counted, so
 * the counts cannot reveal them), internal descriptions, articles and origin notes, every
 * proposal's summary and text, everything about sidebars, committee decisions, report-backs, rule
 * findings, people's names, and the private text of every agreement. An agreement reached in a
 * sidebar is left out until the whole team has approved it: until then it is a sidebar's tentative
 * conclusion, not the committee's (references 000 and 001).
 *
 * @param counts one row per demand status, in the lifecycle's order
 * @param ourDemands our non-confidential demands, in code order (U-2 before U-10)
 * @param theirProposals the other side's non-confidential proposals, in code order
 * @param agreements tentative agreements members may read about, by date reached
 * @param sessionsHeld dates of table sessions held up to the report's date, oldest first
 * @param nextSession the next table session after the report's moment, if one is scheduled
 * @param ratification the latest memorandum of agreement and its vote, if one is drafted
 * @param money what the agreements members read about cost, only when the committee chose to show
 *     it and the negotiation is costed
 */
public record MembershipSummary(
        String title,
        NegotiationKind kind,
        String ourParty,
        String otherParty,
        String bargainingUnit,
        LocalDate reportDate,
        List<StatusCount> counts,
        List<PublicDemand> ourDemands,
        List<PublicDemand> theirProposals,
        List<PublicAgreement> agreements,
        List<LocalDate> sessionsHeld,
        Optional<LocalDate> nextSession,
        Optional<LocalDate> contractExpiresOn,
        Optional<RatificationNews> ratification,
        Optional<SettledMoney> money) {

    /** How many demands of each side are in one status. */
    public record StatusCount(DemandStatus status, int ours, int theirs) {
    }

    /** A demand as members see it. {@code publicSummary} may be empty. */
    public record PublicDemand(String code, String title, String publicSummary, DemandStatus status) {
    }

    /** A tentative agreement as members see it. {@code publicText} is empty when none is written yet. */
    public record PublicAgreement(String demandCode, String demandTitle, LocalDate reachedOn, TaStatus status,
            String publicText) {
    }

    /** The memorandum of agreement and, once held, the members' vote on it. */
    public record RatificationNews(LocalDate moaDraftedOn, Optional<LocalDate> voteOn, Optional<VoteResult> result,
            Integer yes, Integer no, Integer eligibleVoters) {
    }

    /**
     * The only money members read, and only when the committee ticks it: what the tentative
     * agreements shown to them cost over the contract's term, and that per person per year. Never
     * either side's package, a pass's cost, the baseline or the cost of 1%.
     *
     * @param settledTotal the agreements' cost above today's, over the term, unrounded
     * @param averagePerPersonPerYear the same per person of today's unit and contract year, unrounded
     */
    public record SettledMoney(String currency, BigDecimal settledTotal, BigDecimal averagePerPersonPerYear) {
    }

    public MembershipSummary {
        counts = List.copyOf(counts);
        ourDemands = List.copyOf(ourDemands);
        theirProposals = List.copyOf(theirProposals);
        agreements = List.copyOf(agreements);
        sessionsHeld = List.copyOf(sessionsHeld);
    }

    /** The summary of a negotiation as of the clock's present moment, in the clock's time zone, without money. */
    public static MembershipSummary of(NegotiationSnapshot snapshot, Clock clock) {
        return of(snapshot, clock, false);
    }

    /**
     * The summary as of the clock's present moment; with {@code withMoney}, and a costing baseline,
     * what the agreements it lists cost (an agreement members do not read about is not counted, so
     * the figure cannot reveal it).
     */
    public static MembershipSummary of(NegotiationSnapshot snapshot, Clock clock, boolean withMoney) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        var negotiation = snapshot.negotiation();

        List<Demand> open = snapshot.demands().stream().filter(d -> !d.confidential()).toList();
        Comparator<PublicDemand> byCode = Comparator.comparing(PublicDemand::code, DemandCodes.ORDER);
        List<PublicDemand> ours = open.stream().filter(d -> d.proposedBy() == Side.OURS).map(MembershipSummary::publicOf)
                .sorted(byCode).toList();
        List<PublicDemand> theirs = open.stream().filter(d -> d.proposedBy() == Side.THEIRS)
                .map(MembershipSummary::publicOf).sorted(byCode).toList();

        Map<DemandStatus, int[]> tally = new EnumMap<>(DemandStatus.class);
        for (DemandStatus s : DemandStatus.values()) {
            tally.put(s, new int[2]);
        }
        open.forEach(d -> tally.get(d.status())[d.proposedBy() == Side.OURS ? 0 : 1]++);
        List<StatusCount> counts = new ArrayList<>();
        tally.forEach((status, n) -> counts.add(new StatusCount(status, n[0], n[1])));

        Predicate<TentativeAgreement> shown = a -> (a.source() == TaSource.TABLE || a.teamApprovedAt() != null)
                && snapshot.demand(a.demandId()).filter(d -> !d.confidential()).isPresent();
        List<PublicAgreement> agreements = snapshot.agreements().stream()
                .filter(shown)
                .flatMap(a -> snapshot.demand(a.demandId()).stream()
                        .map(d -> new PublicAgreement(d.code(), d.title(), a.reachedOn(), a.status(),
                                a.publicText().strip())))
                .sorted(Comparator.comparing(PublicAgreement::reachedOn)
                        .thenComparing(PublicAgreement::demandCode, DemandCodes.ORDER))
                .toList();

        List<LocalDate> held = snapshot.sessions().stream().filter(s -> !isAfter(s, now)).map(TableSession::date)
                .distinct().sorted().toList();
        Optional<LocalDate> next = snapshot.sessions().stream().filter(s -> isAfter(s, now)).map(TableSession::date)
                .min(Comparator.naturalOrder());

        Optional<RatificationNews> ratification = snapshot.ratifications().stream()
                .max(Comparator.comparing(Ratification::moaDraftedOn).thenComparing(Ratification::createdAt))
                .map(r -> new RatificationNews(r.moaDraftedOn(), Optional.ofNullable(r.voteOn()),
                        r.voteOn() != null && !r.voteOn().isAfter(today) ? r.result() : Optional.empty(),
                        r.yes(), r.no(), r.eligibleVoters()));

        return new MembershipSummary(negotiation.title(), negotiation.kind(), negotiation.ourParty().strip(),
                negotiation.otherParty().strip(), negotiation.bargainingUnit().strip(), today, counts, ours, theirs,
                agreements, held, next, Optional.ofNullable(negotiation.contractExpiresOn()), ratification,
                withMoney ? money(snapshot, today, shown) : Optional.empty());
    }

    private static Optional<SettledMoney> money(NegotiationSnapshot snapshot, LocalDate today,
            Predicate<TentativeAgreement> shown) {
        return Packages.settled(snapshot, today, shown).map(p -> new SettledMoney(
                snapshot.costingBaseline().orElseThrow().currency(), p.total(), p.cost().averagePerPersonPerYear()));
    }

    private static PublicDemand publicOf(Demand d) {
        return new PublicDemand(d.code(), d.title(), d.publicSummary().strip(), d.status());
    }

    /** A session is still ahead if its day is after today, or it is today and starts later. */
    private static boolean isAfter(TableSession s, LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        if (s.date().isAfter(today)) {
            return true;
        }
        return s.date().equals(today) && s.start() != null && s.start().isAfter(now.toLocalTime());
    }

    /** How many demands, of both sides, members can read about. */
    public int demandCount() {
        return ourDemands.size() + theirProposals.size();
    }
}

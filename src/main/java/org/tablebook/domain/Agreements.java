package org.tablebook.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What reaching, reopening and reaching again a tentative agreement do to the record: the
 * agreement's status and its demand's status move together, so that the demands list never says
 * "on the table" about something agreed. Each method returns every record to write, for the caller
 * to write in one change; nothing here touches a file.
 */
public final class Agreements {
    private Agreements() {
    }

    /** The records one lifecycle step changes: the agreement, and its demand when its status moved. */
    public record Change(TentativeAgreement agreement, Demand demand, boolean demandChanged) {
        public Change {
            Objects.requireNonNull(agreement, "agreement");
            Objects.requireNonNull(demand, "demand");
        }

        /** The records to write, the agreement first. */
        public List<Entity> toWrite() {
            List<Entity> out = new ArrayList<>();
            out.add(agreement);
            if (demandChanged) {
                out.add(demand);
            }
            return List.copyOf(out);
        }
    }

    /**
     * A new agreement reached on its demand: it must be TENTATIVE, and the demand becomes
     * TENTATIVELY_AGREED. A demand still in DRAFT, or WITHDRAWN or REJECTED, has nothing on the
     * table to agree on, and is refused with what to do instead.
     */
    public static Change reach(TentativeAgreement agreement, Demand demand, Instant now) {
        sameDemand(agreement, demand);
        if (agreement.status() != TaStatus.TENTATIVE) {
            throw Check.refusal("status", "agreement.newIsTentative", "label.TaStatus." + TaStatus.TENTATIVE.name());
        }
        Demand agreed = agreedOn(demand, now);
        return new Change(agreement, agreed, agreed != demand);
    }

    /**
     * The agreement REOPENED (both sides have agreed to bargain it again). When no other agreement
     * on the demand still stands, the demand goes back ON_TABLE.
     *
     * @param agreementsOnDemand every agreement on the same demand, this one included
     */
    public static Change reopen(TentativeAgreement agreement, Demand demand, List<TentativeAgreement> agreementsOnDemand,
            Instant now) {
        sameDemand(agreement, demand);
        TentativeAgreement reopened = agreement.withStatus(TaStatus.REOPENED, now);
        boolean othersStand = agreementsOnDemand.stream()
                .anyMatch(a -> !a.id().equals(agreement.id()) && a.status().isStanding());
        if (othersStand || demand.status() != DemandStatus.TENTATIVELY_AGREED) {
            return new Change(reopened, demand, false);
        }
        return new Change(reopened, demand.withStatus(DemandStatus.ON_TABLE, now), true);
    }

    /** A reopened agreement reached again: TENTATIVE once more, and its demand TENTATIVELY_AGREED. */
    public static Change reachAgain(TentativeAgreement agreement, Demand demand, Instant now) {
        sameDemand(agreement, demand);
        if (agreement.status() != TaStatus.REOPENED) {
            throw Check.refusal("status", "agreement.reachAgainOnlyReopened", "label.TaStatus." + TaStatus.REOPENED.name(),
                    "label.TaStatus." + agreement.status().name());
        }
        TentativeAgreement again = agreement.withStatus(TaStatus.TENTATIVE, now);
        Demand agreed = agreedOn(demand, now);
        return new Change(again, agreed, agreed != demand);
    }

    /**
     * An edit of an agreement's details (text, initials, approval, confirming session...). The
     * status moves only through the lifecycle methods, and an agreement in a memorandum or ratified
     * is not edited: the members vote on, and the contract holds, exactly that text.
     */
    public static TentativeAgreement edit(TentativeAgreement before, TentativeAgreement after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("An edit keeps the agreement's id.");
        }
        if (!before.demandId().equals(after.demandId())) {
            throw Check.refusal("demandId", "agreement.staysOnDemand");
        }
        if (after.status() != before.status()) {
            throw Check.refusal("status", "agreement.statusBySteps");
        }
        if (before.status() == TaStatus.IN_MOA) {
            throw Check.refusal("status", "agreement.inMemorandumNotEdited");
        }
        if (before.status() == TaStatus.RATIFIED) {
            throw Check.refusal("status", "agreement.ratifiedNotEdited");
        }
        return after;
    }

    /**
     * Deleting an agreement recorded by mistake: allowed only while it is TENTATIVE or REOPENED
     * (a confirmed one is reopened instead, so that the record stays whole). When it was the last
     * agreement standing on its demand, the demand goes back ON_TABLE. The returned agreement is
     * the one to delete.
     */
    public static Change delete(TentativeAgreement agreement, Demand demand, List<TentativeAgreement> agreementsOnDemand,
            Instant now) {
        sameDemand(agreement, demand);
        if (agreement.status() != TaStatus.TENTATIVE && agreement.status() != TaStatus.REOPENED) {
            throw Check.refusal("status", "agreement.notDeleted", "label.TaStatus." + agreement.status().name());
        }
        boolean othersStand = agreementsOnDemand.stream()
                .anyMatch(a -> !a.id().equals(agreement.id()) && a.status().isStanding());
        if (othersStand || demand.status() != DemandStatus.TENTATIVELY_AGREED) {
            return new Change(agreement, demand, false);
        }
        return new Change(agreement, demand.withStatus(DemandStatus.ON_TABLE, now), true);
    }

    private static Demand agreedOn(Demand demand, Instant now) {
        return switch (demand.status()) {
            case TENTATIVELY_AGREED -> demand;
            case ON_TABLE -> demand.withStatus(DemandStatus.TENTATIVELY_AGREED, now);
            case DRAFT, WITHDRAWN, REJECTED -> throw Check.refusal("demandId", "agreement.demandNotOnTable."
                    + demand.status().name(), demand.code());
        };
    }

    private static void sameDemand(TentativeAgreement agreement, Demand demand) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(demand, "demand");
        if (!agreement.demandId().equals(demand.id())) {
            throw new IllegalArgumentException("The agreement " + agreement.id() + " is on demand "
                    + agreement.demandId() + ", not on " + demand.id() + ".");
        }
    }
}

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
            throw new ValidationException("status", "A newly reached agreement is TENTATIVE; it is confirmed on the record "
                    + "afterwards.");
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
            throw new ValidationException("status", "Only a REOPENED agreement can be reached again; this one is "
                    + agreement.status() + ".");
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
            throw new ValidationException("demandId", "An agreement stays on the demand it was reached on. If it was "
                    + "recorded on the wrong demand, delete it and record it again on the right one.");
        }
        if (after.status() != before.status()) {
            throw new ValidationException("status", "The status changes through the agreement's own steps (confirm, "
                    + "memorandum, vote, reopen), not by editing it.");
        }
        if (before.status() == TaStatus.IN_MOA) {
            throw new ValidationException("status", "This agreement is in a memorandum of agreement waiting for the "
                    + "members' vote: take it out of the memorandum before changing it.");
        }
        if (before.status() == TaStatus.RATIFIED) {
            throw new ValidationException("status", "This agreement is ratified: it is part of the contract as the "
                    + "members voted on it, and is no longer edited.");
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
            throw new ValidationException("status", "A " + agreement.status() + " agreement is part of the record and "
                    + "is not deleted: reopen it instead if both sides agree to bargain it again.");
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
            case DRAFT -> throw new ValidationException("demandId", demand.code() + " is still a draft: it has not "
                    + "crossed the table, so nothing can be agreed on it yet. Put it on the table first.");
            case WITHDRAWN -> throw new ValidationException("demandId", demand.code() + " was withdrawn: put it back "
                    + "on the table before recording an agreement on it.");
            case REJECTED -> throw new ValidationException("demandId", demand.code() + " was rejected: put it back "
                    + "on the table before recording an agreement on it.");
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

package org.tablebook.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The memorandum of agreement and the members' vote on it, with their effects on the agreements
 * it holds. Drafting puts CONFIRMED agreements IN_MOA; a yes vote makes every one of them RATIFIED;
 * a no vote sends the parties back to the table: the agreements go back to CONFIRMED and the
 * memorandum keeps the rejected vote, so that a new memorandum can be drafted (references 001 and
 * 002, feature 6). Each method returns every record to write, for the caller to write in one
 * change; nothing here touches a file.
 */
public final class Ratifications {
    private Ratifications() {
    }

    /** The memorandum as it should be written, and the agreements whose status moved. */
    public record Change(Ratification ratification, List<TentativeAgreement> agreements) {
        public Change {
            Objects.requireNonNull(ratification, "ratification");
            agreements = List.copyOf(agreements);
        }

        /** The records to write: the memorandum first, then the agreements. */
        public List<Entity> toWrite() {
            List<Entity> out = new ArrayList<>();
            out.add(ratification);
            out.addAll(agreements);
            return List.copyOf(out);
        }
    }

    /** The memorandum still waiting for its vote, if there is one: there is never more than one. */
    public static Optional<Ratification> pending(NegotiationSnapshot snapshot) {
        return snapshot.ratifications().stream().filter(r -> r.voteOn() == null).findFirst();
    }

    /**
     * A new memorandum drafted on {@code draftedOn} holding these agreements, each of which must be
     * CONFIRMED; they become IN_MOA. Refused while another memorandum waits for its vote.
     */
    public static Change draft(NegotiationSnapshot snapshot, LocalDate draftedOn, List<String> agreementIds,
            Instant now) {
        Optional<Ratification> waiting = pending(snapshot);
        if (waiting.isPresent()) {
            throw Check.refusal("agreementIds", "memorandum.stillWaiting",
                    DateTexts.current().longDate(waiting.get().moaDraftedOn()));
        }
        if (agreementIds == null || agreementIds.isEmpty()) {
            throw Check.refusal("agreementIds", "memorandum.chooseAgreements");
        }
        List<TentativeAgreement> moved = new ArrayList<>();
        for (String id : agreementIds) {
            moved.add(intoMemorandum(snapshot, agreement(snapshot, id), now));
        }
        Ratification memorandum = new Ratification(Ids.newId(), draftedOn, agreementIds, null, null, null, null, now, now);
        return new Change(memorandum, moved);
    }

    /** Adds CONFIRMED agreements to a memorandum that has not been voted on; they become IN_MOA. */
    public static Change add(NegotiationSnapshot snapshot, String ratificationId, List<String> agreementIds,
            Instant now) {
        Ratification memorandum = unvoted(snapshot, ratificationId, "add");
        if (agreementIds == null || agreementIds.isEmpty()) {
            throw Check.refusal("agreementIds", "memorandum.chooseAgreementsToAdd");
        }
        List<String> ids = new ArrayList<>(memorandum.agreementIds());
        List<TentativeAgreement> moved = new ArrayList<>();
        for (String agreementId : agreementIds) {
            if (ids.contains(agreementId)) {
                throw Check.refusal("agreementIds", "memorandum.alreadyIn", name(snapshot, agreement(snapshot, agreementId)));
            }
            moved.add(intoMemorandum(snapshot, agreement(snapshot, agreementId), now));
            ids.add(agreementId);
        }
        return new Change(withAgreements(memorandum, ids, now), moved);
    }

    /** Takes an agreement out of a memorandum that has not been voted on; it goes back to CONFIRMED. */
    public static Change remove(NegotiationSnapshot snapshot, String ratificationId, String agreementId, Instant now) {
        Ratification memorandum = unvoted(snapshot, ratificationId, "remove");
        if (!memorandum.agreementIds().contains(agreementId)) {
            throw Check.refusal("agreementIds", "memorandum.notIn", name(snapshot, agreement(snapshot, agreementId)));
        }
        if (memorandum.agreementIds().size() == 1) {
            throw Check.refusal("agreementIds", "memorandum.lastOne");
        }
        TentativeAgreement back = agreement(snapshot, agreementId).withStatus(TaStatus.CONFIRMED, now);
        List<String> ids = new ArrayList<>(memorandum.agreementIds());
        ids.remove(agreementId);
        return new Change(withAgreements(memorandum, ids, now), List.of(back));
    }

    /**
     * Discards a memorandum that has not been voted on: its agreements go back to CONFIRMED. The
     * returned memorandum is the one to delete. A voted memorandum is history and is never discarded.
     */
    public static Change discard(NegotiationSnapshot snapshot, String ratificationId, Instant now) {
        Ratification memorandum = unvoted(snapshot, ratificationId, "discard");
        List<TentativeAgreement> back = memorandum.agreementIds().stream()
                .map(id -> agreement(snapshot, id))
                .filter(a -> a.status() == TaStatus.IN_MOA)
                .map(a -> a.withStatus(TaStatus.CONFIRMED, now))
                .toList();
        return new Change(memorandum, back);
    }

    /**
     * Records the members' vote on a memorandum. A majority of the votes cast ratifies (see
     * {@link Ratification#result()}): every agreement in it becomes RATIFIED. Otherwise the parties
     * go back to the table: the agreements go back to CONFIRMED and the memorandum keeps the
     * rejected vote. Refused when the memorandum already has a vote: a new vote needs a new memorandum.
     */
    public static Change recordVote(NegotiationSnapshot snapshot, String ratificationId, LocalDate voteOn,
            Integer eligibleVoters, Integer yes, Integer no, Instant now) {
        Ratification memorandum = memorandum(snapshot, ratificationId);
        if (memorandum.voteOn() != null) {
            throw Check.refusal("voteOn", "memorandum.voteRecorded", DateTexts.current().longDate(memorandum.voteOn()),
                    "label.TaStatus." + TaStatus.CONFIRMED.name());
        }
        Check.present("voteOn", "label.theDateOfTheVote", voteOn);
        Ratification voted = new Ratification(memorandum.id(), memorandum.moaDraftedOn(), memorandum.agreementIds(),
                voteOn, eligibleVoters, yes, no, memorandum.createdAt(), now);
        boolean ratified = voted.result().orElseThrow() == VoteResult.RATIFIED;
        List<TentativeAgreement> moved = new ArrayList<>();
        for (String id : memorandum.agreementIds()) {
            TentativeAgreement a = agreement(snapshot, id);
            if (a.status() != TaStatus.IN_MOA) {
                throw Check.refusal("agreementIds", "memorandum.notInItAtTheVote", name(snapshot, a),
                        "label.TaStatus." + a.status().name(), "label.TaStatus." + TaStatus.IN_MOA.name());
            }
            moved.add(ratified ? a.ratifiedBy(voted, now) : a.withStatus(TaStatus.CONFIRMED, now));
        }
        return new Change(voted, moved);
    }

    private static TentativeAgreement intoMemorandum(NegotiationSnapshot snapshot, TentativeAgreement a, Instant now) {
        if (a.status() != TaStatus.CONFIRMED) {
            throw Check.refusal("agreementIds", "memorandum.notConfirmed." + a.status().name(), name(snapshot, a),
                    "label.TaStatus." + a.status().name());
        }
        return a.withStatus(TaStatus.IN_MOA, now);
    }

    private static Ratification unvoted(NegotiationSnapshot snapshot, String ratificationId, String toDo) {
        Ratification memorandum = memorandum(snapshot, ratificationId);
        if (memorandum.voteOn() != null) {
            throw Check.refusal("agreementIds", "memorandum.alreadyVoted." + toDo,
                    DateTexts.current().longDate(memorandum.voteOn()));
        }
        return memorandum;
    }

    private static Ratification withAgreements(Ratification r, List<String> ids, Instant now) {
        return new Ratification(r.id(), r.moaDraftedOn(), ids, r.voteOn(), r.eligibleVoters(), r.yes(), r.no(),
                r.createdAt(), now);
    }

    private static Ratification memorandum(NegotiationSnapshot snapshot, String id) {
        return snapshot.ratifications().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> Check.refusal("id", "memorandum.gone"));
    }

    private static TentativeAgreement agreement(NegotiationSnapshot snapshot, String id) {
        return snapshot.agreement(id).orElseThrow(() -> Check.refusal("agreementIds", "memorandum.agreementGone"));
    }

    /** "The agreement on U-3 Wages", as the first words of a refusal. */
    private static String name(NegotiationSnapshot snapshot, TentativeAgreement a) {
        return snapshot.demand(a.demandId()).map(d -> Check.words("memorandum.agreementOn", d.code() + " " + d.title()))
                .orElseGet(() -> Check.words("memorandum.agreementOnADemand"));
    }
}

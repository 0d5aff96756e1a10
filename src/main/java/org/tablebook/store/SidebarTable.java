package org.tablebook.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.tablebook.domain.Check;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.GroundRuleStatus;
import org.tablebook.domain.RepsChosenBy;
import org.tablebook.domain.Side;
import org.tablebook.domain.Sidebar;

/** Sidebars, with their attendees and agenda in list tables. */
final class SidebarTable extends Table<Sidebar> {
    SidebarTable() {
        super(EntityKind.SIDEBAR, Sidebar.class, "sidebar", List.of("id", "purpose", "requested_by", "suggested_at",
                "team_informed_at", "team_authorized_at", "reps_chosen_by", "instructions_say", "instructions_do_not_say",
                "no_notes_rule", "not_repeated_rule", "not_used_in_litigation_rule", "scheduled_at", "started_at",
                "ended_at", "location", "confidential_notes", "time_announced_at", "created_at", "updated_at"),
                List.of(new JoinList<>("sidebar_attendee", "sidebar_id", "person_id", Sidebar::attendeeIds),
                        new JoinList<>("sidebar_agenda", "sidebar_id", "demand_id", Sidebar::agendaDemandIds)));
    }

    @Override
    Object[] values(Sidebar s) {
        return new Object[] {s.id(), s.purpose(), s.requestedBy(), s.suggestedAt(), s.teamInformedAt(),
            s.teamAuthorizedAt(), s.repsChosenBy(), s.instructionsSay(), s.instructionsDoNotSay(), s.noNotesRule(),
            s.notRepeatedRule(), s.notUsedInLitigationRule(), s.scheduledAt(), s.startedAt(), s.endedAt(),
            s.location(), s.confidentialNotes(), s.timeAnnouncedAt(), s.createdAt(), s.updatedAt()};
    }

    @Override
    Sidebar read(Sql.Row r, Lists lists) throws SQLException {
        String id = r.text();
        return new Sidebar(id, r.text(), r.enumOf(Side.class), r.instant(), r.instant(), r.instant(),
                r.enumOf(RepsChosenBy.class), r.text(), r.text(), r.enumOf(GroundRuleStatus.class),
                r.enumOf(GroundRuleStatus.class), r.enumOf(GroundRuleStatus.class), r.instant(), r.instant(),
                r.instant(), r.text(), lists.of(0, id), lists.of(1, id), r.text(), r.instant(), r.instant(), r.instant());
    }

    @Override
    List<Usage> usages() {
        return List.of(
                new Usage("SELECT count(*) FROM sidebar_topic WHERE sidebar_id = ?", "store.verb.has", "store.count.topics"),
                new Usage("SELECT count(*) FROM report_back WHERE sidebar_id = ?", "store.verb.has", "store.count.reportBacks"),
                new Usage("SELECT count(*) FROM sidebar_start WHERE sidebar_id = ?", "store.verb.has",
                        "store.count.starts"),
                new Usage("SELECT count(*) FROM tentative_agreement WHERE sidebar_id = ?", "store.verb.ledTo",
                        "store.count.agreements"));
    }

    @Override
    List<Reference> references(Sidebar s) {
        List<Reference> refs = new ArrayList<>();
        s.attendeeIds().forEach(id -> refs.add(new Reference("attendeeIds", "person", EntityKind.PERSON, id)));
        s.agendaDemandIds().forEach(id -> refs.add(new Reference("agendaDemandIds", "demand", EntityKind.DEMAND, id)));
        return refs;
    }

    @Override
    String describe(Sql sql, Sidebar s) {
        return Check.words("store.record.sidebar", s.purpose());
    }

    @Override
    String instead() {
        return Check.phrase("store.instead.neverTookPlace");
    }
}

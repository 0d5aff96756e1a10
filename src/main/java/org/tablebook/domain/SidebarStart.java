package org.tablebook.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a sidebar started with, kept as it was at "Start sidebar": who was in the room and which
 * of the checklist's conditions were unmet. It does not follow later edits of the sidebar: a rep
 * ticked afterwards is recorded as joining at a time, and a start logged late is corrected only
 * with a reason, which the change's label carries to the audit trail with who made it.
 *
 * @param presentIds      the people in the room at the start
 * @param unmetConditions the checklist's conditions unmet at the start, by name
 * @param joins           people who joined after the start, each as "personId@instant"
 * @param correction      why the start was corrected; empty when it never was
 */
public record SidebarStart(
        String id,
        String sidebarId,
        Instant startedAt,
        List<String> presentIds,
        List<String> unmetConditions,
        List<String> joins,
        String correction,
        Instant createdAt,
        Instant updatedAt) implements Entity {

    /** A person who joined a sidebar after it started, and when. */
    public record Join(String personId, Instant at) {
    }

    public SidebarStart {
        Check.id("id", id);
        Check.id("sidebarId", sidebarId);
        Check.present("startedAt", "label.theStart", startedAt);
        presentIds = List.copyOf(presentIds);
        unmetConditions = List.copyOf(unmetConditions);
        joins = List.copyOf(joins);
        for (String j : joins) {
            parse(j);
        }
        correction = correction == null ? "" : correction.strip();
        Check.timestamps("updatedAt", createdAt, updatedAt);
    }

    /** The start of a sidebar as it is when "Start sidebar" is pressed. */
    public static SidebarStart of(Sidebar sidebar, List<String> unmetConditions, Instant now) {
        return new SidebarStart(Ids.newId(), sidebar.id(), sidebar.startedAt(), sidebar.attendeeIds(), unmetConditions,
                List.of(), "", now, now);
    }

    /** The same start, with a person who joined at {@code at}; someone already there is not added again. */
    public SidebarStart withJoin(String personId, Instant at, Instant now) {
        if (presentIds.contains(personId) || joined().stream().anyMatch(j -> j.personId().equals(personId))) {
            return this;
        }
        List<String> more = new ArrayList<>(joins);
        more.add(personId + "@" + at);
        return new SidebarStart(id, sidebarId, startedAt, presentIds, unmetConditions, more, correction, createdAt,
                later(now));
    }

    /**
     * The start moved to the time it really happened (it was logged late). Who was in the room and
     * what was unmet stay as they were; the reason is required.
     */
    public SidebarStart corrected(Instant at, String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw Check.refusal("correction", "record.startCorrectionReason");
        }
        return new SidebarStart(id, sidebarId, at, presentIds, unmetConditions, joins, reason, createdAt, later(now));
    }

    /** The people who joined after the start, in the order they joined. */
    public List<Join> joined() {
        return joins.stream().map(SidebarStart::parse).toList();
    }

    private static Join parse(String entry) {
        int at = entry == null ? -1 : entry.lastIndexOf('@');
        if (at <= 0) {
            throw Check.refusal("joins", "record.joinWhoAndWhen", entry);
        }
        try {
            return new Join(entry.substring(0, at), Instant.parse(entry.substring(at + 1)));
        } catch (java.time.format.DateTimeParseException e) {
            throw Check.refusal("joins", "record.joinWhoAndWhen", entry);
        }
    }

    private Instant later(Instant now) {
        return now.isBefore(updatedAt) ? updatedAt : now;
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.SIDEBAR_START;
    }
}

package org.tablebook.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** An on-the-record session at the table. */
public record TableSession(
        String id,
        LocalDate date,
        LocalTime start,
        LocalTime end,
        String location,
        List<String> attendeeIds,
        String notes,
        Instant createdAt,
        Instant updatedAt) implements Entity {

    public TableSession {
        Check.id("id", id);
        Check.present("date", "label.theSessionsDate", date);
        Check.notBefore("end", "label.theEnd", end, "label.theStart", start);
        location = Check.text("location", "label.theLocation", location);
        attendeeIds = Check.ids("attendeeIds", "label.theAttendees", attendeeIds);
        notes = Check.text("notes", "label.theNotes", notes);
        Check.timestamps("updatedAt", createdAt, updatedAt);
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.TABLE_SESSION;
    }
}

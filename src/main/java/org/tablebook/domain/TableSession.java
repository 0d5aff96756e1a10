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
        Check.present("date", "The session's date", date);
        Check.notBefore("end", "The end", end, "the start", start);
        location = Check.text("location", "The location", location);
        attendeeIds = Check.ids("attendeeIds", "The attendees", attendeeIds);
        notes = Check.text("notes", "The notes", notes);
        Check.timestamps("updatedAt", createdAt, updatedAt);
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.TABLE_SESSION;
    }
}

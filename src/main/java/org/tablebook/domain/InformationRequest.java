package org.tablebook.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A request for information across the table. Late answers are evidence, so the dates matter. */
public record InformationRequest(
        String id,
        Side askedBy,
        LocalDate askedOn,
        String subject,
        LocalDate dueOn,
        LocalDate answeredOn,
        String notes,
        Instant createdAt,
        Instant updatedAt) implements Entity {

    public InformationRequest {
        Check.id("id", id);
        Check.present("askedBy", "The side that asked", askedBy);
        Check.present("askedOn", "The date it was asked", askedOn);
        subject = Check.required("subject", "The subject", subject);
        Check.present("dueOn", "The due date", dueOn);
        Check.notBefore("dueOn", "The due date", dueOn, "the date it was asked", askedOn);
        Check.notBefore("answeredOn", "The answer", answeredOn, "the date it was asked", askedOn);
        notes = Check.text("notes", "The notes", notes);
        Check.timestamps("updatedAt", createdAt, updatedAt);
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.INFORMATION_REQUEST;
    }
}

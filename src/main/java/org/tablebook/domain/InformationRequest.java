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
        Check.present("askedBy", "label.theSideThatAsked", askedBy);
        Check.present("askedOn", "label.theDateItWasAsked", askedOn);
        subject = Check.required("subject", "label.theSubject", subject);
        Check.present("dueOn", "label.theDueDate", dueOn);
        Check.notBefore("dueOn", "label.theDueDate", dueOn, "label.theDateItWasAsked", askedOn);
        Check.notBefore("answeredOn", "label.theAnswer", answeredOn, "label.theDateItWasAsked", askedOn);
        notes = Check.text("notes", "label.theNotes", notes);
        Check.timestamps("updatedAt", createdAt, updatedAt);
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.INFORMATION_REQUEST;
    }
}

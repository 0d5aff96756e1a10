package org.tablebook.domain;

import java.time.Instant;

/** What every stored record has: an id and when it was created and last changed (UTC). */
public interface Entity {
    String id();

    Instant createdAt();

    Instant updatedAt();

    EntityKind entityKind();
}

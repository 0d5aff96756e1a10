package org.tablebook.domain;

import java.time.Instant;

/**
 * The id and times a record is saved with: a new record gets a new id and now for both times; a
 * stored one keeps its id and when it was created, and is changed now, or at its creation if the
 * clock has been put back behind it.
 */
public record Stamps(String id, Instant createdAt, Instant updatedAt) {

    /** @param before the record as stored, or null for a new one */
    public static Stamps of(Entity before, Instant now) {
        if (before == null) {
            return new Stamps(Ids.newId(), now, now);
        }
        return new Stamps(before.id(), before.createdAt(), now.isBefore(before.createdAt()) ? before.createdAt() : now);
    }
}

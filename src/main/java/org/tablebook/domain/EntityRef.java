package org.tablebook.domain;

import java.util.Objects;

/** Points at one record: what a rule finding is about, what an acknowledgement accepts. */
public record EntityRef(EntityKind kind, String id) {
    public EntityRef {
        Objects.requireNonNull(kind, "kind");
        Check.id("id", id);
    }

    public static EntityRef of(Entity entity) {
        return new EntityRef(entity.entityKind(), entity.id());
    }
}

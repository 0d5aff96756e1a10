package org.tablebook.domain;

import java.util.Objects;

/**
 * One record a committed action wrote: created ({@code before} null), changed, or deleted
 * ({@code after} null). What a snapshot needs to follow the file without reading it again.
 */
public record RowChange(EntityRef ref, Entity before, Entity after) {
    public RowChange {
        Objects.requireNonNull(ref, "ref");
        if (before == null && after == null) {
            throw new IllegalArgumentException("A change has a record before it, after it, or both");
        }
    }

    public static RowChange created(Entity after) {
        return new RowChange(EntityRef.of(after), null, after);
    }

    public static RowChange updated(Entity before, Entity after) {
        return new RowChange(EntityRef.of(after), before, after);
    }

    public static RowChange deleted(Entity before) {
        return new RowChange(EntityRef.of(before), before, null);
    }

    public boolean isCreate() {
        return before == null;
    }

    public boolean isDelete() {
        return after == null;
    }
}

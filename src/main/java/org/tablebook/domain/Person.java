package org.tablebook.domain;

import java.time.Instant;

/**
 * Someone at or behind the table, on either side.
 *
 * @param canAgree whether this person can agree for their side (reference 002: the decision-maker)
 * @param active people who appear in sessions or sidebars are deactivated, never deleted
 */
public record Person(
        String id,
        String name,
        Side side,
        PersonRole role,
        boolean canAgree,
        boolean active,
        Instant createdAt,
        Instant updatedAt) implements Entity {

    public Person {
        Check.id("id", id);
        name = Check.required("name", "label.thePersonsName", name);
        Check.present("side", "label.thePersonsSide", side);
        Check.present("role", "label.thePersonsRole", role);
        Check.timestamps("updatedAt", createdAt, updatedAt);
    }

    public static Person create(String name, Side side, PersonRole role, boolean canAgree, Instant now) {
        return new Person(Ids.newId(), name, side, role, canAgree, true, now, now);
    }

    public Person withActive(boolean active, Instant now) {
        return new Person(id, name, side, role, canAgree, active, createdAt, now);
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.PERSON;
    }
}

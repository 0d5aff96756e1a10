package org.tablebook.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.tablebook.domain.ValidationException;

/**
 * Reads an editor's fields before a save, keeping every refusal rather than stopping at the first,
 * so that each field that needs fixing says so at once.
 */
public final class FieldReadings {
    private final List<ValidationException> refusals = new ArrayList<>();

    /** The value {@code read} makes of a field, or null with its refusal kept. */
    public <T> T read(Supplier<T> read) {
        try {
            return read.get();
        } catch (ValidationException e) {
            refusals.add(e);
            return null;
        }
    }

    /** A refusal found otherwise (a choice not made). */
    public void refuse(ValidationException e) {
        refusals.add(e);
    }

    /** Puts every refusal beside its field; true when there was any, and the save goes no further. */
    public boolean refusedOn(FieldErrors errors) {
        refusals.forEach(errors::set);
        return !refusals.isEmpty();
    }
}

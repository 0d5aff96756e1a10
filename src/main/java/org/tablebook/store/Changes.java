package org.tablebook.store;

import java.util.Optional;

import org.tablebook.domain.Entity;
import org.tablebook.domain.EntityRef;

/**
 * The rows one user action writes, inside the one transaction of
 * {@link TablebookStore#write(String, String, java.util.function.Function)}. Every call appends an
 * audit entry under the action's change id. Only valid during that call.
 *
 * <p>Failures a person can cause (deleting a record still in use, pointing at a record that was
 * just deleted) throw {@link org.tablebook.domain.ValidationException}; other database errors
 * throw {@link StoreException}. Either way the whole action is rolled back.
 */
public interface Changes {
    void insert(Entity e);

    /** Writes the record as given (its {@code updatedAt} included); an unchanged record writes nothing. */
    void update(Entity e);

    void delete(EntityRef ref);

    /** The record as it stands inside this transaction. */
    Optional<Entity> find(EntityRef ref);

    /** The id every audit entry of this action carries. */
    String changeId();
}

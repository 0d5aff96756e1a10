package org.tablebook.store;

import java.util.List;
import java.util.Optional;

import org.tablebook.domain.Person;

/** The people of both sides. Someone who appears in a session, a sidebar or a report-back cannot be deleted: deactivate them instead. Each write is one audited action. */
public final class PersonRepository {
    private final Crud<Person> crud;

    PersonRepository(TablebookStore store) {
        this.crud = new Crud<>(store, store.tables().people);
    }

    /** In creation order. */
    public List<Person> list() {
        return crud.list();
    }

    public Optional<Person> find(String id) {
        return crud.find(id);
    }

    public Person create(String actor, Person x) {
        return crud.create(actor, x);
    }

    public Person update(String actor, Person x) {
        return crud.update(actor, x);
    }

    public void delete(String actor, String id) {
        crud.delete(actor, id);
    }
}

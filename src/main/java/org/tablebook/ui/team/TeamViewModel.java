package org.tablebook.ui.team;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.tablebook.domain.EntityKind;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Person;
import org.tablebook.domain.PersonRole;
import org.tablebook.domain.Side;
import org.tablebook.domain.ValidationException;
import org.tablebook.ui.common.DialogService;
import org.tablebook.ui.common.FieldErrors;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.ui.common.Messages;

/**
 * The Team section: the people of both sides, and an editor for the one selected. The editor
 * works on a copy (the fields below) that is written only by {@link #save()}.
 */
public final class TeamViewModel {
    private final NegotiationDocument document;
    private final DialogService dialogs;
    private final Clock clock;

    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final FilteredList<Person> visiblePeople = new FilteredList<>(people);
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty showInactive = new SimpleBooleanProperty(false);
    private final ObjectProperty<Person> selected = new SimpleObjectProperty<>();

    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Side> side = new SimpleObjectProperty<>(Side.OURS);
    private final ObjectProperty<PersonRole> role = new SimpleObjectProperty<>(PersonRole.COMMITTEE_MEMBER);
    private final BooleanProperty canAgree = new SimpleBooleanProperty();
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper appearances = new ReadOnlyStringWrapper("");
    private final FieldErrors errors = new FieldErrors();
    private final BooleanBinding dirty;
    private boolean filling;

    public TeamViewModel(NegotiationDocument document, DialogService dialogs, Clock clock) {
        this.document = document;
        this.dialogs = dialogs;
        this.clock = clock;
        visiblePeople.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            String needle = search.get().strip().toLowerCase(Locale.ROOT);
            boolean inactiveToo = showInactive.get();
            return (Person p) -> (inactiveToo || p.active())
                    && (needle.isEmpty() || p.name().toLowerCase(Locale.ROOT).contains(needle)
                            || p.role().name().replace('_', ' ').toLowerCase(Locale.ROOT).contains(needle));
        }, search, showInactive));
        document.snapshotProperty().addListener((obs, was, is) -> load(is));
        selected.addListener((obs, was, is) -> {
            if (is != null) {
                edit(is);
            }
        });
        dirty = Bindings.createBooleanBinding(this::isDirty, name, side, role, canAgree, active, selected, creating);
        // The name is checked as it is typed, so the message shows before anything is saved.
        name.addListener((obs, was, is) -> {
            if (!filling) {
                errors.set("name", is == null || is.isBlank() ? Messages.get("team.teamViewModel.thePersonSNameIs") : null);
            }
        });
        load(document.snapshot());
    }

    private void load(NegotiationSnapshot snapshot) {
        List<Person> sorted = snapshot == null ? List.of() : snapshot.people().stream()
                .sorted(Comparator.comparing(Person::side).thenComparing(p -> p.name().toLowerCase(Locale.ROOT)))
                .toList();
        people.setAll(sorted);
        Person current = selected.get();
        if (current != null) {
            Person fresh = sorted.stream().filter(p -> p.id().equals(current.id())).findFirst().orElse(null);
            selected.set(fresh);
            if (fresh == null) {
                editing.set(false);
            }
        }
    }

    /** Starts a new person in the editor; nothing is written until {@link #save()}. */
    public void newPerson() {
        selected.set(null);
        creating.set(true);
        editing.set(true);
        filling = true;
        name.set("");
        filling = false;
        side.set(Side.OURS);
        role.set(PersonRole.COMMITTEE_MEMBER);
        canAgree.set(false);
        active.set(true);
        errors.clearAll();
        appearances.set("");
    }

    private void edit(Person p) {
        creating.set(false);
        editing.set(true);
        filling = true;
        name.set(p.name());
        filling = false;
        side.set(p.side());
        role.set(p.role());
        canAgree.set(p.canAgree());
        active.set(p.active());
        errors.clearAll();
        appearances.set(describeAppearances(p));
    }

    /** Puts the editor back to what is stored (Escape). */
    public void cancel() {
        if (creating.get()) {
            creating.set(false);
            editing.set(false);
            errors.clearAll();
        } else if (selected.get() != null) {
            edit(selected.get());
        }
    }

    /** Validates in the domain and writes the person as one change. */
    public void save() {
        errors.clearAll();
        Person current = selected.get();
        Person toSave;
        try {
            toSave = creating.get()
                    ? new Person(org.tablebook.domain.Ids.newId(), name.get(), side.get(), role.get(), canAgree.get(),
                            active.get(), clock.instant(), clock.instant())
                    : new Person(current.id(), name.get(), side.get(), role.get(), canAgree.get(), active.get(),
                            current.createdAt(), clock.instant());
        } catch (ValidationException e) {
            errors.set(e);
            return;
        }
        boolean isNew = creating.get();
        busy.set(true);
        document.change(isNew ? "Add " + toSave.name() : "Edit " + toSave.name(), w -> {
            if (isNew) {
                w.insert(toSave);
            } else {
                w.update(toSave);
            }
            return toSave;
        }, saved -> {
            busy.set(false);
            creating.set(false);
            selected.set(people.stream().filter(p -> p.id().equals(saved.id())).findFirst().orElse(saved));
        }, this::failed);
    }

    /** Deactivates the selected person: kept in the record, no longer offered for new sessions. */
    public void deactivate() {
        Person p = selected.get();
        if (p == null || !p.active()) {
            return;
        }
        Person inactive = p.withActive(false, clock.instant());
        busy.set(true);
        document.change("Deactivate " + p.name(), w -> {
            w.update(inactive);
            return inactive;
        }, done -> busy.set(false), this::failed);
    }

    /**
     * Deletes the selected person, unless they appear in the record: then the message says where,
     * and offers deactivation instead, so the history stays true.
     */
    public void delete() {
        Person p = selected.get();
        if (p == null) {
            return;
        }
        String where = describeAppearances(p);
        if (!where.isEmpty()) {
            dialogs.showError(Messages.format("team.delete.refused.title", p.name()),
                    Messages.format("team.delete.refused", p.name(),
                            where.substring(0, 1).toLowerCase(Locale.ROOT) + where.substring(1)));
            return;
        }
        if (!dialogs.confirm(Messages.format("team.delete.confirm.title", p.name()),
                Messages.format("team.delete.confirm", p.name()), Messages.get("common.delete"))) {
            return;
        }
        busy.set(true);
        document.change("Delete " + p.name(), w -> {
            w.delete(new EntityRef(EntityKind.PERSON, p.id()));
            return p;
        }, done -> {
            busy.set(false);
            editing.set(false);
        }, this::failed);
    }

    private void failed(Throwable e) {
        busy.set(false);
        if (e instanceof ValidationException v) {
            errors.set(v);
            if (!List.of("name", "side", "role").contains(v.field())) {
                dialogs.showError(Messages.get("team.saveFailed"), v.getMessage());
            }
        } else {
            dialogs.showError(Messages.get("team.saveFailed"), e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** "Appears in 2 table sessions and 1 sidebar." or "" when nowhere. */
    String describeAppearances(Person p) {
        NegotiationSnapshot s = document.snapshot();
        if (s == null) {
            return "";
        }
        long sessions = s.sessions().stream().filter(x -> x.attendeeIds().contains(p.id())).count();
        long sidebars = s.sidebars().stream().filter(x -> x.attendeeIds().contains(p.id())).count();
        long reports = s.reportBacks().stream().filter(r -> p.id().equals(r.reportedById())).count();
        List<String> parts = new java.util.ArrayList<>();
        if (sessions > 0) {
            parts.add(sessions + (sessions == 1 ? Messages.get("team.teamViewModel.tableSession") : Messages.get("team.teamViewModel.tableSessions")));
        }
        if (sidebars > 0) {
            parts.add(sidebars + (sidebars == 1 ? Messages.get("team.teamViewModel.sidebar") : Messages.get("team.teamViewModel.sidebars")));
        }
        if (reports > 0) {
            parts.add(reports + (reports == 1 ? Messages.get("team.teamViewModel.reportBack") : Messages.get("team.teamViewModel.reportBacks")));
        }
        return parts.isEmpty() ? "" : "Appears in " + String.join(Messages.get("team.teamViewModel.and"), parts) + ".";
    }

    private boolean isDirty() {
        if (creating.get()) {
            return true;
        }
        Person p = selected.get();
        return p != null && (!p.name().equals(name.get().strip()) || p.side() != side.get() || p.role() != role.get()
                || p.canAgree() != canAgree.get() || p.active() != active.get());
    }

    public ObservableList<Person> people() {
        return visiblePeople;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty showInactiveProperty() {
        return showInactive;
    }

    public ObjectProperty<Person> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Side> sideProperty() {
        return side;
    }

    public ObjectProperty<PersonRole> roleProperty() {
        return role;
    }

    public BooleanProperty canAgreeProperty() {
        return canAgree;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty appearancesProperty() {
        return appearances.getReadOnlyProperty();
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public FieldErrors errors() {
        return errors;
    }

    /** Selects a person by id, showing inactive people if that is what it takes; false when there is none. */
    public boolean select(String personId) {
        Person p = people.stream().filter(x -> x.id().equals(personId)).findFirst().orElse(null);
        if (p == null) {
            return false;
        }
        if (!p.active()) {
            showInactive.set(true);
        }
        search.set("");
        selected.set(p);
        return true;
    }
}

package org.tablebook.ui.team;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Person;
import org.tablebook.domain.PersonRole;
import org.tablebook.domain.Side;
import org.tablebook.ui.common.DialogService;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.RecordEditor;
import org.tablebook.ui.common.RecordList;
import org.tablebook.document.NegotiationDocument;

/**
 * The Team section: the people of both sides, and an editor for the one selected. The editor
 * works on a copy (the fields below) that is written only by {@link #save()}.
 */
public final class TeamViewModel {
    private final NegotiationDocument document;
    private final DialogService dialogs;
    private final Clock clock;

    private final BooleanProperty showInactive = new SimpleBooleanProperty(false);

    private final RecordEditor<Person> editor;
    private final RecordList<Person, Person> list;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Side> side = new SimpleObjectProperty<>(Side.OURS);
    private final ObjectProperty<PersonRole> role = new SimpleObjectProperty<>(PersonRole.COMMITTEE_MEMBER);
    private final BooleanProperty canAgree = new SimpleBooleanProperty();
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper appearances = new ReadOnlyStringWrapper("");

    public TeamViewModel(NegotiationDocument document, DialogService dialogs, Clock clock) {
        this.document = document;
        this.dialogs = dialogs;
        this.clock = clock;
        editor = new RecordEditor<>(document, dialogs, this::fill, this::blank, Person::name,
                Messages.get("team.new"));
        editor.field("name", name);
        editor.field("side", side);
        editor.field("role", role);
        editor.field("canAgree", canAgree);
        editor.field("active", active);
        editor.onSave(this::save);
        // Found by name or by role.
        list = new RecordList<>(editor, p -> p, p -> p.name() + "\n" + p.role().name().replace('_', ' '));
        // A person shown from elsewhere is shown even when no longer active.
        list.filter(() -> p -> showInactive.get() || p.active(), p -> showInactive.set(showInactive.get() || !p.active()),
                showInactive);
        document.snapshotProperty().addListener((obs, was, is) -> load(is));
        // The name is checked as it is typed, so the message shows before anything is saved.
        name.addListener((obs, was, is) -> {
            if (editor.isEditing()) {
                editor.errors().set("name", is == null || is.isBlank() ? Messages.get("team.teamViewModel.thePersonSNameIs") : null);
            }
        });
        load(document.snapshot());
    }

    private void load(NegotiationSnapshot snapshot) {
        List<Person> sorted = snapshot == null ? List.of() : snapshot.people().stream()
                .sorted(Comparator.comparing(Person::side).thenComparing(p -> p.name().toLowerCase(Locale.ROOT)))
                .toList();
        list.show(sorted, "");
    }

    /** Starts a new person in the editor; nothing is written until {@link #save()}. */
    public void newPerson() {
        list.startNew();
    }

    private void blank() {
        name.set("");
        side.set(Side.OURS);
        role.set(PersonRole.COMMITTEE_MEMBER);
        canAgree.set(false);
        active.set(true);
        appearances.set("");
    }

    private void fill(Person p) {
        name.set(p.name());
        side.set(p.side());
        role.set(p.role());
        canAgree.set(p.canAgree());
        active.set(p.active());
        appearances.set(describeAppearances(p));
    }

    /** Validates in the domain and writes the person as one change. */
    public void save() {
        editor.save(p -> Messages.format(editor.isCreating() ? "team.change.add" : "team.change.edit", p.name()), current -> current == null
                ? new Person(org.tablebook.domain.Ids.newId(), name.get(), side.get(), role.get(), canAgree.get(),
                        active.get(), clock.instant(), clock.instant())
                : new Person(current.id(), name.get(), side.get(), role.get(), canAgree.get(), active.get(),
                        current.createdAt(), clock.instant()),
                list::reselect);
    }

    /** Deactivates the selected person: kept in the record, no longer offered for new sessions. */
    public void deactivate() {
        Person p = list.selectedRecord().orElse(null);
        if (p == null || !p.active()) {
            return;
        }
        Person inactive = p.withActive(false, clock.instant());
        editor.busy(true);
        document.change(Messages.format("team.change.deactivate", p.name()), w -> {
            w.update(inactive);
            return inactive;
        }, done -> editor.busy(false), editor::failed);
    }

    /**
     * Deletes the selected person, unless they appear in the record: then the message says where,
     * and offers deactivation instead, so the history stays true.
     */
    public void delete() {
        Person p = list.selectedRecord().orElse(null);
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
        editor.delete(Messages.format("team.delete.confirm", p.name()),
                Messages.format("team.change.delete", p.name()), () -> list.selectedProperty().set(null));
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
        return parts.isEmpty() ? "" : Messages.format("team.teamViewModel.appearsIn",
                String.join(Messages.get("team.teamViewModel.and"), parts));
    }

    /** The people, narrowed by the search and, unless asked, to those still active. */
    public RecordList<Person, Person> list() {
        return list;
    }

    public BooleanProperty showInactiveProperty() {
        return showInactive;
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

    public ReadOnlyStringProperty appearancesProperty() {
        return appearances.getReadOnlyProperty();
    }

    /** The editor of the selected person: dirty, busy, messages, save bar. */
    public RecordEditor<Person> editor() {
        return editor;
    }
}

package org.tablebook.ui.observers;

import java.time.Clock;
import java.util.Comparator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Person;
import org.tablebook.domain.PersonRole;
import org.tablebook.domain.Side;
import org.tablebook.ui.common.DialogService;
import org.tablebook.ui.common.Messages;

/**
 * The example screen of docs/ui-guide.md: the members who watch the table as observers, and a
 * field to add one. It reads the negotiation from the document's snapshot and changes it through
 * the document, like every screen.
 */
public final class ObserversViewModel {
    private final NegotiationDocument document;
    private final DialogService dialogs;
    private final Clock clock;
    private final ObservableList<String> observers = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final BooleanBinding canAdd;

    public ObserversViewModel(NegotiationDocument document, DialogService dialogs, Clock clock) {
        this.document = document;
        this.dialogs = dialogs;
        this.clock = clock;
        canAdd = Bindings.createBooleanBinding(() -> !name.get().isBlank() && !busy.get(), name, busy);
        document.snapshotProperty().addListener((obs, was, is) -> show(is));
        show(document.snapshot());
    }

    /** Every screen shows the snapshot it is given; a change anywhere publishes a new one. */
    private void show(NegotiationSnapshot snapshot) {
        if (snapshot == null) {
            observers.clear();
            return;
        }
        observers.setAll(snapshot.people().stream()
                .filter(p -> p.active() && p.role() == PersonRole.OBSERVER)
                .map(Person::name)
                .sorted(Comparator.naturalOrder())
                .toList());
    }

    /** Adds the name typed as an observer of our side: one change, one line in the audit trail. */
    public void add() {
        if (!canAdd.get()) {
            return;
        }
        Person observer = Person.create(name.get(), Side.OURS, PersonRole.OBSERVER, false, clock.instant());
        busy.set(true);
        document.change("Add " + observer.name(), w -> {
            w.insert(observer);
            return observer;
        }, added -> {
            busy.set(false);
            name.set("");
        }, e -> {
            busy.set(false);
            dialogs.showError(Messages.get("observers.error.add"), e.getMessage());
        });
    }

    public ObservableList<String> observers() {
        return observers;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}

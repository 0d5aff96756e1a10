package org.tablebook.ui.common;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.tablebook.domain.Entity;

/**
 * The list beside a section's editor, as its view model holds it: the rows, the search text and
 * the section's own filters narrowing them, the row selected (which opens its record in the
 * editor, unless the person stays on an unsaved edit), and a summary line under the list.
 *
 * @param <R> the record the editor edits
 * @param <W> a row of the list: the record itself, or the record with what the list shows of it
 */
public final class RecordList<R extends Entity, W> {
    private final RecordEditor<R> editor;
    private final Function<W, R> record;
    private final Function<W, String> searchText;
    private final ObservableList<W> rows = FXCollections.observableArrayList();
    private final FilteredList<W> visible = new FilteredList<>(rows);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<W> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private Consumer<W> unhide = row -> { };

    /**
     * @param record     the record a row stands for
     * @param searchText the text of a row the search looks in
     */
    public RecordList(RecordEditor<R> editor, Function<W, R> record, Function<W, String> searchText) {
        this.editor = editor;
        this.record = record;
        this.searchText = searchText;
        filter(() -> row -> true, unhide);
        editor.onReveal(this::select);
        selected.addListener((obs, was, is) -> {
            if (is != null && !editor.edit(record.apply(is), () -> selected.set(is))) {
                // The person stays on the unsaved edit.
                selected.set(was);
            }
        });
    }

    /**
     * Narrows the rows shown, beside the search, to those {@code filter} keeps; worked out again
     * whenever one of {@code inputs} changes. {@link #select} calls {@code unhide} with a row the
     * filter hides, to set the filters so that it shows.
     */
    public void filter(Supplier<Predicate<W>> filter, Consumer<W> unhide, Observable... inputs) {
        this.unhide = unhide;
        Observable[] all = new Observable[inputs.length + 1];
        all[0] = search;
        System.arraycopy(inputs, 0, all, 1, inputs.length);
        visible.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            String needle = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
            Predicate<W> kept = filter.get();
            return (W row) -> kept.test(row)
                    && (needle.isEmpty() || searchText.apply(row).toLowerCase(Locale.ROOT).contains(needle));
        }, all));
    }

    /**
     * Shows the rows of a fresh snapshot with their summary; the record open in the editor is
     * refreshed from them (or closed when it is gone) and stays selected.
     */
    public void show(List<W> fresh, String summaryText) {
        rows.setAll(fresh);
        summary.set(summaryText);
        R current = editor.stored();
        if (current != null) {
            W again = find(current.id()).orElse(null);
            editor.refresh(again == null ? null : record.apply(again));
            selected.set(editor.stored() == null ? null : again);
        }
    }

    /** No negotiation open: no rows, no summary, no editor. */
    public void clear() {
        rows.clear();
        summary.set("");
        editor.close();
    }

    /** Starts a new record in the editor, once the person has answered for an unsaved edit. */
    public void startNew() {
        editor.leave(() -> {
            selected.set(null);
            editor.startNew();
        });
    }

    /**
     * Selects the row of the record with this id (from a link elsewhere), clearing the search and
     * filters that hide it; false when there is none.
     */
    public boolean select(String id) {
        W row = find(id).orElse(null);
        if (row == null) {
            return false;
        }
        if (!visible.contains(row)) {
            unhide.accept(row);
            search.set("");
        }
        selected.set(row);
        return true;
    }

    /** Selects the row of a record just written. */
    public void reselect(R saved) {
        find(saved.id()).ifPresent(selected::set);
    }

    /** The record of the row selected, if any. */
    public Optional<R> selectedRecord() {
        return Optional.ofNullable(selected.get()).map(record);
    }

    private Optional<W> find(String id) {
        return rows.stream().filter(r -> record.apply(r).id().equals(id)).findFirst();
    }

    /** The rows the search and the filters let through, in order. */
    public ObservableList<W> rows() {
        return visible;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<W> selectedProperty() {
        return selected;
    }

    /** One line under the list: how many, and how they stand. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}

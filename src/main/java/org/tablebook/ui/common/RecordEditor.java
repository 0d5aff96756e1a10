package org.tablebook.ui.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.domain.Entity;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.ValidationException;
import org.tablebook.store.Changes;

/**
 * The editor of one record, the same for every section: the fields are a copy of the record,
 * dirty means the copy differs from what was loaded, each field has its message, and while a
 * change is being written the editor is busy. A section supplies only what differs: which
 * fields, how to fill them from a record, how to build the record from them.
 *
 * <p>When the record changes underneath (an undo, another section, a rule acknowledgement) a clean
 * editor shows the new version, and a dirty one keeps the person's edit and says so.
 */
public final class RecordEditor<R extends Entity> {
    private final NegotiationDocument document;
    private final DialogService dialogs;
    private final Consumer<R> fill;
    private final Runnable blank;
    private final Function<R, String> name;
    private final String newName;
    private final Map<String, Property<?>> fields = new LinkedHashMap<>();
    private final List<Property<?>> watched = new ArrayList<>();
    private List<Object> loaded = List.of();
    private final ReadOnlyObjectWrapper<R> stored = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final FieldErrors errors = new FieldErrors();
    private RecordFindings findings;
    private final QuietChanges filling = new QuietChanges();
    // A new record the form offers by itself (a report-back that is due) is unsaved only once typed in.
    private boolean offered;
    private Runnable saver = () -> { };
    private Runnable afterSave;
    private UnaryOperator<String> readable = UnaryOperator.identity();
    private Consumer<String> reveal = id -> { };
    private final javafx.beans.property.ReadOnlyIntegerWrapper typed = new javafx.beans.property.ReadOnlyIntegerWrapper();

    /**
     * @param fill    puts a record's values into the fields
     * @param blank   puts a new record's defaults into the fields
     * @param name    how a person names a record ("U-1 Wages"), for titles and questions
     * @param newName the title of a record not saved yet ("New demand")
     */
    public RecordEditor(NegotiationDocument document, DialogService dialogs, Consumer<R> fill, Runnable blank,
            Function<R, String> name, String newName) {
        this.document = document;
        this.dialogs = dialogs;
        this.fill = fill;
        this.blank = blank;
        this.name = name;
        this.newName = newName;
        editing.addListener((obs, was, is) -> retitle());
        creating.addListener((obs, was, is) -> retitle());
        stored.addListener((obs, was, is) -> retitle());
    }

    /** Counts a field in the copy: its changes make the editor dirty and clear its message. */
    public <P extends Property<?>> P field(String fieldName, P property) {
        fields.put(fieldName, property);
        return watch(fieldName, property);
    }

    /** Counts one more value under a field already named (a message shared by two controls). */
    public <P extends Property<?>> P watch(String fieldName, P property) {
        watched.add(property);
        property.addListener((obs, was, is) -> {
            if (!filling.isQuiet()) {
                errors.clear(fieldName);
                redirty();
                typed.set(typed.get() + 1);
            }
        });
        return property;
    }

    /** How a refusal's message reads in the window (the domain's constants in the lists' words). */
    public void readable(UnaryOperator<String> words) {
        this.readable = words;
    }

    /** What the section's own {@code save()} does: Save on a question about leaving calls it. */
    public void onSave(Runnable save) {
        this.saver = save;
    }

    // ---- loading ----

    /** Shows a stored record, unless it is the one already being edited (then see {@link #refresh}). */
    public void edit(R record) {
        Objects.requireNonNull(record, "record");
        R current = stored.get();
        if (!creating.get() && editing.get() && current != null && current.id().equals(record.id())) {
            refresh(record);
            return;
        }
        load(record);
    }

    /**
     * Moves the editor to another record chosen in the list. With an unsaved edit it asks first,
     * naming the record: Save writes it and then runs {@code chooseAgain} to go on to the record
     * chosen, Discard drops it, Cancel stays. True when the editor now shows {@code record}; the
     * list should otherwise select the record still being edited.
     */
    public boolean edit(R record, Runnable chooseAgain) {
        R current = stored.get();
        boolean same = !creating.get() && current != null && current.id().equals(record.id());
        if (same || !dirty.get()) {
            edit(record);
            return true;
        }
        String what = recordName();
        switch (dialogs.askUnsaved(Messages.format("unsaved.title", what),
                Messages.format("unsaved.question.record", what))) {
            case DISCARD -> load(record);
            case SAVE -> saveThen(chooseAgain);
            case CANCEL -> {
                return false;
            }
        }
        R now = stored.get();
        return now != null && now.id().equals(record.id());
    }

    /** Runs {@code then} once an unsaved edit is saved or discarded (asking which); not at all on Cancel. */
    public void leave(Runnable then) {
        if (!dirty.get()) {
            then.run();
            return;
        }
        String what = recordName();
        switch (dialogs.askUnsaved(Messages.format("unsaved.title", what),
                Messages.format("unsaved.question.record", what))) {
            case DISCARD -> {
                cancel();
                then.run();
            }
            case SAVE -> saveThen(then);
            case CANCEL -> { }
        }
    }

    /** Starts a new record; nothing is written until it is saved. */
    public void startNew() {
        offered = false;
        creating.set(true);
        stored.set(null);
        editing.set(true);
        quietly(blank);
        notice.set("");
        errors.clearAll();
        // A new record is unsaved work from the start: leaving asks about it.
        loaded = List.of();
        redirty();
    }

    /**
     * Offers a new record in the form without anyone asking for it (the report-back of a sidebar
     * that ended): it counts as unsaved work only once something is typed in it.
     */
    public void offerNew() {
        startNew();
        offered = true;
        loaded = values();
        redirty();
    }

    /** Shows a stored record as it is, dropping whatever was typed (after a save the section wrote itself). */
    public void show(R record) {
        load(record);
    }

    private void load(R record) {
        offered = false;
        creating.set(false);
        stored.set(record);
        editing.set(true);
        quietly(() -> fill.accept(record));
        notice.set("");
        errors.clearAll();
        loaded = values();
        redirty();
    }

    /**
     * The stored version of the record being edited, as a new snapshot has it (null when it is
     * gone). A clean editor shows it; a dirty one keeps the edit, which a save writes over the new
     * version, and says what happened.
     */
    public void refresh(R fresh) {
        R current = stored.get();
        if (creating.get() || current == null || !editing.get()) {
            return;
        }
        if (fresh == null) {
            if (dirty.get()) {
                stored.set(null);
                creating.set(true);
                notice.set(Messages.format("editor.changed.deleted", name.apply(current)));
            } else {
                close();
            }
            return;
        }
        if (fresh.equals(current)) {
            return;
        }
        if (dirty.get()) {
            merge(fresh);
            notice.set(Messages.format("editor.changed.kept", name.apply(fresh)));
        } else {
            load(fresh);
        }
    }

    /**
     * Brings the new version into the fields the person has not touched, and keeps the ones they
     * have: a save then writes their edit without undoing the other change.
     */
    @SuppressWarnings("unchecked")
    private void merge(R fresh) {
        List<Object> before = values();
        List<Object> typed = new ArrayList<>(watched.size());
        for (Property<?> p : watched) {
            Object v = p.getValue();
            typed.add(v instanceof javafx.collections.ObservableList<?> c ? new ArrayList<>(c) : v);
        }
        stored.set(fresh);
        quietly(() -> {
            fill.accept(fresh);
            List<Object> now = values();
            for (int i = 0; i < watched.size(); i++) {
                if (!Objects.equals(before.get(i), loaded.get(i))) {
                    Property<Object> p = (Property<Object>) watched.get(i);
                    if (p.getValue() instanceof List<?> list && typed.get(i) instanceof List<?> kept) {
                        ((List<Object>) list).clear();
                        ((List<Object>) list).addAll(kept);
                    } else {
                        p.setValue(typed.get(i));
                    }
                }
            }
            loaded = now;
        });
    }

    /** Runs a change of the fields that is not the person's own (a default following another field). */
    public void quietly(Runnable change) {
        filling.run(change);
        redirty();
    }

    /** True while the fields are filled or changed {@link #quietly}: a listener then knows the person did not type it. */
    public boolean isQuiet() {
        return filling.isQuiet();
    }

    /** Puts the editor back to the stored record, or leaves a new one (Escape, Cancel). */
    public void cancel() {
        if (creating.get() && stored.get() == null) {
            close();
        } else if (stored.get() != null) {
            load(stored.get());
        }
    }

    /** Closes the editor, dropping whatever was typed. */
    public void close() {
        offered = false;
        creating.set(false);
        editing.set(false);
        stored.set(null);
        notice.set("");
        errors.clearAll();
        loaded = List.of();
        redirty();
    }

    // ---- dirty ----

    private List<Object> values() {
        List<Object> out = new ArrayList<>(watched.size());
        for (Property<?> p : watched) {
            out.add(comparable(p.getValue()));
        }
        return out;
    }

    /**
     * What counts when comparing a field with what was loaded: text without its outer spaces, a
     * record by its id (a list rebuilt from a new snapshot holds equal choices, not identical ones).
     */
    static Object comparable(Object value) {
        if (value instanceof String s) {
            return s.strip();
        }
        if (value instanceof LabelledChoice<?> c) {
            return comparable(c.value());
        }
        if (value instanceof Entity e) {
            return e.id();
        }
        if (value instanceof java.util.Set<?> c) {
            return c.stream().map(RecordEditor::comparable).collect(java.util.stream.Collectors.toSet());
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(RecordEditor::comparable).toList();
        }
        return value;
    }

    private void redirty() {
        boolean now = editing.get() && ((creating.get() && !offered) || !values().equals(loaded));
        dirty.set(now);
        retitle();
    }

    private void retitle() {
        if (!editing.get()) {
            title.set("");
            return;
        }
        R current = stored.get();
        String base = current == null ? newName : name.apply(current);
        title.set(dirty.get() ? Messages.format("editor.title.dirty", base) : base);
    }

    /** How a person names the record being edited: "U-1 Wages", or "New demand". */
    public String recordName() {
        R current = stored.get();
        return current == null ? newName : name.apply(current);
    }

    // ---- writing ----

    /**
     * Builds the record from the fields and writes it as one change. {@code build} gets the stored
     * record (null for a new one) and may refuse with the domain's message, which goes on its field.
     */
    public void save(Function<R, String> label, UnaryOperator<R> build, Consumer<R> onSaved) {
        errors.clearAll();
        boolean isNew = creating.get();
        R before = stored.get();
        R record;
        try {
            record = build.apply(isNew ? null : before);
        } catch (ValidationException e) {
            errors.set(e);
            afterSave = null;
            return;
        }
        if (record == null) {
            afterSave = null;
            return;
        }
        write(label.apply(record), record, isNew, onSaved);
    }

    /** Writes a record the section built itself (a save that first checks the whole form). */
    public void write(String label, R record, boolean isNew, Consumer<R> onSaved) {
        write(label, record, isNew, List.of(), onSaved);
    }

    /** Writes the record and, in the same change, the records that move with it (a demand with its agreement). */
    public void write(String label, R record, boolean isNew, List<? extends Entity> alongside, Consumer<R> onSaved) {
        change(label, w -> {
            if (isNew) {
                w.insert(record);
            } else {
                w.update(record);
            }
            for (Entity e : alongside) {
                if (!e.id().equals(record.id())) {
                    w.update(e);
                }
            }
            return record;
        }, saved -> {
            load(saved);
            if (onSaved != null) {
                onSaved.accept(saved);
            }
        });
    }

    /** Makes one change with the editor busy; a refusal goes where {@link #failed} puts it. */
    public <T> void change(String label, Function<Changes, T> work, Consumer<? super T> onDone) {
        changeWith(List.of(), label, work, onDone);
    }

    /**
     * Makes one change that writes what several editors hold (a page with one Save: the topics of
     * a sidebar and its report-back, so that one undo takes them all back), every one of them busy
     * meanwhile; once it is written, each goes on with what waited on its save (a question about
     * leaving answered Save). A refusal goes where {@link #failed} puts it, on this editor.
     */
    public <T> void changeWith(Collection<? extends RecordEditor<?>> others, String label, Function<Changes, T> work,
            Consumer<? super T> onDone) {
        List<RecordEditor<?>> all = new ArrayList<>();
        all.add(this);
        others.stream().filter(e -> !all.contains(e)).forEach(all::add);
        all.forEach(e -> e.busy.set(true));
        document.change(label, work, result -> {
            all.forEach(e -> e.busy.set(false));
            onDone.accept(result);
            for (RecordEditor<?> e : all) {
                Runnable next = e.afterSave;
                e.afterSave = null;
                if (next != null) {
                    next.run();
                }
            }
        }, e -> {
            all.forEach(x -> {
                x.busy.set(false);
                x.afterSave = null;
            });
            failed(e);
        });
    }

    /** Deletes the stored record after asking; {@code onDeleted} runs once it is gone. */
    public void delete(String question, String label, Runnable onDeleted) {
        R current = stored.get();
        if (current == null || creating.get()) {
            return;
        }
        if (!dialogs.confirm(Messages.format("editor.delete.title", name.apply(current)), question,
                Messages.get("editor.delete"))) {
            return;
        }
        change(label, w -> {
            w.delete(EntityRef.of(current));
            return current;
        }, gone -> {
            close();
            if (onDeleted != null) {
                onDeleted.run();
            }
        });
    }

    /**
     * Saves, then runs {@code next} once the record is written; false (and {@code next} never runs)
     * when the form has a problem to fix first.
     */
    public boolean saveThen(Runnable next) {
        afterSave = next;
        saver.run();
        if (!busy.get() && afterSave != null) {
            // Nothing is being written: either the form was refused, or the save finished at once.
            Runnable pending = afterSave;
            afterSave = null;
            if (dirty.get() || !errors.none()) {
                return false;
            }
            pending.run();
        }
        return true;
    }

    /** Marks the editor busy around a change the section writes itself. */
    public void busy(boolean value) {
        busy.set(value);
    }

    /**
     * A refusal on the way to the file: a domain message on one of the fields goes there, anything
     * else is said in a dialog in the product's words.
     */
    public void failed(Throwable e) {
        busy.set(false);
        afterSave = null;
        if (e instanceof ValidationException v) {
            String message = readable.apply(v.getMessage());
            if (v.field() == null || !fields.containsKey(v.field())) {
                dialogs.showError(Messages.get("editor.failed.title"), message);
            } else {
                errors.set(v.field(), message);
            }
        } else {
            dialogs.showError(Messages.get("editor.failed.title"), Messages.format("editor.failed.message",
                    recordName()));
        }
    }

    // ---- drafts ----

    /** How the section selects one of its records by id, for a draft offered back. */
    public void onReveal(Consumer<String> selectById) {
        this.reveal = selectById;
    }

    /** Counts the person's own changes to the fields: each one is a moment to keep a draft. */
    public javafx.beans.property.ReadOnlyIntegerProperty typedProperty() {
        return typed.getReadOnlyProperty();
    }

    /** The text typed in each field, by name, for a draft kept beside the file. */
    public Map<String, String> draft() {
        Map<String, String> out = new LinkedHashMap<>();
        fields.forEach((k, p) -> {
            if (p.getValue() instanceof String text) {
                out.put(k, text);
            }
        });
        return out;
    }

    /** Puts a kept draft back: the record it was typed on (or a new one), with the text as typed. */
    @SuppressWarnings("unchecked")
    public boolean restore(String recordId, Map<String, String> texts) {
        if (recordId == null) {
            startNew();
        } else {
            reveal.accept(recordId);
            if (stored.get() == null || !stored.get().id().equals(recordId)) {
                return false;
            }
        }
        texts.forEach((k, v) -> {
            Property<?> p = fields.get(k);
            if (p != null && p.getValue() instanceof String) {
                ((Property<String>) p).setValue(v);
            }
        });
        return true;
    }

    // ---- properties ----

    public ReadOnlyObjectProperty<R> storedProperty() {
        return stored.getReadOnlyProperty();
    }

    public R stored() {
        return stored.get();
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

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public boolean isCreating() {
        return creating.get();
    }

    public boolean isEditing() {
        return editing.get();
    }

    /** The editor's title: the record's name, with a dot while it holds an unsaved edit. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Says when the record changed underneath the edit; empty otherwise. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public FieldErrors errors() {
        return errors;
    }

    /** The rule findings on the record being edited, with their "Why?"; made the first time asked for. */
    public RecordFindings findings() {
        if (findings == null) {
            findings = new RecordFindings(document, dialogs, stored.getReadOnlyProperty(), editing.getReadOnlyProperty());
        }
        return findings;
    }
}

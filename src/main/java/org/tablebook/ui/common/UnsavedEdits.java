package org.tablebook.ui.common;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * Every section's editors, so that nothing typed is lost on the way out: which sections hold an
 * unsaved edit (the dot on their navigation entry), and the Save / Discard / Cancel question,
 * naming the record, before quitting, closing the window, opening or creating another file, or
 * leaving a section.
 *
 * @param <K> what names a section
 */
public final class UnsavedEdits<K> {
    private final DialogService dialogs;
    private final Function<K, String> sectionName;
    private final Map<K, List<Slot>> editors = new LinkedHashMap<>();
    private final ObservableSet<K> dirtySections = FXCollections.observableSet();
    // One read-only view, kept: it listens to the set weakly, so a fresh one per call would lose
    // the window's listener once collected.
    private final ObservableSet<K> dirtyView = FXCollections.unmodifiableObservableSet(dirtySections);
    private final javafx.collections.ObservableMap<K, java.util.Set<String>> open = FXCollections.observableHashMap();
    private final javafx.collections.ObservableMap<K, java.util.Set<String>> openView =
            FXCollections.unmodifiableObservableMap(open);
    private Consumer<K> show = k -> { };
    private Runnable changed = () -> { };

    public UnsavedEdits(DialogService dialogs, Function<K, String> sectionName) {
        this.dialogs = dialogs;
        this.sectionName = sectionName;
    }

    /**
     * A place in a section's list of editors, which a kept draft names by its index: one editor, or
     * the editors that come and go with what the section shows, with how to show the record a
     * draft was typed on.
     */
    private record Slot(RecordEditor<?> editor, ObservableList<? extends RecordEditor<?>> shifting,
            Consumer<String> reveal) {
        List<? extends RecordEditor<?>> editors() {
            return editor != null ? List.of(editor) : List.copyOf(shifting);
        }
    }

    /** Counts a section's editors. */
    public void register(K section, RecordEditor<?>... sectionEditors) {
        List<Slot> list = editors.computeIfAbsent(section, k -> new ArrayList<>());
        for (RecordEditor<?> e : sectionEditors) {
            list.add(new Slot(e, null, null));
            watch(section, e);
        }
        recount(section);
        reopen(section);
    }

    /**
     * Counts editors that come and go with what the section shows (one per topic of the sidebar
     * shown); {@code reveal} shows the record a kept draft was typed on, by its id, so that its
     * editor is among them.
     */
    public void register(K section, ObservableList<? extends RecordEditor<?>> shifting, Consumer<String> reveal) {
        editors.computeIfAbsent(section, k -> new ArrayList<>()).add(new Slot(null, shifting, reveal));
        shifting.forEach(e -> watch(section, e));
        shifting.addListener((javafx.collections.ListChangeListener<RecordEditor<?>>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(e -> watch(section, e));
            }
            recount(section);
            reopen(section);
            changed.run();
        });
        recount(section);
        reopen(section);
    }

    private void watch(K section, RecordEditor<?> e) {
        e.storedProperty().addListener((obs, was, is) -> reopen(section));
        e.editingProperty().addListener((obs, was, is) -> reopen(section));
        e.dirtyProperty().addListener((obs, was, is) -> {
            recount(section);
            changed.run();
        });
        e.typedProperty().addListener((obs, was, is) -> changed.run());
    }

    /** The section's editors as they are now. */
    private List<RecordEditor<?>> of(K section) {
        List<RecordEditor<?>> out = new ArrayList<>();
        editors.getOrDefault(section, List.of()).forEach(slot -> out.addAll(slot.editors()));
        return out;
    }

    /** For each section, the ids of the stored records its editors show (the record open there). */
    public javafx.collections.ObservableMap<K, java.util.Set<String>> openRecords() {
        return openView;
    }

    private void reopen(K section) {
        java.util.Set<String> ids = of(section).stream()
                .filter(e -> e.isEditing() && !e.isCreating() && e.stored() != null)
                .map(e -> e.stored().id()).collect(java.util.stream.Collectors.toUnmodifiableSet());
        if (!ids.equals(open.get(section))) {
            open.put(section, ids);
        }
    }

    /** Runs whenever what is unsaved changes: a moment to keep the drafts beside the file. */
    public void onChange(Runnable whenChanged) {
        this.changed = whenChanged;
    }

    /** Every unsaved edit as a draft to keep beside the file. */
    public List<org.tablebook.document.DraftFile.Draft> drafts() {
        List<org.tablebook.document.DraftFile.Draft> out = new ArrayList<>();
        editors.forEach((k, list) -> {
            for (int i = 0; i < list.size(); i++) {
                for (RecordEditor<?> e : list.get(i).editors()) {
                    if (e.isDirty()) {
                        out.add(new org.tablebook.document.DraftFile.Draft(String.valueOf(k), i,
                                e.isCreating() || e.stored() == null ? null : e.stored().id(), e.recordName(), e.draft()));
                    }
                }
            }
        });
        return out;
    }

    /** Puts kept drafts back in their editors; the names of those that could not be (their record is gone). */
    public List<String> restore(List<org.tablebook.document.DraftFile.Draft> drafts) {
        List<String> lost = new ArrayList<>();
        for (org.tablebook.document.DraftFile.Draft d : drafts) {
            Slot slot = editors.entrySet().stream()
                    .filter(en -> String.valueOf(en.getKey()).equals(d.section()) && d.editor() < en.getValue().size())
                    .peek(en -> show.accept(en.getKey()))
                    .map(en -> en.getValue().get(d.editor())).findFirst().orElse(null);
            RecordEditor<?> editor = slot == null ? null : slot.editor() != null ? slot.editor() : shown(slot, d.recordId());
            if (editor == null || !editor.restore(d.recordId(), d.fields())) {
                lost.add(d.recordName());
            }
        }
        return lost;
    }

    /** Shows the record among editors that come and go, and gives the editor now showing it. */
    private static RecordEditor<?> shown(Slot slot, String recordId) {
        if (recordId == null) {
            return null;
        }
        slot.reveal().accept(recordId);
        return slot.editors().stream().filter(e -> e.stored() != null && e.stored().id().equals(recordId)).findFirst()
                .orElse(null);
    }

    /** Shows the section an unsaved edit is in before asking about it. */
    public void onAsk(Consumer<K> showSection) {
        this.show = showSection;
    }

    private void recount(K section) {
        if (of(section).stream().anyMatch(RecordEditor::isDirty)) {
            dirtySections.add(section);
        } else {
            dirtySections.remove(section);
        }
    }

    /** The sections holding an unsaved edit. */
    public ObservableSet<K> dirtySections() {
        return dirtyView;
    }

    public boolean any() {
        return !dirtySections.isEmpty();
    }

    /** Before leaving the whole file (quit, close, open, new): asks about every unsaved edit. */
    public void leaveAll(Runnable proceed) {
        List<Map.Entry<K, RecordEditor<?>>> all = new ArrayList<>();
        editors.keySet().forEach(k -> of(k).forEach(e -> all.add(Map.entry(k, e))));
        ask(all.iterator(), proceed);
    }

    /** Before leaving one section: asks about its unsaved edits. */
    public void leave(K section, Runnable proceed) {
        List<Map.Entry<K, RecordEditor<?>>> some = new ArrayList<>();
        of(section).forEach(e -> some.add(Map.entry(section, e)));
        ask(some.iterator(), proceed);
    }

    /**
     * One question per unsaved edit; {@code proceed} runs once each is saved or discarded. Cancel
     * stops there; so does a save the form refuses (its messages are on the fields).
     */
    private void ask(Iterator<Map.Entry<K, RecordEditor<?>>> it, Runnable proceed) {
        while (it.hasNext()) {
            Map.Entry<K, RecordEditor<?>> next = it.next();
            RecordEditor<?> editor = next.getValue();
            if (!editor.isDirty()) {
                continue;
            }
            show.accept(next.getKey());
            String record = editor.recordName();
            switch (dialogs.askUnsaved(Messages.format("unsaved.title", record),
                    Messages.format("unsaved.question", record, sectionName.apply(next.getKey())))) {
                case CANCEL -> {
                    return;
                }
                case DISCARD -> editor.cancel();
                case SAVE -> {
                    editor.saveThen(() -> ask(it, proceed));
                    return;
                }
            }
        }
        proceed.run();
    }
}

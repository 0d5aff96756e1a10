package org.tablebook.ui.common;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.FXCollections;
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
    private final Map<K, List<RecordEditor<?>>> editors = new LinkedHashMap<>();
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

    /** Counts a section's editors. */
    public void register(K section, RecordEditor<?>... sectionEditors) {
        List<RecordEditor<?>> list = editors.computeIfAbsent(section, k -> new ArrayList<>());
        for (RecordEditor<?> e : sectionEditors) {
            list.add(e);
            e.storedProperty().addListener((obs, was, is) -> reopen(section));
            e.editingProperty().addListener((obs, was, is) -> reopen(section));
            e.dirtyProperty().addListener((obs, was, is) -> {
                recount(section);
                changed.run();
            });
            e.typedProperty().addListener((obs, was, is) -> changed.run());
        }
        recount(section);
        reopen(section);
    }

    /** For each section, the ids of the stored records its editors show (the record open there). */
    public javafx.collections.ObservableMap<K, java.util.Set<String>> openRecords() {
        return openView;
    }

    private void reopen(K section) {
        java.util.Set<String> ids = editors.getOrDefault(section, List.of()).stream()
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
                RecordEditor<?> e = list.get(i);
                if (e.isDirty()) {
                    out.add(new org.tablebook.document.DraftFile.Draft(String.valueOf(k), i,
                            e.isCreating() || e.stored() == null ? null : e.stored().id(), e.recordName(), e.draft()));
                }
            }
        });
        return out;
    }

    /** Puts kept drafts back in their editors; the names of those that could not be (their record is gone). */
    public List<String> restore(List<org.tablebook.document.DraftFile.Draft> drafts) {
        List<String> lost = new ArrayList<>();
        for (org.tablebook.document.DraftFile.Draft d : drafts) {
            RecordEditor<?> editor = editors.entrySet().stream()
                    .filter(en -> String.valueOf(en.getKey()).equals(d.section()) && d.editor() < en.getValue().size())
                    .peek(en -> show.accept(en.getKey()))
                    .map(en -> en.getValue().get(d.editor())).findFirst().orElse(null);
            if (editor == null || !editor.restore(d.recordId(), d.fields())) {
                lost.add(d.recordName());
            }
        }
        return lost;
    }

    /** Shows the section an unsaved edit is in before asking about it. */
    public void onAsk(Consumer<K> showSection) {
        this.show = showSection;
    }

    private void recount(K section) {
        if (editors.getOrDefault(section, List.of()).stream().anyMatch(RecordEditor::isDirty)) {
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
        editors.forEach((k, list) -> list.forEach(e -> all.add(Map.entry(k, e))));
        ask(all.iterator(), proceed);
    }

    /** Before leaving one section: asks about its unsaved edits. */
    public void leave(K section, Runnable proceed) {
        List<Map.Entry<K, RecordEditor<?>>> some = new ArrayList<>();
        editors.getOrDefault(section, List.of()).forEach(e -> some.add(Map.entry(section, e)));
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

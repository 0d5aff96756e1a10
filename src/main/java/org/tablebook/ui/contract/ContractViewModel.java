package org.tablebook.ui.contract;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tablebook.document.BackgroundTask;
import org.tablebook.document.ContractChanges;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.document.TaskRunner;
import org.tablebook.domain.ContractSection;
import org.tablebook.domain.Ids;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.contract.NewContract;
import org.tablebook.export.contract.ContractImport;
import org.tablebook.export.contract.ContractImportException;
import org.tablebook.ui.common.DialogService;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.RecordEditor;
import org.tablebook.ui.common.RecordList;

/**
 * The Contract section: the current contract's articles and sections in order, the editor of the
 * one selected, the import of the current contract from a file, and the new contract as the TAs
 * make it (every section with its redline against the current contract, open sections marked).
 */
public final class ContractViewModel {
    private final NegotiationDocument document;
    private final DialogService dialogs;
    private final Clock clock;
    private final TaskRunner tasks;

    private final ObservableList<NewContract.Section> newContract = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper newContractSummary = new ReadOnlyStringWrapper("");

    private final RecordEditor<ContractSection> editor;
    private final RecordList<ContractSection, ContractSection> list;
    private final StringProperty articleNumber = new SimpleStringProperty("");
    private final StringProperty articleTitle = new SimpleStringProperty("");
    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");

    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper importStatus = new ReadOnlyStringWrapper("");
    private final ObservableList<String> importProblems = FXCollections.observableArrayList();

    public ContractViewModel(NegotiationDocument document, DialogService dialogs, Clock clock, TaskRunner tasks) {
        this.document = document;
        this.dialogs = dialogs;
        this.clock = clock;
        this.tasks = tasks;
        editor = new RecordEditor<>(document, dialogs, this::fill, this::blank, ContractViewModel::name,
                Messages.get("contract.new"));
        editor.field("articleNumber", articleNumber);
        editor.field("articleTitle", articleTitle);
        editor.field("number", number);
        editor.field("title", title);
        editor.field("text", text);
        editor.onSave(this::save);
        list = new RecordList<>(editor, c -> c, c -> c.label() + " " + (c.text() == null ? "" : c.text()));
        document.snapshotProperty().addListener((obs, was, is) -> load(is));
        load(document.snapshot());
    }

    /** "Article 14 Hours of Work, 14.6 Overtime": how the editor's title names a section. */
    static String name(ContractSection c) {
        return org.tablebook.ui.common.Formats.section(c);
    }

    private void load(NegotiationSnapshot s) {
        List<ContractSection> all = s == null ? List.of() : s.contract();
        list.show(all, "");
        if (s == null) {
            newContract.clear();
            newContractSummary.set("");
            return;
        }
        NewContract assembled = NewContract.assemble(s);
        newContract.setAll(assembled.sections());
        long agreed = assembled.sections().stream().filter(x -> x.state() == NewContract.State.AGREED).count();
        long open = assembled.sections().stream().filter(x -> x.state() == NewContract.State.OPEN).count();
        newContractSummary.set(Messages.format("contract.assembled.summary", assembled.sections().size(), agreed, open));
    }

    private void blank() {
        ContractSection after = list.selectedProperty().get();
        articleNumber.set(after == null ? "" : after.articleNumber());
        articleTitle.set(after == null ? "" : after.articleTitle());
        number.set("");
        title.set("");
        text.set("");
    }

    private void fill(ContractSection c) {
        articleNumber.set(c.articleNumber());
        articleTitle.set(c.articleTitle());
        number.set(c.number());
        title.set(c.title());
        text.set(c.text() == null ? "" : c.text());
    }

    /** Starts a new section, in the article of the one selected; nothing is written until {@link #save()}. */
    public void newSection() {
        editor.leave(editor::startNew);
    }

    /**
     * Writes the section as one change. A new section goes after the last section of its article
     * (or at the end of the contract), and the sections after it move down one place in the same
     * change. Empty text is a section the current contract does not have: a new article a demand adds.
     */
    public void save() {
        NegotiationSnapshot s = document.snapshot();
        if (s == null) {
            return;
        }
        Instant now = clock.instant();
        String body = text.get() == null || text.get().isBlank() ? null : text.get().strip();
        List<ContractSection> moved = new ArrayList<>();
        ContractSection before = editor.stored();
        ContractSection record;
        try {
            if (editor.isCreating() || before == null) {
                int at = placeFor(s.contract(), articleNumber.get() == null ? "" : articleNumber.get().strip());
                record = new ContractSection(Ids.newId(), articleNumber.get(), articleTitle.get(), number.get(),
                        title.get(), body, at, now, now);
                for (ContractSection c : s.contract()) {
                    if (c.position() >= at) {
                        moved.add(new ContractSection(c.id(), c.articleNumber(), c.articleTitle(), c.number(), c.title(),
                                c.text(), c.position() + 1, c.createdAt(), now));
                    }
                }
            } else {
                record = new ContractSection(before.id(), articleNumber.get(), articleTitle.get(), number.get(),
                        title.get(), body, before.position(), before.createdAt(), now);
            }
        } catch (org.tablebook.domain.ValidationException e) {
            editor.errors().set(e);
            return;
        }
        boolean isNew = editor.isCreating();
        String label = Messages.format(isNew ? "contract.change.add" : "contract.change.edit", name(record));
        editor.write(label, record, isNew, moved, list::reselect);
    }

    /** Where a new section of {@code article} goes: after that article's last section, or at the end. */
    static int placeFor(List<ContractSection> contract, String article) {
        int at = -1;
        for (ContractSection c : contract) {
            if (c.articleNumber().equalsIgnoreCase(article)) {
                at = c.position() + 1;
            }
        }
        if (at >= 0) {
            return at;
        }
        return contract.stream().mapToInt(ContractSection::position).max().orElse(-1) + 1;
    }

    /** Deletes the selected section after asking, unless demands still change it: then it says which. */
    public void delete() {
        ContractSection c = editor.stored();
        NegotiationSnapshot s = document.snapshot();
        if (c == null || s == null) {
            return;
        }
        List<String> codes = s.sectionLanguage().stream().filter(l -> l.sectionId().equals(c.id()))
                .map(l -> s.demand(l.demandId()).map(d -> d.code()).orElse("?")).distinct().sorted().toList();
        if (!codes.isEmpty()) {
            dialogs.showError(Messages.format("contract.delete.refused.title", name(c)),
                    Messages.format("contract.delete.refused", name(c), String.join(", ", codes)));
            return;
        }
        editor.delete(Messages.format("contract.delete.confirm", name(c)),
                Messages.format("contract.change.delete", name(c)), () -> list.selectedProperty().set(null));
    }

    // ---- import ----

    /** File > Import the current contract: asks for the file (after any unsaved edit), then imports it. */
    public void importContract() {
        if (importing.get() || document.snapshot() == null) {
            return;
        }
        editor.leave(() -> dialogs.chooseContractToOpen(Messages.get("contract.import.choose"), null)
                .ifPresent(this::importFrom));
    }

    /**
     * Reads the file off the JavaFX thread and, when it holds no problem, makes it the current
     * contract in one change (undone by one Undo). Any problem, each with its line or paragraph, is
     * listed and nothing is written.
     */
    public void importFrom(Path file) {
        importing.set(true);
        importProblems.clear();
        String name = file.getFileName().toString();
        importStatus.set(Messages.format("contract.import.reading", name));
        Instant at = clock.instant();
        BackgroundTask.of(() -> ContractImport.toRecords(ContractImport.read(file), at))
                .onSuccess(records -> {
                    importStatus.set(Messages.format("contract.import.writing", name, records.size()));
                    NegotiationSnapshot s = document.snapshot();
                    document.change(Messages.format("contract.change.import", name),
                            w -> ContractChanges.replaceCurrentContract(w, s, records, at), count -> {
                                importing.set(false);
                                importStatus.set(Messages.format("contract.import.done", count, name));
                            }, e -> refused(name, List.of(e.getMessage() == null ? e.toString() : e.getMessage())));
                })
                .onFailure(ContractImportException.class, e -> refused(name, e.problems()))
                .onFailure(e -> refused(name, List.of(Messages.format("contract.import.unreadable",
                        e.getMessage() == null ? e.toString() : e.getMessage()))))
                .runWith(tasks);
    }

    private void refused(String name, List<String> problems) {
        importing.set(false);
        importProblems.setAll(problems);
        importStatus.set(Messages.format("contract.import.refused", name, problems.size()));
    }

    // ---- properties ----

    /** The sections in contract order, as the search lets through; the selected one is in the editor. */
    public RecordList<ContractSection, ContractSection> list() {
        return list;
    }

    public RecordEditor<ContractSection> editor() {
        return editor;
    }

    public StringProperty articleNumberProperty() {
        return articleNumber;
    }

    public StringProperty articleTitleProperty() {
        return articleTitle;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** True while a contract file is being read and written. */
    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    /** What the import is doing, or what it did. */
    public ReadOnlyStringProperty importStatusProperty() {
        return importStatus.getReadOnlyProperty();
    }

    /** The problems of the last file refused, each with its line or paragraph. */
    public ObservableList<String> importProblems() {
        return importProblems;
    }

    /** The new contract: the current contract with every TA's text applied, in contract order. */
    public ObservableList<NewContract.Section> newContract() {
        return newContract;
    }

    /** "24 sections: 3 agreed, 2 still open". */
    public ReadOnlyStringProperty newContractSummaryProperty() {
        return newContractSummary.getReadOnlyProperty();
    }
}

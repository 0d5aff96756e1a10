package org.tablebook.ui.demands;

import org.tablebook.ui.common.LiveValidation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tablebook.domain.ContractSection;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandCategory;
import org.tablebook.domain.DemandOrigin;
import org.tablebook.domain.DemandPriority;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.DemandSubject;
import org.tablebook.domain.EntityRef;
import org.tablebook.domain.Ids;
import org.tablebook.domain.NegotiationKind;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Side;
import org.tablebook.domain.ValidationException;
import org.tablebook.ui.common.DialogService;
import org.tablebook.ui.common.RecordEditor;
import org.tablebook.document.NegotiationDocument;
import org.tablebook.ui.common.Messages;
import org.tablebook.document.ContractChanges;

/**
 * The editor of one demand: every field of DESIGN.md's Demand, on a copy that only {@link #save()}
 * writes. Problems show on their field while the person types; status moves follow the domain's
 * lifecycle, and a refused move says what to do instead.
 */
public final class DemandEditorViewModel {
    private static final List<String> FIELDS = List.of("code", "article", "title", "description", "publicSummary",
            "proposedBy", "category", "priority", "subject", "origin", "originNote", "status", "confidential");
    private static final Pattern NUMBERED = Pattern.compile("(.*?)(\\d+)");

    private final NegotiationDocument document;
    private final DialogService dialogs;
    private final Clock clock;

    private final RecordEditor<Demand> editor;
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty article = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty publicSummary = new SimpleStringProperty("");
    private final ObjectProperty<Side> proposedBy = new SimpleObjectProperty<>(Side.OURS);
    private final ObjectProperty<DemandCategory> category = new SimpleObjectProperty<>(DemandCategory.OTHER);
    private final ObjectProperty<DemandPriority> priority = new SimpleObjectProperty<>(DemandPriority.MEDIUM);
    private final ObjectProperty<DemandSubject> subject = new SimpleObjectProperty<>(DemandSubject.UNKNOWN);
    private final ObjectProperty<DemandOrigin> origin = new SimpleObjectProperty<>();
    private final StringProperty originNote = new SimpleStringProperty("");
    private final ObjectProperty<DemandStatus> status = new SimpleObjectProperty<>(DemandStatus.DRAFT);
    private final BooleanProperty confidential = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper statusHelp = new ReadOnlyStringWrapper("");
    /** The contract sections the demand changes, in contract order; new articles not yet written among them. */
    private final javafx.beans.property.ListProperty<ContractSection> sections =
            new javafx.beans.property.SimpleListProperty<>(javafx.collections.FXCollections.observableArrayList());
    private final javafx.collections.ObservableList<ContractSection> sectionChoices =
            javafx.collections.FXCollections.observableArrayList();
    private final ObjectProperty<ContractSection> sectionToAdd = new SimpleObjectProperty<>();
    private final LiveValidation validation;
    private String suggestedCode = "";
    private Consumer<Demand> onSaved = d -> { };

    public DemandEditorViewModel(NegotiationDocument document, DialogService dialogs, Clock clock) {
        this.document = document;
        this.dialogs = dialogs;
        this.clock = clock;
        editor = new RecordEditor<>(document, dialogs, this::load, this::blank,
                d -> d.code() + "  \u00B7  " + d.title(), Messages.get("demands.heading.new"));
        List<Property<?>> fields = List.of(code, article, title, description, publicSummary, proposedBy, category,
                priority, subject, origin, originNote, status, confidential);
        for (int i = 0; i < fields.size(); i++) {
            editor.field(FIELDS.get(i), fields.get(i));
        }
        editor.field("sections", sections);
        editor.onSave(this::save);
        document.snapshotProperty().addListener((obs, was, is) -> refreshSectionChoices(is));
        refreshSectionChoices(document.snapshot());
        // After the editor's own listeners, so that a field's fresh message is not cleared again.
        validation = new LiveValidation(editor.errors(), this::rules)
                .watch("code", code).watch("article", article).watch("title", title)
                .watch("description", description).watch("publicSummary", publicSummary)
                .watch("originNote", originNote).watch("status", status);
        statusHelp.bind(Bindings.createStringBinding(() -> help(status.get()), status));
        proposedBy.addListener((obs, was, is) -> {
            // A new demand's suggested code follows the side, until the person types their own.
            if (editor.isCreating() && code.get().equals(suggestedCode)) {
                suggestedCode = suggestCode(is);
                validation.quietly(() -> code.set(suggestedCode));
            }
        });
    }

    void setOnSaved(Consumer<Demand> onSaved) {
        this.onSaved = Objects.requireNonNull(onSaved);
    }

    /** Starts a new demand of ours, with the next free code; nothing is written until {@link #save()}. */
    public void startNew() {
        editor.startNew();
    }

    private void blank() {
        suggestedCode = suggestCode(Side.OURS);
        validation.load(() -> {
            code.set(suggestedCode);
            article.set("");
            title.set("");
            description.set("");
            publicSummary.set("");
            proposedBy.set(Side.OURS);
            category.set(DemandCategory.OTHER);
            priority.set(DemandPriority.MEDIUM);
            subject.set(DemandSubject.UNKNOWN);
            origin.set(null);
            originNote.set("");
            status.set(DemandStatus.DRAFT);
            confidential.set(false);
            sections.clear();
        });
    }

    /** Shows a stored demand in the editor. */
    public void edit(Demand d) {
        editor.edit(d);
    }

    /**
     * The demand being edited changed in the file (a pass put it on the table, an undo): what the
     * person has changed in the form stays, every other field takes the file's value.
     */
    void refresh(Demand fresh) {
        editor.refresh(fresh);
    }

    /** Closes the editor. */
    void stop() {
        editor.close();
    }

    /** Puts the form back to what is stored, or drops a new demand (Escape). */
    public void cancel() {
        editor.cancel();
    }

    /** Writes the demand as one change; nothing is written while a field has a problem. */
    public void save() {
        if (editor.busyProperty().get() || !validation.checkAll()) {
            return;
        }
        boolean isNew = editor.isCreating();
        Instant now = clock.instant();
        Demand toSave;
        try {
            toSave = build(now);
        } catch (ValidationException e) {
            editor.errors().set(e);
            return;
        }
        List<ContractSection> changed = List.copyOf(sections);
        NegotiationSnapshot before = document.snapshot();
        editor.change((isNew ? Messages.get("demands.demandEditorViewModel.addDemand") : Messages.get("demands.demandEditorViewModel.editDemand")) + toSave.code(), w -> {
            if (isNew) {
                w.insert(toSave);
                ContractChanges.writeSectionsChanged(w, before, toSave, changed, now);
            } else {
                // The lifecycle is checked against the file as it is now, not as the form first saw it.
                Demand current = w.find(EntityRef.of(toSave)).map(Demand.class::cast).orElseThrow(() ->
                        new ValidationException("code", Messages.get("demands.demandEditorViewModel.thisDemandIsNoLonger")));
                current.status().moveTo(toSave.status());
                w.update(toSave);
                ContractChanges.writeSectionsChanged(w, before, toSave, changed, now);
            }
            return toSave;
        }, saved -> {
            NegotiationSnapshot s = document.snapshot();
            Demand fresh = s == null ? saved : s.demand(saved.id()).orElse(saved);
            editor.show(fresh);
            onSaved.accept(fresh);
        });
    }

    /**
     * Deletes the demand, unless the record holds anything about it: then the message says what,
     * and offers withdrawal instead, so that its history stays whole.
     */
    public void delete() {
        Demand d = editor.stored();
        if (d == null || editor.busyProperty().get()) {
            return;
        }
        String uses = describeUses(d);
        if (!uses.isEmpty()) {
            dialogs.showError(Messages.format("demand.delete.refused.title", d.code()),
                    Messages.format("demand.delete.refused", d.code(), uses));
            return;
        }
        if (!dialogs.confirm(Messages.format("demand.delete.confirm.title", d.code()),
                Messages.format("demand.delete.confirm", d.code(), d.title()), Messages.get("demand.delete.button"))) {
            return;
        }
        List<org.tablebook.domain.SectionLanguage> pointers = document.snapshot().languageOf(d.id());
        editor.change(Messages.format("demand.change.delete", d.code()), w -> {
            pointers.forEach(l -> w.delete(EntityRef.of(l)));
            w.delete(EntityRef.of(d));
            return d;
        }, done -> stop());
    }

    /** "has 3 passes and 1 tentative agreement" or "" when nothing refers to it. */
    String describeUses(Demand d) {
        NegotiationSnapshot s = document.snapshot();
        if (s == null) {
            return "";
        }
        List<String> has = new ArrayList<>();
        int passes = s.proposalsOf(d.id()).size();
        int agreements = s.agreementsOf(d.id()).size();
        long sidebars = s.sidebars().stream().filter(x -> x.agendaDemandIds().contains(d.id())
                || s.topicsOf(x.id()).stream().anyMatch(t -> t.demandId().equals(d.id()))).count();
        if (passes > 0) {
            has.add(Messages.format("demand.uses.passes", passes));
        }
        if (agreements > 0) {
            has.add(Messages.format("demand.uses.agreements", agreements));
        }
        String and = Messages.get("demand.uses.and");
        List<String> parts = new ArrayList<>();
        if (!has.isEmpty()) {
            parts.add(Messages.format("demand.uses.has", String.join(and, has)));
        }
        if (sidebars > 0) {
            parts.add(Messages.format("demand.uses.sidebars", sidebars));
        }
        return String.join(and, parts);
    }

    private Demand build(Instant now) {
        Demand old = editor.stored();
        return new Demand(old == null ? Ids.newId() : old.id(), code.get(), article.get(), title.get(),
                description.get(), publicSummary.get(), proposedBy.get(), category.get(), priority.get(), subject.get(),
                origin.get(), originNote.get(), status.get(), confidential.get(), old == null ? now : old.createdAt(),
                old == null || !now.isBefore(old.createdAt()) ? now : old.createdAt());
    }

    private void rules(LiveValidation.Problems p) {
        String c = code.get() == null ? "" : code.get().strip();
        if (c.isEmpty()) {
            p.add("code", Messages.get("demands.demandEditorViewModel.theDemandSCodeIs"));
        } else if (c.length() > 32) {
            p.add("code", Messages.format("demands.demandEditorViewModel.codeTooLong", c.length()));
        } else {
            sameCode(c).ifPresent(other -> p.add("code", Messages.format("demands.demandEditorViewModel.codeTaken",
                    other.code(), other.title(), suggestCode(proposedBy.get()))));
        }
        if (title.get() == null || title.get().isBlank()) {
            p.add("title", Messages.get("demands.demandEditorViewModel.theDemandSTitleIs"));
        }
        DemandStatus from = editor.stored() == null ? DemandStatus.DRAFT : editor.stored().status();
        if (status.get() != null) {
            try {
                from.moveTo(status.get());
            } catch (ValidationException e) {
                p.add("status", e.getMessage());
            }
        }
        p.check(() -> build(clock.instant()));
    }

    private Optional<Demand> sameCode(String c) {
        NegotiationSnapshot s = document.snapshot();
        String own = editor.stored() == null ? null : editor.stored().id();
        return s == null ? Optional.empty() : s.demands().stream()
                .filter(d -> !d.id().equals(own) && d.code().equalsIgnoreCase(c)).findFirst();
    }

    /** The next code in the side's series: U-13 after U-12. */
    String suggestCode(Side side) {
        NegotiationSnapshot s = document.snapshot();
        Map<String, Integer> highest = new HashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        if (s != null) {
            for (Demand d : s.demands()) {
                Matcher m = NUMBERED.matcher(d.code());
                if (d.proposedBy() == side && m.matches() && m.group(2).length() < 9) {
                    highest.merge(m.group(1), Integer.parseInt(m.group(2)), Math::max);
                    uses.merge(m.group(1), 1, Integer::sum);
                }
            }
        }
        if (uses.isEmpty()) {
            boolean union = s == null || s.negotiation().kind() == NegotiationKind.UNION_CONTRACT;
            return side == Side.OURS ? (union ? "U-1" : "C-1") : (union ? "E-1" : "T-1");
        }
        String prefix = uses.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
        int next = highest.get(prefix) + 1;
        while (sameCodeAnywhere(prefix + next, s)) {
            next++;
        }
        return prefix + next;
    }

    private static boolean sameCodeAnywhere(String c, NegotiationSnapshot s) {
        return s != null && s.demands().stream().anyMatch(d -> d.code().equalsIgnoreCase(c));
    }

    private static String help(DemandStatus s) {
        if (s == null) {
            return "";
        }
        return switch (s) {
            case DRAFT -> Messages.get("demands.demandEditorViewModel.notPassedAcrossTheTable");
            case ON_TABLE -> Messages.get("demands.demandEditorViewModel.beingBargainedItCanBecome");
            case TENTATIVELY_AGREED -> Messages.get("demands.demandEditorViewModel.agreedSubjectToRatificationTo");
            case WITHDRAWN -> Messages.get("demands.demandEditorViewModel.takenOffTheTableBy");
            case REJECTED -> Messages.get("demands.demandEditorViewModel.refusedByTheOtherSide");
        };
    }

    private void load(Demand d) {
        validation.load(() -> fill(d));
    }

    private void fill(Demand d) {
        code.set(d.code());
        article.set(d.article());
        title.set(d.title());
        description.set(d.description());
        publicSummary.set(d.publicSummary());
        proposedBy.set(d.proposedBy());
        category.set(d.category());
        priority.set(d.priority());
        subject.set(d.subject());
        origin.set(d.origin());
        originNote.set(d.originNote());
        status.set(d.status());
        confidential.set(d.confidential());
        NegotiationSnapshot s = document.snapshot();
        sections.setAll(s == null ? List.of() : ContractChanges.sectionsChangedBy(s, d.id()));
    }

    private void refreshSectionChoices(NegotiationSnapshot s) {
        List<ContractSection> all = s == null ? List.of() : s.contract();
        if (!sectionChoices.equals(all)) {
            ContractSection chosen = sectionToAdd.get();
            sectionToAdd.set(null);
            sectionChoices.setAll(all);
            sectionToAdd.set(chosen == null ? null : all.stream().filter(c -> c.id().equals(chosen.id())).findFirst()
                    .orElse(null));
        }
    }

    /** Adds the section chosen in the picker to those the demand changes. */
    public void addSection() {
        ContractSection c = sectionToAdd.get();
        if (c != null && sections.stream().noneMatch(x -> x.id().equals(c.id()))) {
            sections.add(c);
            sections.sort(java.util.Comparator.comparingInt(ContractSection::position));
        }
        sectionToAdd.set(null);
    }

    /** Takes a section off the demand (written with the demand). */
    public void removeSection(ContractSection c) {
        sections.removeIf(x -> x.id().equals(c.id()));
    }

    /**
     * A new article the demand adds, not in the current contract: asks for its number and title
     * ("32 Parking"); it is written with the demand.
     */
    public void newArticle() {
        NegotiationSnapshot s = document.snapshot();
        if (s == null) {
            return;
        }
        dialogs.askText(Messages.get("demands.sections.newArticle.title"),
                Messages.get("demands.sections.newArticle.question"), "").ifPresent(typed -> {
                    String t = typed.strip();
                    if (t.isEmpty()) {
                        return;
                    }
                    String[] parts = t.split("\\s+", 2);
                    Instant now = clock.instant();
                    int last = java.util.stream.Stream.concat(s.contract().stream(), sections.stream())
                            .mapToInt(ContractSection::position).max().orElse(-1);
                    try {
                        sections.add(new ContractSection(Ids.newId(), parts[0], parts.length > 1 ? parts[1] : "", "", "",
                                null, last + 1, now, now));
                    } catch (ValidationException e) {
                        editor.errors().set("sections", e.getMessage());
                    }
                });
    }

    /** The sections the demand changes, in contract order. */
    public javafx.collections.ObservableList<ContractSection> sections() {
        return sections;
    }

    /** Every section of the contract, for the picker. */
    public javafx.collections.ObservableList<ContractSection> sectionChoices() {
        return sectionChoices;
    }

    /** The section chosen in the picker, added by {@link #addSection()}. */
    public ObjectProperty<ContractSection> sectionToAddProperty() {
        return sectionToAdd;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty articleProperty() {
        return article;
    }

    public StringProperty titleProperty() {
        return title;
    }

    /** Internal: what the committee means by it; never shown to members. */
    public StringProperty descriptionProperty() {
        return description;
    }

    /** What members may read in the membership summary. */
    public StringProperty publicSummaryProperty() {
        return publicSummary;
    }

    public ObjectProperty<Side> proposedByProperty() {
        return proposedBy;
    }

    public ObjectProperty<DemandCategory> categoryProperty() {
        return category;
    }

    public ObjectProperty<DemandPriority> priorityProperty() {
        return priority;
    }

    public ObjectProperty<DemandSubject> subjectProperty() {
        return subject;
    }

    /** Null: nobody recorded where in members' needs it came from. */
    public ObjectProperty<DemandOrigin> originProperty() {
        return origin;
    }

    public StringProperty originNoteProperty() {
        return originNote;
    }

    public ObjectProperty<DemandStatus> statusProperty() {
        return status;
    }

    public BooleanProperty confidentialProperty() {
        return confidential;
    }

    /** The editor of the demand: dirty, busy, messages, save bar. */
    public RecordEditor<Demand> editor() {
        return editor;
    }

    /** What the chosen status means and where it can go next. */
    public ReadOnlyStringProperty statusHelpProperty() {
        return statusHelp.getReadOnlyProperty();
    }
}

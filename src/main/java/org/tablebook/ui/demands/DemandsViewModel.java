package org.tablebook.ui.demands;

import org.tablebook.ui.common.Formats;
import org.tablebook.ui.common.Messages;
import org.tablebook.ui.common.PassCosts;
import org.tablebook.ui.common.PassEntry;
import org.tablebook.ui.common.PassFormViewModel;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.tablebook.domain.Demand;
import org.tablebook.domain.DemandCategory;
import org.tablebook.domain.DemandPriority;
import org.tablebook.domain.DemandStatus;
import org.tablebook.domain.NegotiationSnapshot;
import org.tablebook.domain.Proposal;
import org.tablebook.domain.Side;
import org.tablebook.domain.Sidebar;
import org.tablebook.domain.EntityRef;
import java.time.temporal.ChronoUnit;
import org.tablebook.ui.common.Navigator;
import org.tablebook.ui.common.DialogService;
import org.tablebook.costing.CostingCache;
import org.tablebook.document.BackgroundTask;
import org.tablebook.document.NegotiationDocument;

/**
 * The Demands section: the table of both sides' demands with its filters and search, the editor
 * of the selected demand, and that demand's proposal history (every pass, oldest first, and each
 * side's current position) with its "Log a pass" form.
 */
public final class DemandsViewModel {
    /** Each pass's costing kept between snapshots, so a change costs again only the passes it touched. */
    private final CostingCache kept = new CostingCache();
    private final NegotiationDocument document;
    private final DialogService dialogs;
    private final Clock clock;
    private final Navigator navigator;

    private final ObservableList<DemandRow> rows = FXCollections.observableArrayList();
    private final FilteredList<DemandRow> filtered = new FilteredList<>(rows);
    private final SortedList<DemandRow> sorted = new SortedList<>(filtered);
    private final ObjectProperty<Side> sideFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<DemandStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<DemandPriority> priorityFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<DemandCategory> categoryFilter = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Demand> selected = new SimpleObjectProperty<>();

    private final ObservableList<PassEntry> passes = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<PassEntry> ourPosition = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PassEntry> theirPosition = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Proposal> lastLogged = new ReadOnlyObjectWrapper<>();

    private final ObservableList<SideBySide> latestTexts = FXCollections.observableArrayList();

    private final DemandEditorViewModel editor;
    private final PassFormViewModel passForm;

    public DemandsViewModel(NegotiationDocument document, DialogService dialogs, Clock clock) {
        this(document, dialogs, clock, null);
    }

    /** @param navigator takes the person to a sidebar proposed from a demand; null where there is nowhere to go */
    public DemandsViewModel(NegotiationDocument document, DialogService dialogs, Clock clock, Navigator navigator) {
        this.document = document;
        this.dialogs = dialogs;
        this.clock = clock;
        this.navigator = navigator;
        this.editor = new DemandEditorViewModel(document, dialogs, clock);
        this.passForm = new PassFormViewModel(document, dialogs, clock);
        filtered.predicateProperty().bind(Bindings.createObjectBinding(this::predicate, sideFilter, statusFilter,
                priorityFilter, categoryFilter, search));
        count.bind(Bindings.createStringBinding(() -> filtered.size() == rows.size()
                ? rows.size() + (rows.size() == 1 ? Messages.get("demands.demandsViewModel.demand") : Messages.get("demands.demandsViewModel.demands"))
                : Messages.format("demands.demandsViewModel.showing", filtered.size(), rows.size()), filtered, rows));
        document.snapshotProperty().addListener((obs, was, is) -> load(is));
        selected.addListener((obs, was, is) -> {
            if (is == null) {
                if (!editor.editor().creatingProperty().get()) {
                    editor.stop();
                }
                passForm.cancel();
            } else if (was == null || !was.id().equals(is.id())) {
                if (!editor.editor().edit(is, () -> selected.set(is))) {
                    // The person stays on the unsaved edit.
                    selected.set(was);
                    return;
                }
                passForm.cancel();
            }
            showHistory(is);
        });
        editor.setOnSaved(saved -> {
            if (!filtered.stream().anyMatch(r -> r.id().equals(saved.id()))) {
                // The person should see what they just wrote, whatever the filters said.
                clearFilters();
            }
            selected.set(saved);
        });
        passForm.setOnSaved(lastLogged::set);
        editor.editor().onReveal(this::select);
        load(document.snapshot());
    }

    private void load(NegotiationSnapshot snapshot) {
        if (snapshot == null) {
            rows.clear();
            selected.set(null);
            return;
        }
        rows.setAll(snapshot.demands().stream().map(d -> DemandRow.of(d, snapshot)).toList());
        Demand current = selected.get();
        if (current != null) {
            Demand fresh = snapshot.demand(current.id()).orElse(null);
            editor.refresh(fresh);
            selected.set(fresh);
            showHistory(fresh);
        }
    }

    private Predicate<DemandRow> predicate() {
        Side side = sideFilter.get();
        DemandStatus status = statusFilter.get();
        DemandPriority priority = priorityFilter.get();
        DemandCategory category = categoryFilter.get();
        String needle = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        return row -> {
            Demand d = row.demand();
            return (side == null || d.proposedBy() == side) && (status == null || d.status() == status)
                    && (priority == null || d.priority() == priority) && (category == null || d.category() == category)
                    && (needle.isEmpty() || row.searchText().contains(needle));
        };
    }

    private void showHistory(Demand d) {
        NegotiationSnapshot s = document.snapshot();
        if (d == null || s == null) {
            passes.clear();
            ourPosition.set(null);
            theirPosition.set(null);
            latestTexts.clear();
            return;
        }
        List<PassEntry> entries = s.proposalsOf(d.id()).stream().map(p -> new PassEntry(p, d,
                p.sessionId() == null ? "" : s.session(p.sessionId()).map(x -> sessionOf(p, x)).orElse(""))).toList();
        showPasses(entries);
        latestTexts.setAll(SideBySide.of(s, d));
        // What each pass costs follows from the background thread; the passes show at once without it.
        if (s.costingBaseline().isEmpty()) {
            return;
        }
        BackgroundTask.of(() -> entries.stream().map(e -> new PassEntry(e.proposal(), e.demand(), e.session(),
                PassCosts.line(s, e.proposal(), kept))).toList()).onSuccess(costed -> {
                    Demand now = selected.get();
                    if (document.snapshot() == s && now != null && now.id().equals(d.id())) {
                        showPasses(costed);
                    }
                }).onFailure(e -> {
                    // Said where the figures would be, never silently left out.
                    if (document.snapshot() == s) {
                        showPasses(entries.stream().map(x -> new PassEntry(x.proposal(), x.demand(), x.session(),
                                Messages.get("costing.failed"))).toList());
                    }
                }).runWith(document.tasks());
    }

    private void showPasses(List<PassEntry> entries) {
        passes.setAll(entries);
        ourPosition.set(latestOf(entries, Side.OURS).orElse(null));
        theirPosition.set(latestOf(entries, Side.THEIRS).orElse(null));
    }

    /**
     * Whether a TA can take this pass's text: it proposes contract language, and its demand is on
     * the table or agreed (a TA that stands, and can still be edited, takes it instead of a new one).
     */
    public boolean canMakeTa(PassEntry entry) {
        NegotiationSnapshot s = document.snapshot();
        if (s == null || entry == null) {
            return false;
        }
        Proposal p = entry.proposal();
        boolean hasText = s.languageOf(p.demandId()).stream().anyMatch(l -> l.role()
                == org.tablebook.domain.LanguageRole.PROPOSED && l.proposalId().equals(p.id()));
        DemandStatus status = s.demand(p.demandId()).map(Demand::status).orElse(DemandStatus.DRAFT);
        return hasText && (status == DemandStatus.ON_TABLE || status == DemandStatus.TENTATIVELY_AGREED);
    }

    /**
     * "Make TA from this text": the pass's proposed text becomes the agreed text of the demand's
     * TA, in one change. A TA that stands on the demand and can still be edited takes it (after
     * asking, as it replaces what it held); otherwise a new TA is reached at the table today, and
     * the demand becomes tentatively agreed.
     */
    public void makeTaFrom(PassEntry entry) {
        NegotiationSnapshot s = document.snapshot();
        if (!canMakeTa(entry)) {
            return;
        }
        Proposal pass = entry.proposal();
        Demand d = s.demand(pass.demandId()).orElseThrow();
        java.time.Instant now = clock.instant();
        Optional<org.tablebook.domain.TentativeAgreement> standing = s.agreementsOf(d.id()).stream()
                .filter(a -> a.status() == org.tablebook.domain.TaStatus.TENTATIVE
                        || a.status() == org.tablebook.domain.TaStatus.CONFIRMED)
                .reduce((a, b) -> b);
        String when = Formats.date(pass.passedOn());
        if (standing.isPresent()) {
            if (!dialogs.confirm(Messages.format("demands.makeTa.replace.title", d.code()),
                    Messages.format("demands.makeTa.replace", d.code(), when), Messages.get("demands.makeTa.replace.button"))) {
                return;
            }
            document.change(Messages.format("demands.makeTa.change", d.code(), when),
                    w -> org.tablebook.document.ContractChanges.takeAgreedText(w, s, standing.get(), pass, now),
                    done -> { }, this::refused);
            return;
        }
        org.tablebook.domain.TentativeAgreement ta;
        org.tablebook.domain.Agreements.Change reached;
        try {
            ta = new org.tablebook.domain.TentativeAgreement(org.tablebook.domain.Ids.newId(), d.id(),
                    pass.text().isBlank() ? pass.summary() : pass.text(), "", org.tablebook.domain.TaSource.TABLE, null,
                    java.time.LocalDate.now(clock), null, null, null, null, org.tablebook.domain.TaStatus.TENTATIVE,
                    now, now);
            reached = org.tablebook.domain.Agreements.reach(ta, d, now);
        } catch (org.tablebook.domain.ValidationException e) {
            refused(e);
            return;
        }
        document.change(Messages.format("demands.makeTa.change", d.code(), when), w -> {
            w.insert(ta);
            if (reached.demandChanged()) {
                w.update(reached.demand());
            }
            return org.tablebook.document.ContractChanges.takeAgreedText(w, s, ta, pass, now);
        }, done -> { }, this::refused);
    }

    private void refused(Throwable e) {
        dialogs.showError(Messages.get("demands.makeTa.failed"), e.getMessage() == null ? e.toString() : e.getMessage());
    }

    /** The words the team calls vague, marked in the redlines. */
    public List<String> vagueWords() {
        NegotiationSnapshot s = document.snapshot();
        return s == null ? List.of() : s.negotiation().ruleSettings().vagueWords();
    }

    /** The two sides' latest texts of each section the selected demand changes, beside the current contract's. */
    public ObservableList<SideBySide> latestTexts() {
        return latestTexts;
    }

    /** The contract language a pass proposes, section by section, redlined for the timeline. */
    public List<org.tablebook.domain.contract.PassRedlines.SectionRedline> redlinesOf(PassEntry entry) {
        NegotiationSnapshot s = document.snapshot();
        return s == null ? List.of() : org.tablebook.domain.contract.PassRedlines.of(s, entry.proposal());
    }

    /** The session as the timeline names it: without its date when the pass has the same one. */
    static String sessionOf(Proposal p, org.tablebook.domain.TableSession s) {
        String name = s.date().equals(p.passedOn()) ? Formats.sessionWithoutDate(s) : Formats.session(s);
        return name.isEmpty() ? Formats.day(s.date()) : name;
    }

    private static Optional<PassEntry> latestOf(List<PassEntry> entries, Side side) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).proposal().side() == side) {
                return Optional.of(entries.get(i));
            }
        }
        return Optional.empty();
    }

    /** Starts a new demand in the editor (Ctrl+N). */
    public void newDemand() {
        editor.editor().leave(() -> {
            selected.set(null);
            editor.startNew();
        });
    }

    /** Opens the "Log a pass" form on the selected demand. */
    public void logPass() {
        Demand d = selected.get();
        if (d != null) {
            passForm.startNew(d, null);
        }
    }

    /**
     * Proposes a sidebar on the selected demand (on its agenda, named after it) as one change, and
     * opens it under Sidebars: its checklist, then Start.
     */
    public void sidebarOnDemand() {
        Demand d = selected.get();
        if (d == null || navigator == null) {
            return;
        }
        Sidebar sidebar = Sidebar.propose(d.code() + " " + d.title(), Side.THEIRS, List.of(d.id()),
                clock.instant().truncatedTo(ChronoUnit.SECONDS));
        document.change(Messages.format("demands.change.sidebar", d.code()), w -> {
            w.insert(sidebar);
            return sidebar;
        }, done -> navigator.reveal(EntityRef.of(done), null),
                e -> dialogs.showError(Messages.get("demands.sidebar.error"), e.getMessage()));
    }

    /** True when a sidebar can be proposed from the demand shown. */
    public boolean canProposeSidebar() {
        return navigator != null;
    }

    /** Opens a pass of the timeline in the form, to correct or delete it. */
    public void editPass(PassEntry entry) {
        if (entry != null) {
            passForm.startEdit(entry.proposal());
        }
    }

    /** Selects a demand by id, clearing filters that would hide it; false when there is no such demand. */
    public boolean select(String demandId) {
        NegotiationSnapshot s = document.snapshot();
        Optional<Demand> d = s == null ? Optional.empty() : s.demand(demandId);
        if (d.isEmpty()) {
            return false;
        }
        if (filtered.stream().noneMatch(r -> r.id().equals(demandId))) {
            clearFilters();
        }
        selected.set(d.get());
        return true;
    }

    public void clearFilters() {
        sideFilter.set(null);
        statusFilter.set(null);
        priorityFilter.set(null);
        categoryFilter.set(null);
        search.set("");
    }

    /** The rows as filtered and sorted; the view binds the sort order to its table's. */
    public SortedList<DemandRow> rows() {
        return sorted;
    }

    /** Every demand's row, unfiltered. */
    public ObservableList<DemandRow> allRows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** Null: every side. */
    public ObjectProperty<Side> sideFilterProperty() {
        return sideFilter;
    }

    public ObjectProperty<DemandStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<DemandPriority> priorityFilterProperty() {
        return priorityFilter;
    }

    public ObjectProperty<DemandCategory> categoryFilterProperty() {
        return categoryFilter;
    }

    /** Searches code, article, title, description and public summary. */
    public StringProperty searchProperty() {
        return search;
    }

    /** "40 demands" or "Showing 3 of 40 demands". */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ObjectProperty<Demand> selectedProperty() {
        return selected;
    }

    /** The selected demand's passes, oldest first. */
    public ObservableList<PassEntry> passes() {
        return passes;
    }

    /** Our side's latest pass on the selected demand: where we stand now. */
    public ReadOnlyObjectProperty<PassEntry> ourPositionProperty() {
        return ourPosition.getReadOnlyProperty();
    }

    /** Their side's latest pass on the selected demand. */
    public ReadOnlyObjectProperty<PassEntry> theirPositionProperty() {
        return theirPosition.getReadOnlyProperty();
    }

    /** The pass last written through the form: the view scrolls to it. */
    public ReadOnlyObjectProperty<Proposal> lastLoggedProperty() {
        return lastLogged.getReadOnlyProperty();
    }

    public DemandEditorViewModel editor() {
        return editor;
    }

    public PassFormViewModel passForm() {
        return passForm;
    }

    /** Selects the demand a record is about: the demand itself, or the demand of a pass. */
    public boolean reveal(org.tablebook.domain.EntityRef ref) {
        NegotiationSnapshot s = document.snapshot();
        if (s == null) {
            return false;
        }
        return switch (ref.kind()) {
            case DEMAND -> select(ref.id());
            case PROPOSAL -> s.proposals().stream().filter(p -> p.id().equals(ref.id())).findFirst()
                    .map(p -> select(p.demandId())).orElse(false);
            default -> false;
        };
    }
}
